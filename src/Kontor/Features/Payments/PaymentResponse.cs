using Kontor.Data;
using Kontor.Features.Currencies;
using Kontor.Features.Deals;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Payments;

public sealed record PaymentResponse(
    long Id, long DealId, decimal Amount, string Currency, DateOnly PaidAt, PaymentMethod? Method, string? Reference, PaymentState State,
    string? Note, DateTime CreatedAt, long CreatedById, DateTime UpdatedAt, long UpdatedById, int Version)
{
    public static PaymentResponse From(Payment p) => new(
        p.Id, p.DealId, p.Amount, p.CurrencyCode, p.PaidAt, p.Method, p.Reference, p.State, p.Note, p.CreatedAt, p.CreatedById,
        p.UpdatedAt, p.UpdatedById, p.Version);
}

/// <summary>
/// Paid against total in the deal's currency: paid payments converted (with the current rates) and summed; expected
/// ones shown apart; refunded ones count for nothing. Fully paid once paid reaches a total above zero.
/// </summary>
public sealed record PaymentSummary(string Currency, decimal Total, decimal Paid, decimal Expected, decimal Open, bool FullyPaid)
{
    public static async Task<PaymentSummary?> OfDealAsync(KontorDb db, long dealId, CancellationToken ct)
    {
        var deal = await db.Set<Deal>().AsNoTracking().Where(d => d.Id == dealId).Select(d => new { d.Amount, d.CurrencyCode }).FirstOrDefaultAsync(ct);
        if (deal is null)
        {
            return null;
        }

        var sums = await db.Set<Payment>().AsNoTracking().Where(p => p.DealId == dealId && p.State != PaymentState.Refunded)
            .GroupBy(p => new { p.State, p.CurrencyCode })
            .Select(g => new { g.Key.State, g.Key.CurrencyCode, Sum = g.Sum(p => p.Amount) })
            .ToListAsync(ct);
        var rates = await CurrencyRates.LoadAsync(db, ct);
        var paid = rates.SumIn(deal.CurrencyCode, sums.Where(s => s.State == PaymentState.Paid).Select(s => (s.CurrencyCode, s.Sum)));
        var expected = rates.SumIn(deal.CurrencyCode, sums.Where(s => s.State == PaymentState.Expected).Select(s => (s.CurrencyCode, s.Sum)));
        var total = deal.Amount;
        return new PaymentSummary(deal.CurrencyCode, total, paid, expected, Math.Max(0, total - paid), total > 0 && paid >= total);
    }
}

public sealed record PaymentList(IReadOnlyList<PaymentResponse> Items, PaymentSummary Summary);
