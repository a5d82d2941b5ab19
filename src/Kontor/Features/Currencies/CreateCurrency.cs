using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Currencies;

public static class CreateCurrency
{
    public sealed record Request
    {
        /// <summary>ISO 4217 code, three upper-case letters.</summary>
        [Required, RegularExpression("^[A-Z]{3}$")]
        public string Code { get; init; } = "";

        [Required, StringLength(100, MinimumLength = 1)]
        public string Name { get; init; } = "";

        /// <summary>The value of one unit in the base currency; kept to ten decimals.</summary>
        [Required]
        [Range(typeof(decimal), "0.0000000001", "100000000", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
        public decimal? Rate { get; init; }

        /// <summary>Digits of the minor unit (2 for EUR, 0 for JPY); defaults to 2.</summary>
        [Range(0, 4)]
        public int? MinorUnits { get; init; }

        [Range(-1_000_000, 1_000_000)]
        public int? Sort { get; init; }
    }

    public static async Task<Results<CreatedAtRoute<CurrencyResponse>, ProblemHttpResult>> Handle(Request request, KontorDb db, CancellationToken ct)
    {
        await using var transaction = await CurrencyWrites.BeginAsync(db, ct);
        if (await db.Set<Currency>().AnyAsync(c => c.Code == request.Code, ct))
        {
            return CurrencyErrors.Exists.ToProblem();
        }

        var currency = new Currency
        {
            Code = request.Code,
            Name = request.Name.Trim(),
            Rate = CurrencyRates.RoundRate(request.Rate!.Value),
            IsBase = false,
            MinorUnits = request.MinorUnits ?? 2,
            Sort = request.Sort ?? 100,
        };
        db.Add(currency);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.CreatedAtRoute(CurrencyResponse.From(currency), nameof(GetCurrency), new { code = currency.Code });
    }
}
