using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Currencies;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Payments;

/// <summary>Payments of a deal: record, list with the paid/total summary, read, change (merge-patch) and delete.</summary>
public static class RecordPayment
{
    private static readonly DealRecords<Payment> Records = new(PaymentErrors.NotFound, PaymentErrors.PreconditionFailed);

    public sealed record Request
    {
        [Required, Range(typeof(decimal), "0", "100000000000000")]
        public decimal? Amount { get; init; }

        /// <summary>Defaults to the deal's currency.</summary>
        [RegularExpression("^[A-Z]{3}$")]
        public string? Currency { get; init; }

        /// <summary>The day it was paid (or is expected); today in your time zone when left out.</summary>
        public DateOnly? PaidAt { get; init; }

        public PaymentMethod? Method { get; init; }

        [StringLength(255)]
        public string? Reference { get; init; }

        /// <summary>Defaults to <c>paid</c>.</summary>
        public PaymentState? State { get; init; }

        [StringLength(2000)]
        public string? Note { get; init; }
    }

    public static async Task<Results<Created<PaymentResponse>, ProblemHttpResult>> Handle(
        long id, Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (payment, error) = await RunAsync(db, id, request, http.User.Id(), clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(payment!.Version);
        return TypedResults.Created($"/api/v1/payments/{payment.Id}", PaymentResponse.From(payment));
    }

    public static async Task<(Payment? Payment, Error? Error)> RunAsync(
        KontorDb db, long dealId, Request request, long userId, TimeProvider clock, CancellationToken ct)
    {
        // Recording a payment changes the deal's state: it takes the change right, not only read (observers read).
        if (await DealAccess.CheckChangeAsync(db, dealId, ct) is { } access)
        {
            return (null, access);
        }

        if (request.Amount is not { } amount || amount <= 0 || amount > Money.MaxAmount || Money.RoundStored(amount) != amount)
        {
            return (null, Error.Validation("amount", "Expected an amount above 0 with at most four decimals."));
        }

        var currency = request.Currency ?? await db.Set<Deal>().Where(d => d.Id == dealId).Select(d => d.CurrencyCode).FirstAsync(ct);
        if (!await db.Set<Currency>().AnyAsync(c => c.Code == currency, ct))
        {
            return (null, PaymentErrors.CurrencyNotFound);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(LocalTime.ToZoned(now, await UserZone.OfAsync(db, userId, ct)).DateTime);
        var input = new PaymentInput(
            amount, currency, request.PaidAt ?? today, request.Method, InputText.OrNull(request.Reference), request.State ?? PaymentState.Paid,
            InputText.OrNull(request.Note));
        var payment = Payment.Record(dealId, input, userId, now);
        db.Add(payment);
        await db.SaveChangesAsync(ct);
        return (payment, null);
    }

    public static async Task<Results<Ok<PaymentList>, ProblemHttpResult>> List(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var (list, error) = await ListAsync(db, id, http.User.Id(), ct);
        return error is null ? TypedResults.Ok(list!) : error.ToProblem();
    }

    /// <summary>A deal's payments, newest day first, with the paid/total summary.</summary>
    public static async Task<(PaymentList? List, Error? Error)> ListAsync(KontorDb db, long dealId, long userId, CancellationToken ct)
    {
        if (await DealAccess.CheckAsync(db, dealId, ct) is { } access)
        {
            return (null, access);
        }

        var payments = await db.Set<Payment>().AsNoTracking().Where(p => p.DealId == dealId)
            .OrderByDescending(p => p.PaidAt).ThenByDescending(p => p.Id).ToListAsync(ct);
        return (new PaymentList(payments.Select(PaymentResponse.From).ToList(), (await PaymentSummary.OfDealAsync(db, dealId, ct))!), null);
    }

    public static Task<Results<Ok<PaymentResponse>, ProblemHttpResult>> Get(long id, KontorDb db, HttpContext http, CancellationToken ct) =>
        Records.GetAsync(db, id, http, PaymentResponse.From, ct);

    public static Task<Results<Ok<PaymentResponse>, ProblemHttpResult>> Patch(
        long id, JsonElement body, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var patch = new PatchReader<Draft>(body);
        patch.Number("amount", 0.0001m, Money.MaxAmount, (d, v) => d.Input = d.Input with { Amount = v }, storable: true);
        patch.TextWhere("currency", CurrencyWrites.IsCode, (d, v) => d.Input = d.Input with { CurrencyCode = v });
        patch.Date("paidAt", (d, v) => d.Input = d.Input with { PaidAt = v });
        patch.Field("method", (v, path) => EnumOrNull<PaymentMethod>(patch, v, path, (d, m) => d.Input = d.Input with { Method = m }));
        patch.Text("reference", 255, (d, v) => d.Input = d.Input with { Reference = v });
        patch.Field("state", (v, path) => EnumRequired<PaymentState>(patch, v, path, (d, s) => d.Input = d.Input with { State = s }));
        patch.Text("note", 2000, (d, v) => d.Input = d.Input with { Note = v });
        patch.ReadOnly("id", "dealId", "createdAt", "createdById", "updatedAt", "updatedById", "version");
        return Records.PatchAsync(
            db, id, http, patch, payment => new Draft { Input = payment.Current },
            (payment, draft) => ChangeAsync(db, payment, draft.Input, http.User.Id(), clock, ct), PaymentResponse.From, ct);
    }

    public static Task<Results<NoContent, ProblemHttpResult>> Delete(long id, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        Records.DeleteAsync(db, id, http, clock, ct);

    /// <summary>Deletes a payment the user may see, if it is still the version they saw; its timeline keeps its last state.</summary>
    public static Task<Error?> DeleteAsync(KontorDb db, long id, Func<int, bool> versionMatches, long userId, TimeProvider clock, CancellationToken ct) =>
        Records.DeleteAsync(db, id, versionMatches, userId, clock, ct);

    /// <summary>Changes a payment to the values of a whole form, if it is still the version the user saw.</summary>
    public static Task<Error?> ChangeAsync(
        KontorDb db, long id, PaymentInput input, Func<int, bool> versionMatches, long userId, TimeProvider clock, CancellationToken ct) =>
        Records.ChangeAsync(db, id, versionMatches, payment => ChangeAsync(db, payment, input, userId, clock, ct), ct);

    /// <summary>Applies changed values to a loaded payment and saves (for surfaces that edit a whole form).</summary>
    public static async Task<Error?> ChangeAsync(KontorDb db, Payment payment, PaymentInput input, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (input.Amount <= 0 || Money.RoundStored(input.Amount) != input.Amount || input.Amount > Money.MaxAmount)
        {
            return Error.Validation("amount", "Expected an amount above 0 with at most four decimals.");
        }

        if (!await db.Set<Currency>().AnyAsync(c => c.Code == input.CurrencyCode, ct))
        {
            return PaymentErrors.CurrencyNotFound;
        }

        payment.Change(input, userId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>A payment of a deal the user may open, tracked for change.</summary>
    public static Task<(Payment? Payment, Error? Error)> LoadAsync(KontorDb db, long id, CancellationToken ct) =>
        Records.LoadAsync(db, id, ct);

    internal static Action<T>? EnumOrNull<T, TEnum>(PatchReader<T> patch, JsonElement v, string path, Action<T, TEnum?> apply)
        where TEnum : struct, Enum
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return t => apply(t, null);
        }

        return EnumRequired<T, TEnum>(patch, v, path, (t, e) => apply(t, e));
    }

    internal static Action<T>? EnumRequired<T, TEnum>(PatchReader<T> patch, JsonElement v, string path, Action<T, TEnum> apply)
        where TEnum : struct, Enum
    {
        if (v.ValueKind == JsonValueKind.String && v.GetString() is { } text && !int.TryParse(text, out _) &&
            Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return t => apply(t, value);
        }

        var names = string.Join(", ", Enum.GetNames<TEnum>().Select(JsonNamingPolicy.CamelCase.ConvertName));
        patch.AddError(path, $"Use one of: {names}.");
        return null;
    }

    private static Action<Draft>? EnumOrNull<TEnum>(PatchReader<Draft> patch, JsonElement v, string path, Action<Draft, TEnum?> apply)
        where TEnum : struct, Enum => EnumOrNull<Draft, TEnum>(patch, v, path, apply);

    private static Action<Draft>? EnumRequired<TEnum>(PatchReader<Draft> patch, JsonElement v, string path, Action<Draft, TEnum> apply)
        where TEnum : struct, Enum => EnumRequired<Draft, TEnum>(patch, v, path, apply);

    private sealed class Draft
    {
        public PaymentInput Input { get; set; } = null!;
    }
}
