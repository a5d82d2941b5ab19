namespace Kontor.Features.Departments;

/// <summary>A department; departments form a tree through <see cref="ParentId"/>.</summary>
public sealed class Department
{
    public long Id { get; private set; }

    public string Name { get; set; } = "";

    public long? ParentId { get; set; }

    public long? HeadUserId { get; set; }

    public int Sort { get; set; }
}
