namespace Kontor.Features.Access;

/// <summary>
/// How far a right reaches, each level including the ones before it: none, the records I am responsible for, those of
/// my department, of my department and its sub-departments, those plus every record flagged "visible to everyone", all.
/// </summary>
public enum Reach
{
    None = 0,
    Own = 1,
    Department = 2,
    DepartmentTree = 3,
    AllOpen = 4,
    All = 5,
}

/// <summary>The record types a role grants rights on.</summary>
public enum RecordType
{
    Deal,
    Contact,
    Company,
    Product,
    Quote,
    Invoice,
}

/// <summary>What a role grants on a record type.</summary>
public enum AccessAction
{
    Read,
    Add,
    Change,
    Delete,
    Export,
    Import,
}
