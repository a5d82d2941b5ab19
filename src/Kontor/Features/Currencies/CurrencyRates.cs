using Kontor.Common;
using Kontor.Data;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Currencies;

/// <summary>A snapshot of all currencies for converting sums into the base currency. Never add EUR to USD.</summary>
public sealed class CurrencyRates
{
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
    public decimal ToBaseExact(decimal amount, string code) =>
        _byCode.TryGetValue(code, out var c) ? amount * c.Rate : throw new InvalidOperationException($"Unknown currency {code}.");

    /// <summary>Sums amounts of several currencies in the base currency, rounded commercially to its minor unit.</summary>
    public decimal SumInBase(IEnumerable<(string Currency, decimal Amount)> amounts) =>
        Money.Round(amounts.Sum(a => ToBaseExact(a.Amount, a.Currency)), Base.MinorUnits);
}
