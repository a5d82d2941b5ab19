using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Currencies;

public static class ListCurrencies
{
    public static async Task<Ok<IReadOnlyList<CurrencyResponse>>> Handle(KontorDb db, CancellationToken ct)
    {
        var currencies = await db.Set<Currency>().AsNoTracking().OrderBy(c => c.Sort).ThenBy(c => c.Code).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<CurrencyResponse>>(currencies.Select(CurrencyResponse.From).ToList());
    }
}
