using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.CustomFields;

public static class GetField
{
    public static async Task<Results<Ok<FieldResponse>, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var field = await RunAsync(db, id, ct);
        if (field is null)
        {
            return CustomFieldErrors.NotFound.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(field.Version);
        return TypedResults.Ok(field);
    }

    public static async Task<FieldResponse?> RunAsync(KontorDb db, long id, CancellationToken ct)
    {
        var field = await db.Set<FieldDefinition>().AsNoTracking().Include(f => f.Items).Include(f => f.Pipelines).AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == id, ct);
        return field is null ? null : FieldResponse.From(field);
    }
}

/// <summary>The fields of one record type in their order. There are at most a few hundred, so there is no paging.</summary>
public static class ListFields
{
    public static async Task<Results<Ok<FieldList>, ProblemHttpResult>> Handle(
        [Microsoft.AspNetCore.Mvc.FromQuery] string? entity, KontorDb db, CancellationToken ct)
    {
        if (!Enum.TryParse<CustomFieldEntity>(entity, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(entity, out _))
        {
            return Error.Validation("entity", "Give the record type: deal, contact or company.").ToProblem();
        }

        return TypedResults.Ok(new FieldList(await RunAsync(db, parsed, ct)));
    }

    public static async Task<IReadOnlyList<FieldResponse>> RunAsync(KontorDb db, CustomFieldEntity entity, CancellationToken ct)
    {
        var fields = await db.Set<FieldDefinition>().AsNoTracking().Include(f => f.Items).Include(f => f.Pipelines).AsSplitQuery()
            .Where(f => f.Entity == entity).OrderBy(f => f.Sort).ThenBy(f => f.Id).ToListAsync(ct);
        return fields.Select(FieldResponse.From).ToList();
    }
}
