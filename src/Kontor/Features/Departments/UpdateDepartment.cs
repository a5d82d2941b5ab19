using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Departments;

/// <summary>
/// PATCH: name, parentId (null makes it top-level), headUserId (null removes the head) and sort. A department cannot
/// be moved under itself or below one of its own sub-departments.
/// </summary>
public static class UpdateDepartment
{
    public static async Task<Results<Ok<DepartmentResponse>, ProblemHttpResult>> Handle(
        long id, JsonElement body, KontorDb db, CancellationToken ct)
    {
        var (changes, invalid) = Parse(body);
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }

        var (department, error) = await RunAsync(db, id, changes!, ct);
        return error is null ? TypedResults.Ok(department!) : error.ToProblem();
    }

    /// <summary>The core the API and the UI share.</summary>
    public static async Task<(DepartmentResponse? Department, Error? Error)> RunAsync(KontorDb db, long id, Changes changes, CancellationToken ct)
    {
        var department = await db.Set<Department>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (department is null)
        {
            return (null, DepartmentErrors.NotFound);
        }

        var parentId = changes.ChangesParent ? changes.ParentId : null;
        var headUserId = changes.ChangesHead ? changes.HeadUserId : null;
        if (await DepartmentRules.CheckReferencesAsync(db, parentId, headUserId, ct) is { } error)
        {
            return (null, error);
        }

        if (parentId is { } parent && DepartmentTree.IsSelfOrBelow(await DepartmentTree.LoadAsync(db, ct), department.Id, parent))
        {
            return (null, DepartmentErrors.Cycle);
        }

        department.Name = changes.Name ?? department.Name;
        department.ParentId = changes.ChangesParent ? changes.ParentId : department.ParentId;
        department.HeadUserId = changes.ChangesHead ? changes.HeadUserId : department.HeadUserId;
        department.Sort = changes.Sort ?? department.Sort;
        await db.SaveChangesAsync(ct);
        return (DepartmentResponse.From(department), null);
    }

    /// <summary>The fields a PATCH sets; null means "not part of the change" unless a <c>Changes…</c> flag says otherwise.</summary>
    public sealed record Changes
    {
        public string? Name { get; set; }

        public bool ChangesParent { get; set; }

        public long? ParentId { get; set; }

        public bool ChangesHead { get; set; }

        public long? HeadUserId { get; set; }

        public int? Sort { get; set; }
    }

    /// <summary>Reads a merge-patch body field by field, collecting every error with its field name.</summary>
    public static (Changes? Changes, Error? Error) Parse(JsonElement body)
    {
        var patch = new PatchReader<Changes>(body);
        patch.TextWhere(
            "name", v => v.Trim() is { Length: >= 1 and <= 200 }, (c, v) => c.Name = v.Trim(), "The name must be text of 1 to 200 characters.");
        patch.IdOrNull("parentId", (c, v) => (c.ChangesParent, c.ParentId) = (true, v), "The value must be a department id or null.");
        patch.IdOrNull("headUserId", (c, v) => (c.ChangesHead, c.HeadUserId) = (true, v), "The value must be a user id or null.");
        patch.WholeNumber("sort", 0, int.MaxValue, (c, v) => c.Sort = v, "The value must be a whole number of at least 0.");
        patch.ReadOnly("id", "children");
        if (patch.Finish() is { } error)
        {
            return (null, error);
        }

        var changes = new Changes();
        patch.ApplyTo(changes);
        return (changes, null);
    }
}
