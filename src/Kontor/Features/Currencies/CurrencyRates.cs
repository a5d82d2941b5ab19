using Kontor.Common;
using Kontor.Data;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Currencies;

/// <summary>
/// A snapshot of all currencies, and the one place where money changes currency: sums into the base currency,
/// prices from one currency into another, and rates re-expressed for a new base. Never add EUR to USD.
/// </summary>
public sealed class CurrencyRates
{
    /// <summary>Rates are stored with ten decimals (<see cref="RateConverter"/>); every computed rate is rounded to that.</summary>
    public const int RateDecimals = 10;

    /// <summary>The smallest rate the storage keeps distinct from zero.</summary>
    public const decimal MinRate = 0.0000000001m;

    /// <summary>The largest rate accepted; the storage (a long of 10^-10 units) ends a little above 922 million.</summary>
    public const decimal MaxRate = 100_000_000m;

    private readonly Dictionary<string, Currency> _byCode;

    private CurrencyRates(Dictionary<string, Currency> byCode)
    {
        _byCode = byCode;
        Base = byCode.Values.FirstOrDefault(c => c.IsBase) ?? new Currency { Code = "EUR", Name = "Euro", IsBase = true };
    }

    public Currency Base { get; }

    public static async Task<CurrencyRates> LoadAsync(KontorDb db, CancellationToken ct) =>
        new(await db.Set<Currency>().AsNoTracking().ToDictionaryAsync(c => c.Code, StringComparer.OrdinalIgnoreCase, ct));

    public bool Exists(string code) => _byCode.ContainsKey(code);

    public int MinorUnits(string code) => _byCode.TryGetValue(code, out var c) ? c.MinorUnits : 2;

    /// <summary>Converts an exact amount to the base currency without rounding; round the final sum only.</summary>
    public decimal ToBaseExact(decimal amount, string code) => amount * RateOf(code);

    /// <summary>Converts an exact amount from one currency into another through the base, without rounding.</summary>
    public decimal ConvertExact(decimal amount, string from, string to) =>
        string.Equals(from, to, StringComparison.OrdinalIgnoreCase) ? amount : amount * RateOf(from) / RateOf(to);

    /// <summary>Sums amounts of several currencies in the base currency, rounded commercially to its minor unit.</summary>
    public decimal SumInBase(IEnumerable<(string Currency, decimal Amount)> amounts) =>
        Money.Round(amounts.Sum(a => ToBaseExact(a.Amount, a.Currency)), Base.MinorUnits);

    /// <summary>Sums amounts of several currencies in <paramref name="currency"/>, rounded commercially to its minor unit.</summary>
    public decimal SumIn(string currency, IEnumerable<(string Currency, decimal Amount)> amounts) =>
        Money.Round(amounts.Sum(a => ConvertExact(a.Amount, a.Currency, currency)), MinorUnits(currency));

    /// <summary>
    /// A rate re-expressed against a new base currency: 1 unit = <paramref name="rate"/> old base units and
    /// 1 new base unit = <paramref name="newBaseRate"/> old base units, so 1 unit = rate / newBaseRate new base units.
    /// </summary>
    public static decimal Rebase(decimal rate, decimal newBaseRate) => RoundRate(rate / newBaseRate);

    public static decimal RoundRate(decimal rate) => decimal.Round(rate, RateDecimals, MidpointRounding.AwayFromZero);

    private decimal RateOf(string code) =>
        _byCode.TryGetValue(code, out var c) ? c.Rate : throw new InvalidOperationException($"Unknown currency {code}.");
}
