using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Activities;

/// <summary>Calls and e-mails logged by hand (<c>/calls</c>, <c>/emails</c>); intake writes the same rows with its own source.</summary>
public static class LogCommunication
{
    public sealed record CallRequest
    {
        [Required]
        public Direction? Direction { get; init; }

        /// <summary>answered, noAnswer, busy, voicemail or failed.</summary>
        public CommunicationOutcome? Outcome { get; init; }

        /// <summary>When it happened, in your time zone or with an offset; now when left out.</summary>
        [StringLength(40)]
        public string? OccurredAt { get; init; }

        [Range(0, 86_400)]
        public int? DurationSeconds { get; init; }

        [StringLength(20_000)]
        public string? Note { get; init; }

        public long? ContactId { get; init; }

        [StringLength(50)]
        public string? Phone { get; init; }
    }

    public sealed record EmailRequest
    {
        [Required]
        public Direction? Direction { get; init; }

        /// <summary>sent, received or bounced.</summary>
        public CommunicationOutcome? Outcome { get; init; }

        [StringLength(40)]
        public string? OccurredAt { get; init; }

        [StringLength(255)]
        public string? Subject { get; init; }

        [StringLength(20_000)]
        public string? Note { get; init; }

        public long? ContactId { get; init; }

        [StringLength(255), EmailAddress]
        public string? Email { get; init; }
    }

    public sealed record CommunicationResponse(
        long Id, long DealId, CommunicationChannel Channel, Direction Direction, CommunicationOutcome? Outcome, DateTimeOffset OccurredAt,
        int? DurationSeconds, string? Subject, string? Note, long? ContactId, string? CustomerAddress, string Source, long? LoggedById,
        string? LoggedByName, DateTime CreatedAt);

    private static readonly CommunicationOutcome[] CallOutcomes =
        [CommunicationOutcome.Answered, CommunicationOutcome.NoAnswer, CommunicationOutcome.Busy, CommunicationOutcome.Voicemail, CommunicationOutcome.Failed];

    private static readonly CommunicationOutcome[] EmailOutcomes =
        [CommunicationOutcome.Sent, CommunicationOutcome.Received, CommunicationOutcome.Bounced];

    /// <summary>What a logged call or e-mail holds, whichever surface sends it.</summary>
    public sealed record Input(
        CommunicationChannel Channel, Direction Direction, CommunicationOutcome? Outcome, string? OccurredAt, int? DurationSeconds,
        string? Subject, string? Note, long? ContactId, string? CustomerAddress);

