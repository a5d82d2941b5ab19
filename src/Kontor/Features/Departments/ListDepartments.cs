using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Departments;

public static class ListDepartments
{
    /// <summary>All departments as a flat list, in tree order: each one after its parent, siblings by sort, then name.</summary>
    public static async Task<Ok<List<DepartmentResponse>>> Handle(KontorDb db, CancellationToken ct)
    {
        var all = await DepartmentTree.LoadAsync(db, ct);
        return TypedResults.Ok(DepartmentTree.Ordered(all).Select(DepartmentResponse.From).ToList());
    }

    /// <summary>The departments nested under their parents; siblings by sort, then name.</summary>
    public static async Task<Ok<List<DepartmentNode>>> Tree(KontorDb db, CancellationToken ct)
    {
        var all = await DepartmentTree.LoadAsync(db, ct);
        return TypedResults.Ok(DepartmentTree.Nest(all));
    }
}
