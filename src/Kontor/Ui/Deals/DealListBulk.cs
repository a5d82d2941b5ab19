using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Deals;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Ui.Deals;

/// <summary>A deal a bulk action could not change, with the reason.</summary>
public sealed record DealBulkFailure(long Id, string Title, Error Error);

public sealed record DealBulkOutcome(int Succeeded, IReadOnlyList<DealBulkFailure> Failures);

/// <summary>
/// Bulk actions of the deal list: one deal at a time through the same slice cores as the API, each in its own unit of
/// work, so a refused deal never blocks the others and every refusal is reported with its deal.
/// </summary>
public static class DealListBulk
{
    public static async Task<DealBulkOutcome> RunAsync(IEnumerable<(long Id, string Title)> deals, Func<long, Task<Error?>> action)
    {
        var succeeded = 0;
        var failures = new List<DealBulkFailure>();
        foreach (var (id, title) in deals)
        {
            Error? error;
            try
            {
                error = await action(id);
            }
            catch (DbUpdateConcurrencyException)
            {
                error = DealErrors.Conflict;
            }

            if (error is null)
            {
                succeeded++;
            }
            else
            {
                failures.Add(new DealBulkFailure(id, title, error));
            }
        }

        return new DealBulkOutcome(succeeded, failures);
    }

    public static async Task<Error?> ChangeResponsibleAsync(
        KontorDb db, long dealId, long responsibleId, long userId, TimeProvider clock, CancellationToken ct)
    {
        var changes = new DealChanges { ResponsibleId = Optional.Of(responsibleId) };
        return await UpdateAsync(db, dealId, changes, null, null, userId, clock, ct);
    }

    /// <summary>Moves a deal to a stage of a pipeline; a deal of another pipeline moves there first.</summary>
    public static Task<Error?> MoveAsync(
        KontorDb db, long dealId, long pipelineId, long stageId, long userId, TimeProvider clock, CancellationToken ct) =>
        UpdateAsync(db, dealId, new DealChanges(), pipelineId, stageId, userId, clock, ct);

    public static Task<Error?> DeleteAsync(KontorDb db, long dealId, CancellationToken ct) =>
        DeleteDeal.RunAsync(db, dealId, _ => true, ct);

    private static async Task<Error?> UpdateAsync(
        KontorDb db, long dealId, DealChanges changes, long? pipelineId, long? stageId, long userId, TimeProvider clock, CancellationToken ct)
    {
        var deal = await db.LoadDealAsync(dealId, ct);
        if (deal is null)
        {
            return DealErrors.NotFound;
        }

        if (await UpdateDeal.RunAsync(db, deal, changes, pipelineId, stageId, userId, clock, ct) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return null;
    }
}
