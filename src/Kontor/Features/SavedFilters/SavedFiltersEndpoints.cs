namespace Kontor.Features.SavedFilters;

public static class SavedFiltersEndpoints
{
    public static RouteGroupBuilder MapSavedFilters(this IEndpointRouteBuilder app)
    {
        var filters = app.MapGroup("/api/v1/saved-filters").WithTags("Saved filters").RequireAuthorization();
        filters.MapGet("/", ListSavedFilters.Handle);
        filters.MapPost("/", SaveFilter.Handle);
        filters.MapDelete("/{id:long}", DeleteSavedFilter.Handle);
        return filters;
    }
}
