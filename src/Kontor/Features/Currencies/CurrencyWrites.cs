using Kontor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kontor.Features.Currencies;

/// <summary>
/// Rates only mean something together (each is relative to the one base), so writes to currencies run one at a time.
/// </summary>
public static class CurrencyWrites
{
    /// <summary>
    /// Opens a transaction that holds every currency row: a no-op update locks the rows on PostgreSQL and takes the
    /// write lock on SQLite, so a concurrent base switch cannot interleave with this write and mix two bases.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginAsync(KontorDb db, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Set<Currency>().ExecuteUpdateAsync(s => s.SetProperty(c => c.Sort, c => c.Sort), ct);
        return transaction;
    }

    public static string Normalize(string code) => code.Trim().ToUpperInvariant();

    /// <summary>True for a currency code as the API takes it: three upper-case letters (ISO 4217).</summary>
    public static bool IsCode(string text) => text.Length == 3 && text.All(char.IsAsciiLetterUpper);
}
