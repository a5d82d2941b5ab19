using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Currencies;

/// <summary>
/// PATCH: a JSON object with any of name, rate, minorUnits, sort and isBase. Setting <c>isBase: true</c> makes the
/// currency the base: every rate is re-expressed against it in the same transaction and the old base loses the flag.
/// The base currency's rate is always exactly 1.
/// </summary>
public static class UpdateCurrency
{
    /// <summary>The fields a PATCH sets; null means "not part of the change".</summary>
    public sealed record Changes
    {
        public string? Name { get; set; }

        public decimal? Rate { get; set; }

        public int? MinorUnits { get; set; }

        public int? Sort { get; set; }

        public bool? IsBase { get; set; }
    }

    public static async Task<Results<Ok<CurrencyResponse>, ProblemHttpResult>> Handle(string code, JsonElement body, KontorDb db, CancellationToken ct)
    {
        var (changes, invalid) = Parse(body);
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }

        var key = CurrencyWrites.Normalize(code);
        await using var transaction = await CurrencyWrites.BeginAsync(db, ct);
        var all = await db.Set<Currency>().ToListAsync(ct);
        var currency = all.FirstOrDefault(c => c.Code == key);
        if (currency is null)
        {
            return CurrencyErrors.NotFound.ToProblem();
        }

        if (Apply(all, currency, changes!) is { } error)
        {
            return error.ToProblem();
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Ok(CurrencyResponse.From(currency));
    }

    /// <summary>Applies a change to one currency of the complete set; a base switch re-expresses every rate.</summary>
    public static Error? Apply(IReadOnlyList<Currency> all, Currency currency, Changes changes)
    {
        var becomesBase = changes.IsBase == true && !currency.IsBase;
        if (changes.IsBase == false && currency.IsBase)
        {
            return CurrencyErrors.BaseRequired;
        }

        if (changes.Rate is { } rate && rate != 1m && (currency.IsBase || becomesBase))
        {
            return CurrencyErrors.BaseRateFixed;
        }

        if (becomesBase)
        {
            var newBaseRate = currency.Rate;
            var rebased = all.ToDictionary(c => c.Code, c => c == currency ? 1m : CurrencyRates.Rebase(c.Rate, newBaseRate));
            if (rebased.Values.Any(r => r is < CurrencyRates.MinRate or > CurrencyRates.MaxRate))
            {
                return CurrencyErrors.RateOutOfRange;
            }

            foreach (var c in all)
            {
                (c.Rate, c.IsBase) = (rebased[c.Code], c == currency);
            }
        }
        else if (changes.Rate is { } newRate && !currency.IsBase)
        {
            currency.Rate = CurrencyRates.RoundRate(newRate);
        }

        currency.Name = changes.Name ?? currency.Name;
        currency.MinorUnits = changes.MinorUnits ?? currency.MinorUnits;
        currency.Sort = changes.Sort ?? currency.Sort;
        return null;
    }

    /// <summary>Reads the body field by field, collecting every error with its field name.</summary>
    public static (Changes? Changes, Error? Error) Parse(JsonElement body)
    {
        var patch = new PatchReader<Changes>(body);
        patch.TextWhere("name", v => v.Trim() is { Length: >= 1 and <= 100 }, (c, v) => c.Name = v.Trim());
        patch.Number("rate", CurrencyRates.MinRate, CurrencyRates.MaxRate, (c, v) => c.Rate = v);
        patch.WholeNumber("minorUnits", 0, 4, (c, v) => c.MinorUnits = v);
        patch.WholeNumber("sort", -1_000_000, 1_000_000, (c, v) => c.Sort = v);
        patch.Bool("isBase", (c, v) => c.IsBase = v);
        patch.ReadOnly("code");
        if (patch.Finish() is { } error)
        {
            return (null, error);
        }

        var changes = new Changes();
        patch.ApplyTo(changes);
        return (changes, null);
    }
}
