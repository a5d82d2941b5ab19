using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Currencies;

public static class GetCurrency
{
    public static async Task<Results<Ok<CurrencyResponse>, ProblemHttpResult>> Handle(string code, KontorDb db, CancellationToken ct)
    {
        var key = CurrencyWrites.Normalize(code);
        var currency = await db.Set<Currency>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == key, ct);
        return currency is null ? CurrencyErrors.NotFound.ToProblem() : TypedResults.Ok(CurrencyResponse.From(currency));
    }
}
