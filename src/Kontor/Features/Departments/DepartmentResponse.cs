namespace Kontor.Features.Departments;

public sealed record DepartmentResponse(long Id, string Name, long? ParentId, long? HeadUserId, int Sort)
{
    public static DepartmentResponse From(Department d) => new(d.Id, d.Name, d.ParentId, d.HeadUserId, d.Sort);
}

public sealed record DepartmentNode(long Id, string Name, long? HeadUserId, IReadOnlyList<DepartmentNode> Children);