    public static Task<Results<Created<CommunicationResponse>, ProblemHttpResult>> Call(
        long id, CallRequest r, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        HandleAsync(db, id, new Input(CommunicationChannel.Call, r.Direction ?? Direction.Outgoing, r.Outcome, r.OccurredAt, r.DurationSeconds, null, r.Note, r.ContactId, r.Phone), http, clock, ct);

    public static Task<Results<Created<CommunicationResponse>, ProblemHttpResult>> Email(
        long id, EmailRequest r, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        HandleAsync(db, id, new Input(CommunicationChannel.Email, r.Direction ?? Direction.Outgoing, r.Outcome, r.OccurredAt, null, r.Subject, r.Note, r.ContactId, r.Email), http, clock, ct);

    private static async Task<Results<Created<CommunicationResponse>, ProblemHttpResult>> HandleAsync(
        KontorDb db, long dealId, Input input, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var userId = http.User.Id();
        var (logged, error) = await RunAsync(db, dealId, input, userId, clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        var zone = await UserZone.OfAsync(db, userId, ct);
        var path = logged!.Channel == CommunicationChannel.Call ? "calls" : "emails";
        return TypedResults.Created($"/api/v1/{path}/{logged.Id}", (await ReadAsync(db, db.Set<Communication>().Where(c => c.Id == logged.Id), zone, ct))[0]);
    }

    public static async Task<(Communication? Communication, Error? Error)> RunAsync(
        KontorDb db, long dealId, Input input, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (await DealAccess.CheckChangeAsync(db, dealId, ct) is { } access)
        {
            return (null, access);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var occurred = now;
        if (input.OccurredAt is { } text && !LocalTime.TryParse(text, await UserZone.OfAsync(db, userId, ct), out occurred))
        {
            return (null, Error.Validation("occurredAt", LocalTime.InputMessage));
        }

        var allowed = input.Channel == CommunicationChannel.Call ? CallOutcomes : EmailOutcomes;
        if (input.Outcome is { } outcome && !allowed.Contains(outcome))
        {
            var names = string.Join(", ", allowed.Select(o => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(o.ToString())));
            return (null, Error.Validation("outcome", $"Use one of: {names}."));
        }

        if (input.ContactId is { } contact && !await db.Set<Contact>().AnyAsync(c => c.Id == contact, ct))
        {
            return (null, ActivityErrors.ContactNotFound);
        }

        var logged = Communication.Log(
            dealId, input.Channel, input.Direction, input.Outcome, occurred, input.DurationSeconds, InputText.OrNull(input.Subject),
            InputText.OrNull(input.Note), input.ContactId, InputText.OrNull(input.CustomerAddress), Communication.ManualSource, null, userId, now);
        db.Add(logged);
        await db.SaveChangesAsync(ct);
        return (logged, null);
    }

    public static Task<Results<Ok<CommunicationResponse>, ProblemHttpResult>> GetCall(long id, KontorDb db, HttpContext http, CancellationToken ct) =>
        GetAsync(db, id, CommunicationChannel.Call, http, ct);

    public static Task<Results<Ok<CommunicationResponse>, ProblemHttpResult>> GetEmail(long id, KontorDb db, HttpContext http, CancellationToken ct) =>
        GetAsync(db, id, CommunicationChannel.Email, http, ct);

    private static async Task<Results<Ok<CommunicationResponse>, ProblemHttpResult>> GetAsync(
        KontorDb db, long id, CommunicationChannel channel, HttpContext http, CancellationToken ct)
    {
        var userId = http.User.Id();
        var notFound = channel == CommunicationChannel.Call ? ActivityErrors.CallNotFound : ActivityErrors.EmailNotFound;
        var dealId = await db.Set<Communication>().Where(c => c.Id == id && c.Channel == channel).Select(c => (long?)c.DealId).FirstOrDefaultAsync(ct);
        if (dealId is null || await DealAccess.CheckAsync(db, dealId.Value, ct) is not null)
        {
            return notFound.ToProblem();
        }

        var zone = await UserZone.OfAsync(db, userId, ct);
        return TypedResults.Ok((await ReadAsync(db, db.Set<Communication>().Where(c => c.Id == id), zone, ct))[0]);
    }

    public static Task<Results<Ok<List<CommunicationResponse>>, ProblemHttpResult>> CallsOfDeal(
        long id, [FromQuery, Range(1, 500)] int? limit, KontorDb db, HttpContext http, CancellationToken ct) =>
        ListAsync(db, id, CommunicationChannel.Call, limit, http, ct);

    public static Task<Results<Ok<List<CommunicationResponse>>, ProblemHttpResult>> EmailsOfDeal(
        long id, [FromQuery, Range(1, 500)] int? limit, KontorDb db, HttpContext http, CancellationToken ct) =>
        ListAsync(db, id, CommunicationChannel.Email, limit, http, ct);

    /// <summary>The newest calls or e-mails of a deal (the timeline pages through all of them).</summary>
    private static async Task<Results<Ok<List<CommunicationResponse>>, ProblemHttpResult>> ListAsync(
        KontorDb db, long dealId, CommunicationChannel channel, int? limit, HttpContext http, CancellationToken ct)
    {
        var userId = http.User.Id();
        if (await DealAccess.CheckAsync(db, dealId, ct) is { } access)
        {
            return access.ToProblem();
        }

        var zone = await UserZone.OfAsync(db, userId, ct);
        var query = db.Set<Communication>().Where(c => c.DealId == dealId && c.Channel == channel)
            .OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id).Take(limit ?? 100);
        return TypedResults.Ok(await ReadAsync(db, query, zone, ct));
    }

    private static async Task<List<CommunicationResponse>> ReadAsync(KontorDb db, IQueryable<Communication> query, TimeZoneInfo zone, CancellationToken ct)
    {
        var rows = await query.AsNoTracking()
            .Select(c => new { c, Name = db.Set<User>().Where(u => u.Id == c.LoggedById).Select(u => u.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return rows.Select(r => new CommunicationResponse(
            r.c.Id, r.c.DealId, r.c.Channel, r.c.Direction, r.c.Outcome, LocalTime.ToZoned(r.c.OccurredAt, zone), r.c.DurationSeconds,
            r.c.Subject, r.c.Note, r.c.ContactId, r.c.CustomerAddress, r.c.Source, r.c.LoggedById, r.Name, r.c.CreatedAt)).ToList();
    }
}
