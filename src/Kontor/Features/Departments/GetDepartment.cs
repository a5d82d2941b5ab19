using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Departments;

public static class GetDepartment
{
    public static async Task<Results<Ok<DepartmentResponse>, ProblemHttpResult>> Handle(long id, KontorDb db, CancellationToken ct)
    {
        var department = await db.Set<Department>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        return department is null ? DepartmentErrors.NotFound.ToProblem() : TypedResults.Ok(DepartmentResponse.From(department));
    }
}
