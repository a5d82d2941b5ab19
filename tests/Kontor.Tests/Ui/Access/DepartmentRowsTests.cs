using Kontor.Features.Departments;
using Kontor.Features.Users;
using Kontor.Ui.Access;

namespace Kontor.Tests.Ui.Access;

public sealed class DepartmentRowsTests
{
    private static Department Dept(long id, string name, long? parent = null, long? head = null)
    {
        var d = new Department { Name = name, ParentId = parent, HeadUserId = head, Sort = 500 };
        typeof(Department).GetProperty(nameof(Department.Id))!.SetValue(d, id);
        return d;
    }

    private static UserResponse User(long id, string name, long? department, bool active = true) =>
        new(id, $"u{id}@kontor.test", name, department, "de-DE", "Europe/Berlin", false, active, DateTime.UnixEpoch);

    private static readonly Department[] Tree =
    [
        Dept(1, "Vertrieb", head: 10),
        Dept(2, "Vertrieb Süd", parent: 1),
        Dept(3, "Vertrieb Nord", parent: 1),
        Dept(4, "Service"),
        Dept(5, "Nord Innendienst", parent: 3),
    ];

    private static readonly UserResponse[] People =
    [
        User(10, "Eva Leitung", 1),
        User(11, "Bernd", 3),
        User(12, "Clara", 3),
        User(13, "Alt", 3, active: false),
        User(14, "Dieter", 2),
    ];

    [Fact]
    public void Each_department_follows_its_parent_indented_by_depth()
    {
        var rows = DepartmentRows.Build(Tree, People);

        Assert.Equal(
            [("Service", 0), ("Vertrieb", 0), ("Vertrieb Nord", 1), ("Nord Innendienst", 2), ("Vertrieb Süd", 1)],
            rows.Select(r => (r.Name, r.Depth)));
    }

    [Fact]
    public void Members_count_active_users_only_and_the_head_is_named()
    {
        var rows = DepartmentRows.Build(Tree, People).ToDictionary(r => r.Name);

        Assert.Equal(2, rows["Vertrieb Nord"].Members);
        Assert.Equal(1, rows["Vertrieb"].Members);
        Assert.Equal("Eva Leitung", rows["Vertrieb"].HeadName);
        Assert.Null(rows["Service"].HeadName);
        Assert.Equal(2, rows["Vertrieb"].Children);
    }

    [Fact]
    public void A_department_cannot_be_moved_under_itself_or_below_it()
    {
        var rows = DepartmentRows.Build(Tree, People);

        var choices = DepartmentRows.ParentChoices(rows, departmentId: 3).Select(r => r.Name);

        Assert.Equal(["Service", "Vertrieb", "Vertrieb Süd"], choices);
        Assert.Equal(5, DepartmentRows.ParentChoices(rows, departmentId: null).Count);
    }
}
