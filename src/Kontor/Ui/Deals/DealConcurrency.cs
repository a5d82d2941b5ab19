using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Deals;
using Kontor.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Ui.Deals;

public enum NoticeAction
{
    /// <summary>Not this deal, or a version the page already shows (its own save).</summary>
    Ignore,

    /// <summary>Someone else changed the deal and nothing is being edited: read it again.</summary>
    Reload,

    /// <summary>Someone else changed the deal while the user edits: keep the edits, say so, offer a reload.</summary>
    Warn,
}

/// <summary>
/// The page's side of optimistic concurrency: it remembers the version it shows, refuses to save over a newer one,
/// and decides what a change notice means for the screen.
/// </summary>
public static class DealConcurrency
{
    /// <summary>True when the stored deal is not the one on screen, so saving would overwrite a change unseen.</summary>
    public static bool IsStale(int shownVersion, int storedVersion) => storedVersion != shownVersion;

    public static NoticeAction OnNotice(IEnumerable<Change> changes, long dealId, int shownVersion, bool saving, bool hasUnsavedEdits)
    {
        var notice = changes.Where(c => c.Type == "deal" && c.Id == dealId).MaxBy(c => c.Version);
        if (notice is null || notice.Version <= shownVersion || saving)
        {
            // While saving, the notice is this page's own save (or one that will make the save fail); the page reads
            // the deal again after every save anyway.
            return NoticeAction.Ignore;
        }

        return hasUnsavedEdits ? NoticeAction.Warn : NoticeAction.Reload;
    }
}

/// <summary>
/// The result of a save from the deal page: saved (with the version now stored), refused by a rule, or refused because
/// the deal changed meanwhile.
/// </summary>
public sealed record SaveOutcome(Error? Error, long? ChangedBy, int? Version = null)
{
    public bool Saved => Error is null && ChangedBy is null;
}

/// <summary>One save from the deal page, in one unit of work: never over a version the user has not seen.</summary>
public static class DealSaving
{
    public static async Task<SaveOutcome> SaveAsync(
        KontorDb db, long dealId, int shownVersion, Func<KontorDb, Deal, Task<Error?>> apply, CancellationToken ct)
    {
        var deal = await db.LoadDealAsync(dealId, ct, withRows: true);
        if (deal is null)
        {
            return new SaveOutcome(DealErrors.NotFound, null);
        }

        if (DealConcurrency.IsStale(shownVersion, deal.Version))
        {
            return new SaveOutcome(null, deal.UpdatedById);
        }

        if (await apply(db, deal) is { } refused)
        {
            return new SaveOutcome(refused, null);
        }

        try
        {
            if (db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write; the version column caught it.
            var current = await GetDeal.RunAsync(db, dealId, ct);
            return current is null ? new SaveOutcome(DealErrors.NotFound, null) : new SaveOutcome(null, current.UpdatedById);
        }

        return new SaveOutcome(null, null, deal.Version);
    }
}
