using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

/// <summary>
/// The deal rights of the context's user (<see cref="KontorDb.Access"/>). Reading is decided by the context's query
/// filter: a deal the user may not read does not exist for them (404, never 403). Writing asks the user's reach for the
/// deal as it is and, for a change, as it will be.
/// </summary>
public static class DealAccess
{
    public static readonly Error Forbidden =
        new("deals.forbidden", "Your role does not allow this on the deal.", StatusCodes.Status403Forbidden);

    public static readonly Error StageForbidden =
        new("deals.stage_forbidden", "Your role does not allow moving the deal into or out of this stage.", StatusCodes.Status403Forbidden);

    public static readonly Error ResponsibleForbidden =
        new("deals.responsible_forbidden", "Your role does not allow giving the deal to this responsible user.", StatusCodes.Status403Forbidden);

    /// <summary>Null when the user may open the deal; <c>deals.not_found</c> when it does not exist or is hidden from them.</summary>
    public static async Task<Error?> CheckAsync(KontorDb db, long dealId, CancellationToken ct) =>
        await db.Set<Deal>().AnyAsync(d => d.Id == dealId, ct) ? null : DealErrors.NotFound;

    /// <summary>
    /// For work that changes a deal or what belongs to it (products, activities, payments, deliveries): 404 when hidden,
    /// 403 when the user may read but not change it.
    /// </summary>
    public static async Task<Error?> CheckChangeAsync(KontorDb db, long dealId, CancellationToken ct)
    {
        var deal = await db.Set<Deal>().AsNoTracking()
            .Where(d => d.Id == dealId)
            .Select(d => new { d.ResponsibleId, d.IsOpened, d.PipelineId, d.StageId })
            .FirstOrDefaultAsync(ct);
        if (deal is null)
        {
            return DealErrors.NotFound;
        }

        return db.Access.Allows(RecordType.Deal, AccessAction.Change, deal.ResponsibleId, deal.IsOpened, deal.PipelineId, deal.StageId)
            ? null
            : Forbidden;
    }

    /// <summary>Whether the user may do <paramref name="action"/> on the deal in its current state.</summary>
    public static bool Allows(this AccessScope access, AccessAction action, Deal deal) =>
        access.Allows(RecordType.Deal, action, deal.ResponsibleId, deal.IsOpened, deal.PipelineId, deal.StageId);

    /// <summary>
    /// Before a change is applied: the user must be allowed to change the deal as it is. A deal locked only by the stage
    /// it stands in, asked to leave that stage, is refused as a stage move (<c>deals.stage_forbidden</c>).
    /// </summary>
    public static Error? CheckBefore(AccessScope access, Deal deal, bool movesStage)
    {
        if (access.Allows(AccessAction.Change, deal))
        {
            return null;
        }

        var lockedByStage = movesStage && access.Allows(RecordType.Deal, AccessAction.Change, deal.ResponsibleId, deal.IsOpened, deal.PipelineId);
        return lockedByStage ? StageForbidden : Forbidden;
    }

    /// <summary>
    /// After a change is applied: the user must be allowed to change the deal as it now is, so that nobody moves a deal
    /// into a stage their role may not enter, or hands it to someone outside their reach.
    /// </summary>
    public static Error? CheckOutcome(AccessScope access, Deal deal, bool movedStage, bool changedResponsible)
    {
        if (access.Allows(AccessAction.Change, deal))
        {
            return null;
        }

        return movedStage ? StageForbidden : changedResponsible ? ResponsibleForbidden : Forbidden;
    }
}
