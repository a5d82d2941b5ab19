using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Departments;

public static class CreateDepartment
{
    public sealed record Request
    {
        [Required, StringLength(200)]
        public string Name { get; init; } = "";

        /// <summary>Leave it out for a top-level department.</summary>
        public long? ParentId { get; init; }

        public long? HeadUserId { get; init; }

        /// <summary>Position among its siblings (ascending); defaults to 500.</summary>
        [Range(0, int.MaxValue)]
        public int? Sort { get; init; }
    }

    public static async Task<Results<CreatedAtRoute<DepartmentResponse>, ProblemHttpResult>> Handle(
        Request request, KontorDb db, CancellationToken ct)
    {
        var (department, error) = await RunAsync(db, request, ct);
        return error is null ? TypedResults.CreatedAtRoute(department!, nameof(GetDepartment), new { id = department!.Id }) : error.ToProblem();
    }

    /// <summary>The core the API and the UI share.</summary>
    public static async Task<(DepartmentResponse? Department, Error? Error)> RunAsync(KontorDb db, Request request, CancellationToken ct)
    {
        if (await DepartmentRules.CheckReferencesAsync(db, request.ParentId, request.HeadUserId, ct) is { } error)
        {
            return (null, error);
        }

        var department = new Department
        {
            Name = request.Name.Trim(),
            ParentId = request.ParentId,
            HeadUserId = request.HeadUserId,
            Sort = request.Sort ?? DepartmentRules.DefaultSort,
        };
        db.Add(department);
        await db.SaveChangesAsync(ct);
        return (DepartmentResponse.From(department), null);
    }
}
