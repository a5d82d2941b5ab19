using Kontor.Features.Users;
using Kontor.Ui.Access;

namespace Kontor.Tests.Ui.Access;

public sealed class UserFormTests
{
    private static readonly UserResponse Bernd =
        new(4, "bernd@kontor.test", "Bernd Vertrieb", 2, "de-DE", "Europe/Berlin", IsAdministrator: false, IsActive: true, DateTime.UnixEpoch) { RoleIds = [3] };

    private static UserForm NewForm(params long[] roles)
    {
        var form = UserForm.ForNew();
        form.Name = "Frieda Feld";
        form.Email = "frieda@kontor.test";
        form.Password = "frieda-2026";
        foreach (var role in roles)
        {
            form.Toggle(role, held: true);
        }

        return form;
    }

    [Fact]
    public void A_new_user_needs_at_least_one_role()
    {
        Assert.Equal("Choose at least one role.", NewForm().Check());
        Assert.Null(NewForm(3).Check());
    }

    [Theory]
    [InlineData("kurz1", "The password needs at least 8 characters, with a digit and a lower-case letter.")]
    [InlineData("nodigitshere", "The password needs at least 8 characters, with a digit and a lower-case letter.")]
    [InlineData("ALLCAPS123", "The password needs at least 8 characters, with a digit and a lower-case letter.")]
    [InlineData("frieda-2026", null)]
    public void The_password_meets_the_rules_the_app_sets(string password, string? problem) =>
        Assert.Equal(problem, UserForm.PasswordProblem(password));

    [Theory]
    [InlineData("", "frieda@kontor.test", "Enter a name.")]
    [InlineData("Frieda", "", "Enter a valid e-mail address.")]
    [InlineData("Frieda", "frieda-at-kontor", "Enter a valid e-mail address.")]
    public void A_new_user_needs_a_name_and_an_address(string name, string email, string problem)
    {
        var form = NewForm(3);
        form.Name = name;
        form.Email = email;

        Assert.Equal(problem, form.Check());
    }

    [Fact]
    public void The_request_carries_the_roles_and_department()
    {
        var form = NewForm(5, 3);
        form.DepartmentId = 2;

        var request = form.ToCreate();

        Assert.Equal(("Frieda Feld", "frieda@kontor.test", "frieda-2026", 2L), (request.Name, request.Email, request.Password, request.DepartmentId!.Value));
        Assert.Equal([3L, 5L], request.RoleIds);
    }

    [Fact]
    public void An_edit_sends_only_what_changed()
    {
        var form = UserForm.From(Bernd);
        form.Toggle(3, held: false);
        form.Toggle(6, held: true);

        var changes = form.ToChanges();

        Assert.Equal([6L], changes.RoleIds);
        Assert.Null(changes.Name);
        Assert.Null(changes.IsAdministrator);
        Assert.False(changes.ChangesDepartment);
    }

    [Fact]
    public void An_unchanged_edit_leaves_roles_and_administrator_flag_alone()
    {
        var changes = UserForm.From(Bernd).ToChanges();

        Assert.Equal((null, null, false, null), (changes.RoleIds, changes.IsAdministrator, changes.ChangesDepartment, changes.Name));
    }

    [Fact]
    public void Moving_a_user_out_of_every_department_is_a_change_to_none()
    {
        var form = UserForm.From(Bernd);
        form.DepartmentId = null;

        var changes = form.ToChanges();

        Assert.Equal((true, (long?)null), (changes.ChangesDepartment, changes.DepartmentId));
    }

    [Fact]
    public void An_administrator_may_hold_no_role()
    {
        var form = UserForm.From(Bernd);
        form.Toggle(3, held: false);
        Assert.Equal("Choose at least one role.", form.Check());

        form.IsAdministrator = true;

        Assert.Null(form.Check());
        Assert.True(form.ToChanges().IsAdministrator);
    }
}
