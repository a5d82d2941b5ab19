using Kontor.Features.Access;
using Kontor.Features.Customers;
using Kontor.Features.Users;
using Kontor.Ui.Customers;

namespace Kontor.Tests.Ui.Customers;

public sealed class CustomerResponsibleTests
{
    private static readonly UserResponse Clara =
        new(8, "clara@kontor.test", "Clara Nord", 2, "de-DE", "Europe/Berlin", false, true, DateTime.UnixEpoch);

    private static CompanyResponse Company(long? responsible, bool opened = false) => new(
        3, "Braun", null, null, null, new PostalAddress(), [], [], responsible, opened, DateTime.UnixEpoch, null, DateTime.UnixEpoch, null, 1);

    [Fact]
    public void A_new_company_without_a_pick_goes_to_its_creator_and_a_picked_one_to_the_pick()
    {
        var form = new CompanyForm { Name = "Braun Elektro KG" };
        Assert.Null(form.ToCreateRequest().ResponsibleId);
        Assert.False(form.ToJson().ContainsKey("responsibleId"));

        form.SetResponsible(Clara);

        Assert.Equal(8, form.ToCreateRequest().ResponsibleId);
        Assert.Equal(8, form.ToJson()["responsibleId"]!.GetValue<long>());
        Assert.Null(form.Validate());
    }

    [Fact]
    public void Changing_the_responsible_of_a_stored_company_makes_the_form_unsaved()
    {
        var form = CompanyForm.From(Company(responsible: 7));
        var original = form.Snapshot();

        form.SetResponsible(Clara);

        Assert.NotEqual(original, form.Snapshot());
        Assert.Equal(8, form.ToJson()["responsibleId"]!.GetValue<long>());
    }

    [Fact]
    public void The_page_offers_change_and_delete_only_where_the_role_reaches()
    {
        var role = new Role { Name = "Sales" };
        role.Grants.Add(new RoleGrant { RecordType = RecordType.Company, Action = AccessAction.Change, Reach = Reach.Department });
        role.Grants.Add(new RoleGrant { RecordType = RecordType.Company, Action = AccessAction.Delete, Reach = Reach.Own });
        var access = AccessScope.For(7, administrator: false, [role], departmentUsers: [7, 8], treeUsers: [7, 8], pipelineIds: []);

        Assert.Equal(new CustomerRights(true, true), CustomerRights.Of(access, RecordType.Company, 7, isOpened: false));
        Assert.Equal(new CustomerRights(true, false), CustomerRights.Of(access, RecordType.Company, 8, isOpened: false));
        Assert.Equal(new CustomerRights(false, false), CustomerRights.Of(access, RecordType.Company, 9, isOpened: true));
        Assert.Equal(new CustomerRights(false, false), CustomerRights.Of(access, RecordType.Contact, 7, isOpened: false));
    }
}
