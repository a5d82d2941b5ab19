using System.Text.Json;
using Kontor.Features.CustomFields;
using Kontor.Features.Pipelines;

namespace Kontor.Features.Deals;

public sealed record DealResponse(
    long Id,
    string Title,
    long PipelineId,
    long StageId,
    StageSemantic StageSemantic,
    bool IsClosed,
    decimal Amount,
    string Currency,
    bool IsManualAmount,
    decimal TaxValue,
    int? Probability,
    long? CompanyId,
    IReadOnlyList<long> ContactIds,
    long ResponsibleId,
    IReadOnlyList<long> ObserverIds,
    DateOnly BeginDate,
    DateOnly CloseDate,
    string? SourceId,
    string? SourceDescription,
    string? Comments,
    bool IsOpened,
    DateTime CreatedAt,
    long CreatedById,
    DateTime UpdatedAt,
    long UpdatedById,
    DateTime MovedAt,
    long MovedById,
    DateTime? ClosedAt,
    long? ClosedById,
    int Version,
    int OpenActivities = 0,
    int OverdueActivities = 0)
{
    /// <summary>Custom field values by code (see <c>/api/v1/custom-fields?entity=deal</c>).</summary>
    public IReadOnlyDictionary<string, JsonElement> CustomFields { get; init; } = CustomValues.None;

    /// <summary>Mandatory custom fields the deal lacks (defined after it was created); edits that leave them alone still succeed.</summary>
    public IReadOnlyList<string> IncompleteFields { get; init; } = [];
    /// <summary>The same deal with its open and overdue activity counts (<see cref="Activities.ActivityRules"/>).</summary>
    public async Task<DealResponse> WithActivitiesAsync(Data.KontorDb db, TimeProvider clock, CancellationToken ct)
    {
        var counts = await Activities.ActivityRules.CountsAsync(db, Id, clock.GetUtcNow().UtcDateTime, ct);
        return this with { OpenActivities = counts.Open, OverdueActivities = counts.Overdue };
    }

    public static DealResponse From(Deal d) => new(
        d.Id, d.Title, d.PipelineId, d.StageId, d.StageSemantic, d.IsClosed, d.Amount, d.CurrencyCode, d.IsManualAmount,
        d.TaxValue, d.Probability, d.CompanyId, d.Contacts.OrderBy(c => c.Sort).Select(c => c.ContactId).ToList(),
        d.ResponsibleId, d.Observers.Select(o => o.UserId).Order().ToList(), d.BeginDate, d.CloseDate, d.SourceId,
        d.SourceDescription, d.Comments, d.IsOpened, d.CreatedAt, d.CreatedById, d.UpdatedAt, d.UpdatedById, d.MovedAt,
        d.MovedById, d.ClosedAt, d.ClosedById, d.Version)
    {
        CustomFields = CustomValues.Read(d.CustomFields),
    };

    /// <summary>The response with the mandatory custom fields the deal lacks.</summary>
    public async Task<DealResponse> WithIncompleteAsync(Data.KontorDb db, CancellationToken ct) =>
        this with { IncompleteFields = await CustomFieldValidator.IncompleteAsync(db, CustomFieldEntity.Deal, CustomFields, PipelineId, ct) };
}
