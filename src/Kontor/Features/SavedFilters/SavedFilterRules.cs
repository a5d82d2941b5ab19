using Kontor.Common;

namespace Kontor.Features.SavedFilters;

public static class SavedFilterRules
{
    public const int MaxFilters = 30;

    public const int MaxNameLength = 60;

    public const int MaxQueryLength = 2000;

    public const string EntityPattern = "^(deal|contact|company)$";
}

public static class SavedFilterErrors
{
    public static readonly Error NotFound = new("saved_filters.not_found", "There is no saved filter with this id.", StatusCodes.Status404NotFound);

    public static readonly Error TooMany = new(
        "saved_filters.too_many",
        $"At most {SavedFilterRules.MaxFilters} filters can be saved for one list; delete one first.",
        StatusCodes.Status422UnprocessableEntity);

    public static readonly Error SavedMeanwhile = new(
        "saved_filters.saved_meanwhile", "A filter with this name was saved at the same moment; try again.", StatusCodes.Status409Conflict);

    public static readonly Error InvalidQuery = new(
        "saved_filters.invalid_query",
        "The query must be a URL query without the leading '?' and without control characters.",
        StatusCodes.Status400BadRequest);
}

public sealed record SavedFilterResponse(long Id, string Entity, string Name, string Query, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static SavedFilterResponse From(SavedFilter f) => new(f.Id, f.Entity, f.Name, f.Query, f.CreatedAt, f.UpdatedAt);
}
