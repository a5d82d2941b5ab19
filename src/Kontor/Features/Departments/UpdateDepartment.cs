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

        var department = await db.Set<Department>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (department is null)
        {
            return DepartmentErrors.NotFound.ToProblem();
        }

        var parentId = changes!.ChangesParent ? changes.ParentId : null;
        var headUserId = changes.ChangesHead ? changes.HeadUserId : null;
        if (await DepartmentRules.CheckReferencesAsync(db, parentId, headUserId, ct) is { } error)
        {
            return error.ToProblem();
        }

        if (parentId is { } parent && DepartmentTree.IsSelfOrBelow(await DepartmentTree.LoadAsync(db, ct), department.Id, parent))
        {
            return DepartmentErrors.Cycle.ToProblem();
        }

        department.Name = changes.Name ?? department.Name;
        department.ParentId = changes.ChangesParent ? changes.ParentId : department.ParentId;
        department.HeadUserId = changes.ChangesHead ? changes.HeadUserId : department.HeadUserId;
        department.Sort = changes.Sort ?? department.Sort;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(DepartmentResponse.From(department));
    }

    public sealed record Changes(string? Name, bool ChangesParent, long? ParentId, bool ChangesHead, long? HeadUserId, int? Sort);

    /// <summary>Reads a merge-patch body field by field, collecting every error with its field name.</summary>
    public static (Changes? Changes, Error? Error) Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, Error.Validation("$", "The body must be a JSON object."));
        }

        var errors = new Dictionary<string, string[]>();
        var c = new Changes(null, false, null, false, null, null);
        foreach (var p in body.EnumerateObject())
        {
            var v = p.Value;
            switch (p.Name)
            {
                case "name":
                    if (v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: >= 1 and <= 200 } name)
                    {
                        c = c with { Name = name };
                    }
                    else
                    {
                        errors[p.Name] = ["The name must be text of 1 to 200 characters."];
                    }

                    break;
                case "parentId":
                    if (NullableId(v, out var parent))
                    {
                        c = c with { ChangesParent = true, ParentId = parent };
                    }
                    else
                    {
                        errors[p.Name] = ["The value must be a department id or null."];
                    }

                    break;
                case "headUserId":
                    if (NullableId(v, out var head))
                    {
                        c = c with { ChangesHead = true, HeadUserId = head };
                    }
                    else
                    {
                        errors[p.Name] = ["The value must be a user id or null."];
                    }

                    break;
                case "sort":
                    if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var sort) && sort >= 0)
                    {
                        c = c with { Sort = sort };
                    }
                    else
                    {
                        errors[p.Name] = ["The value must be a whole number of at least 0."];
                    }

                    break;
                default:
                    errors[p.Name] = [p.Name is "id" or "children" ? "This field is read-only." : "This field is unknown."];
                    break;
            }
        }

        return errors.Count > 0 ? (null, Error.Validation(errors)) : (c, null);
    }

    private static bool NullableId(JsonElement v, out long? id)
    {
        id = null;
        if (v.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var value) && value > 0)
        {
            id = value;
            return true;
        }

        return false;
    }
}
