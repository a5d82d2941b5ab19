using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

/// <summary>A record on a deal's timeline that is changed as a whole form and deleted: a payment or a delivery.</summary>
public interface IDealRecord
{
    long Id { get; }

    long DealId { get; }

    int Version { get; }

    /// <summary>Puts the deletion on the deal's timeline; the row itself is removed by whoever deletes it.</summary>
    void Delete(long userId, DateTime utcNow);
}

/// <summary>
/// Loads, changes and deletes one kind of a deal's records. Reading one takes the right to open its deal (404 otherwise),
/// changing or deleting it the right to change the deal; a stale version is refused with the kind's own error.
/// </summary>
public sealed class DealRecords<T>(Error notFound, Error preconditionFailed)
    where T : class, IDealRecord
{
    /// <summary>A record of a deal the user may open, tracked for change.</summary>
    public async Task<(T? Record, Error? Error)> LoadAsync(KontorDb db, long id, CancellationToken ct)
    {
        var record = await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null || await DealAccess.CheckAsync(db, record.DealId, ct) is not null)
        {
            return (null, notFound);
        }

        return (record, null);
    }

    /// <summary>A record of a deal the user may change, tracked for change.</summary>
    public async Task<(T? Record, Error? Error)> LoadForChangeAsync(KontorDb db, long id, CancellationToken ct)
    {
        var (record, error) = await LoadAsync(db, id, ct);
        return record is not null && await DealAccess.CheckChangeAsync(db, record.DealId, ct) is { } denied ? (null, denied) : (record, error);
    }

    /// <summary>Deletes a record the user may change, if it is still the version they saw; its timeline keeps its last state.</summary>
    public async Task<Error?> DeleteAsync(KontorDb db, long id, Func<int, bool> versionMatches, long userId, TimeProvider clock, CancellationToken ct)
    {
        var (record, error) = await LoadForChangeAsync(db, id, ct);
        if (record is null)
        {
            return error;
        }

        if (!versionMatches(record.Version))
        {
            return preconditionFailed;
        }

        record.Delete(userId, clock.GetUtcNow().UtcDateTime);
        db.Remove(record);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The answer to reading one record over the API: the record with its version as the ETag.</summary>
    public async Task<Results<Ok<TResponse>, ProblemHttpResult>> GetAsync<TResponse>(
        KontorDb db, long id, HttpContext http, Func<T, TResponse> respond, CancellationToken ct)
    {
        var (record, error) = await LoadAsync(db, id, ct);
        if (record is null)
        {
            return error!.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(record.Version);
        return TypedResults.Ok(respond(record));
    }

    /// <summary>
    /// The answer to a patch of one record over the API: the record's deal must be one the user may change, the
    /// <c>If-Match</c> version the current one and the patch valid, in that order; then <paramref name="change"/> saves the
    /// record's current values with the patch applied.
    /// </summary>
    public async Task<Results<Ok<TResponse>, ProblemHttpResult>> PatchAsync<TDraft, TResponse>(
        KontorDb db, long id, HttpContext http, PatchReader<TDraft> patch, Func<T, TDraft> draftOf, Func<T, TDraft, Task<Error?>> change,
        Func<T, TResponse> respond, CancellationToken ct)
    {
        var (record, error) = await LoadForChangeAsync(db, id, ct);
        if (record is null)
        {
            return error!.ToProblem();
        }

        if (!ETags.Matches(http.Request, record.Version))
        {
            return preconditionFailed.ToProblem();
        }

        if (patch.Finish() is { } invalid)
        {
            return invalid.ToProblem();
        }

        var draft = draftOf(record);
        patch.ApplyTo(draft);
        if (await change(record, draft) is { } refused)
        {
            return refused.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(record.Version);
        return TypedResults.Ok(respond(record));
    }

    /// <summary>The answer to deleting one record over the API, with the <c>If-Match</c> version as the one the client saw.</summary>
    public async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(KontorDb db, long id, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        await DeleteAsync(db, id, version => ETags.Matches(http.Request, version), http.User.Id(), clock, ct) is { } error
            ? error.ToProblem()
            : TypedResults.NoContent();

    /// <summary>Loads a record the user may change and, if it is still the version they saw, applies <paramref name="change"/> to it.</summary>
    public async Task<Error?> ChangeAsync(KontorDb db, long id, Func<int, bool> versionMatches, Func<T, Task<Error?>> change, CancellationToken ct)
    {
        var (record, error) = await LoadForChangeAsync(db, id, ct);
        if (record is null)
        {
            return error;
        }

        return versionMatches(record.Version) ? await change(record) : preconditionFailed;
    }
}
