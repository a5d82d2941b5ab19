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
    public sealed record Changes(string? Name, decimal? Rate, int? MinorUnits, int? Sort, bool? IsBase);

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
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, Error.Validation("$", "The body must be a JSON object."));
        }

        var errors = new Dictionary<string, string[]>();
        var changes = new Changes(null, null, null, null, null);
        foreach (var p in body.EnumerateObject())
        {
            var v = p.Value;
            var ok = true;
            switch (p.Name)
            {
                case "name":
                    ok = v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: >= 1 and <= 100 };
                    changes = ok ? changes with { Name = v.GetString()!.Trim() } : changes;
                    break;
                case "rate":
                    ok = v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var rate) && rate is >= CurrencyRates.MinRate and <= CurrencyRates.MaxRate;
                    changes = ok ? changes with { Rate = v.GetDecimal() } : changes;
                    break;
                case "minorUnits":
                    ok = v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var minor) && minor is >= 0 and <= 4;
                    changes = ok ? changes with { MinorUnits = v.GetInt32() } : changes;
                    break;
                case "sort":
                    ok = v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var sort) && sort is >= -1_000_000 and <= 1_000_000;
                    changes = ok ? changes with { Sort = v.GetInt32() } : changes;
                    break;
                case "isBase":
                    ok = v.ValueKind is JsonValueKind.True or JsonValueKind.False;
                    changes = ok ? changes with { IsBase = v.GetBoolean() } : changes;
                    break;
                default:
                    errors[p.Name] = [p.Name == "code" ? "This field is read-only." : "This field is unknown."];
                    continue;
            }

            if (!ok)
            {
                errors[p.Name] = ["The value has the wrong type or is out of range."];
            }
        }

        return errors.Count > 0 ? (null, Error.Validation(errors)) : (changes, null);
    }
}
