using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Deals;
using Kontor.Features.Payments;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deliveries;

public sealed record DeliveryResponse(
    long Id, long DealId, DeliveryState State, string? Carrier, string? TrackingNumber, string? Address, DateOnly? ExpectedAt,
    DateOnly? ShippedAt, DateOnly? DeliveredAt, string? Note, DateTime CreatedAt, long CreatedById, DateTime UpdatedAt, long UpdatedById,
    int Version)
{
    public static DeliveryResponse From(Delivery d) => new(
        d.Id, d.DealId, d.State, d.Carrier, d.TrackingNumber, d.Address, d.ExpectedAt, d.ShippedAt, d.DeliveredAt, d.Note, d.CreatedAt,
        d.CreatedById, d.UpdatedAt, d.UpdatedById, d.Version);
}

public static class DeliveryErrors
{
    public static readonly Error NotFound = Error.NotFound("deliveries", "delivery");

    public static readonly Error PreconditionFailed =
        new("concurrency.precondition_failed", "The delivery was changed meanwhile; read it again and retry.", StatusCodes.Status412PreconditionFailed);
}

/// <summary>Deliveries of a deal: record, list, read, change (merge-patch) and delete; each change is a timeline entry.</summary>
public static class RecordDelivery
{
    private static readonly DealRecords<Delivery> Records = new(DeliveryErrors.NotFound, DeliveryErrors.PreconditionFailed);

    public sealed record Request
    {
        /// <summary>Defaults to <c>preparing</c>.</summary>
        public DeliveryState? State { get; init; }

        [StringLength(100)]
        public string? Carrier { get; init; }

        [StringLength(100)]
        public string? TrackingNumber { get; init; }

        [StringLength(1000)]
        public string? Address { get; init; }

        public DateOnly? ExpectedAt { get; init; }

        public DateOnly? ShippedAt { get; init; }

        public DateOnly? DeliveredAt { get; init; }

        [StringLength(2000)]
        public string? Note { get; init; }
    }

    public static async Task<Results<Created<DeliveryResponse>, ProblemHttpResult>> Handle(
        long id, Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (delivery, error) = await RunAsync(db, id, request, http.User.Id(), clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(delivery!.Version);
        return TypedResults.Created($"/api/v1/deliveries/{delivery.Id}", DeliveryResponse.From(delivery));
    }

    public static async Task<(Delivery? Delivery, Error? Error)> RunAsync(
        KontorDb db, long dealId, Request r, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (await DealAccess.CheckChangeAsync(db, dealId, ct) is { } access)
        {
            return (null, access);
        }

        var input = new DeliveryInput(
            r.State ?? DeliveryState.Preparing, InputText.OrNull(r.Carrier), InputText.OrNull(r.TrackingNumber), InputText.OrNull(r.Address),
            r.ExpectedAt, r.ShippedAt, r.DeliveredAt, InputText.OrNull(r.Note));
        if (Check(input) is { } invalid)
        {
            return (null, invalid);
        }

        var delivery = Delivery.Record(dealId, input, userId, clock.GetUtcNow().UtcDateTime);
        db.Add(delivery);
        await db.SaveChangesAsync(ct);
        return (delivery, null);
    }

    private static Error? Check(DeliveryInput input) =>
        input.ShippedAt is { } shipped && input.DeliveredAt is { } delivered && delivered < shipped
            ? Error.Validation("deliveredAt", "The delivery date must not be before the shipping date.")
            : null;

    public static async Task<Results<Ok<List<DeliveryResponse>>, ProblemHttpResult>> List(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        if (await DealAccess.CheckAsync(db, id, ct) is { } access)
        {
            return access.ToProblem();
        }

        var deliveries = await db.Set<Delivery>().AsNoTracking().Where(d => d.DealId == id).OrderByDescending(d => d.Id).ToListAsync(ct);
        return TypedResults.Ok(deliveries.Select(DeliveryResponse.From).ToList());
    }

    public static Task<Results<Ok<DeliveryResponse>, ProblemHttpResult>> Get(long id, KontorDb db, HttpContext http, CancellationToken ct) =>
        Records.GetAsync(db, id, http, DeliveryResponse.From, ct);

    public static Task<Results<Ok<DeliveryResponse>, ProblemHttpResult>> Patch(
        long id, JsonElement body, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var patch = new PatchReader<Draft>(body);
        patch.Field("state", (v, path) => RecordPayment.EnumRequired<Draft, DeliveryState>(patch, v, path, (d, s) => d.Input = d.Input with { State = s }));
        patch.Text("carrier", 100, (d, v) => d.Input = d.Input with { Carrier = v });
        patch.Text("trackingNumber", 100, (d, v) => d.Input = d.Input with { TrackingNumber = v });
        patch.Text("address", 1000, (d, v) => d.Input = d.Input with { Address = v });
        patch.DateOrNull("expectedAt", (d, v) => d.Input = d.Input with { ExpectedAt = v });
        patch.DateOrNull("shippedAt", (d, v) => d.Input = d.Input with { ShippedAt = v });
        patch.DateOrNull("deliveredAt", (d, v) => d.Input = d.Input with { DeliveredAt = v });
        patch.Text("note", 2000, (d, v) => d.Input = d.Input with { Note = v });
        patch.ReadOnly("id", "dealId", "createdAt", "createdById", "updatedAt", "updatedById", "version");
        return Records.PatchAsync(
            db, id, http, patch, delivery => new Draft { Input = delivery.Current },
            (delivery, draft) => ChangeAsync(db, delivery, draft.Input, http.User.Id(), clock, ct), DeliveryResponse.From, ct);
    }

    /// <summary>Applies changed values to a loaded delivery and saves.</summary>
    public static async Task<Error?> ChangeAsync(KontorDb db, Delivery delivery, DeliveryInput input, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (Check(input) is { } invalid)
        {
            return invalid;
        }

        delivery.Change(input, userId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Delete(long id, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        Records.DeleteAsync(db, id, http, clock, ct);

    /// <summary>Deletes a delivery the user may see, if it is still the version they saw; its timeline keeps its last state.</summary>
    public static Task<Error?> DeleteAsync(KontorDb db, long id, Func<int, bool> versionMatches, long userId, TimeProvider clock, CancellationToken ct) =>
        Records.DeleteAsync(db, id, versionMatches, userId, clock, ct);

    /// <summary>Changes a delivery to the values of a whole form, if it is still the version the user saw.</summary>
    public static Task<Error?> ChangeAsync(
        KontorDb db, long id, DeliveryInput input, Func<int, bool> versionMatches, long userId, TimeProvider clock, CancellationToken ct) =>
        Records.ChangeAsync(db, id, versionMatches, delivery => ChangeAsync(db, delivery, input, userId, clock, ct), ct);

    /// <summary>A delivery of a deal the user may open, tracked for change.</summary>
    public static Task<(Delivery? Delivery, Error? Error)> LoadAsync(KontorDb db, long id, CancellationToken ct) =>
        Records.LoadAsync(db, id, ct);

    private sealed class Draft
    {
        public DeliveryInput Input { get; set; } = null!;
    }
}
