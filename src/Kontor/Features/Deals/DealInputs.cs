using Kontor.Common;

namespace Kontor.Features.Deals;

public sealed record NewDeal(
    string Title,
    string CurrencyCode,
    decimal? Amount,
    int? Probability,
    long? CompanyId,
    IReadOnlyList<long> ContactIds,
    long? ResponsibleId,
    IReadOnlyList<long> ObserverIds,
    DateOnly? BeginDate,
    DateOnly? CloseDate,
    string? SourceId,
    string? SourceDescription,
    string? Comments,
    bool? IsOpened,
    string CustomFields = "{}");

/// <summary>Field changes to apply; a null member means "not part of the change".</summary>
public sealed record DealChanges
{
    public Optional<string>? Title { get; init; }

    public Optional<string>? CurrencyCode { get; init; }

    /// <summary>Present with a value: a manual amount. Present with null: the amount follows the product rows again.</summary>
    public Optional<decimal?>? Amount { get; init; }

    public Optional<int?>? Probability { get; init; }

    public Optional<long?>? CompanyId { get; init; }

    public IReadOnlyList<long>? ContactIds { get; init; }

    public Optional<long>? ResponsibleId { get; init; }

    public IReadOnlyList<long>? ObserverIds { get; init; }

    public Optional<DateOnly>? BeginDate { get; init; }

    public Optional<DateOnly>? CloseDate { get; init; }

    public Optional<string?>? SourceId { get; init; }

    public Optional<string?>? SourceDescription { get; init; }

    public Optional<string?>? Comments { get; init; }

    public Optional<bool>? IsOpened { get; init; }

    /// <summary>Custom field values to merge, by code; a JSON null removes a value. Checked by the custom field validator.</summary>
    public IReadOnlyDictionary<string, System.Text.Json.JsonElement>? CustomFields { get; init; }
}
