using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.CustomFields;

/// <summary>
/// Deletes a field and every value of it, in one transaction. While records hold values the answer is 409
/// <c>custom_fields.has_values</c> with their number in <c>records</c>, unless <c>confirm=true</c> is given, or
/// <c>confirm=N</c> with N the number of records the client was told (a different number is refused again).
/// </summary>
public static class DeleteField
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        long id, [FromQuery] string? confirm, KontorDb db, CancellationToken ct)
    {
        var (_, error, records) = await RunAsync(db, id, confirm, ct);
        if (error is null)
        {
            return TypedResults.NoContent();
        }

        var problem = error.ToProblem();
        if (records is { } count)
        {
            problem.ProblemDetails.Extensions["records"] = count;
        }

        return problem;
    }

    /// <summary>Returns how many records lost a value, or the refusal with the number of records that hold one.</summary>
    public static async Task<(int Removed, Error? Error, int? Records)> RunAsync(KontorDb db, long id, string? confirm, CancellationToken ct)
    {
        var field = await db.Set<FieldDefinition>().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (field is null)
        {
            return (0, CustomFieldErrors.NotFound, null);
        }

        if (confirm is not (null or "true") && !int.TryParse(confirm, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return (0, Error.Validation("confirm", "Expected true or the number of records that hold a value."), null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var count = await CustomFieldIndexes.CountValuesAsync(db, field, ct);
        var confirmed = confirm == "true" || (confirm is not null && int.Parse(confirm, System.Globalization.CultureInfo.InvariantCulture) == count);
        if (count > 0 && !confirmed)
        {
            return (0, CustomFieldErrors.HasValues(count), count);
        }

        var removed = await CustomFieldIndexes.RemoveValuesAsync(db, field, ct);
        await CustomFieldIndexes.DropAsync(db, field, ct);
        db.Remove(field);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (removed, null, null);
    }
}
