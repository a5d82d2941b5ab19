using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Deals;
using Kontor.Features.Products;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Currencies;

public static class DeleteCurrency
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(string code, KontorDb db, CancellationToken ct)
    {
        var key = CurrencyWrites.Normalize(code);
        await using var transaction = await CurrencyWrites.BeginAsync(db, ct);
        var currency = await db.Set<Currency>().FirstOrDefaultAsync(c => c.Code == key, ct);
        if (currency is null)
        {
            return CurrencyErrors.NotFound.ToProblem();
        }

        if (currency.IsBase)
        {
            return CurrencyErrors.IsBase.ToProblem();
        }

        if (await db.Set<Deal>().IgnoreQueryFilters().AnyAsync(d => d.CurrencyCode == key, ct) || await db.Set<Product>().IgnoreQueryFilters().AnyAsync(p => p.CurrencyCode == key, ct))
        {
            return CurrencyErrors.InUse.ToProblem();
        }

        db.Remove(currency);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // A record created meanwhile still points at the currency; the foreign key refused the delete.
            return CurrencyErrors.InUse.ToProblem();
        }

        await transaction.CommitAsync(ct);
        return TypedResults.NoContent();
    }
}
