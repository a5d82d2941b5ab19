using Kontor.Features.Access;
using Kontor.Ui.Access;

namespace Kontor.Tests.Ui.Access;

public sealed class AssignableTests
{
    private const long Me = 7;

    private static AccessScope Scope(params Role[] roles) =>
        AccessScope.For(Me, administrator: false, roles, departmentUsers: [7, 8], treeUsers: [7, 8, 9], pipelineIds: [1, 2]);

    private static Role Role(params (AccessAction Action, Reach Reach, long? Pipeline)[] cells)
    {
        var role = new Role { Name = "Test" };
        role.Grants.AddRange(cells.Select(c => new RoleGrant { RecordType = RecordType.Deal, Action = c.Action, Reach = c.Reach, PipelineId = c.Pipeline }));
        return role;
    }

    [Theory]
    [InlineData(Reach.None, new long[0])]
    [InlineData(Reach.Own, new long[] { 7 })]
    [InlineData(Reach.Department, new long[] { 7, 8 })]
    [InlineData(Reach.DepartmentTree, new long[] { 7, 8, 9 })]
    [InlineData(Reach.AllOpen, new long[] { 7, 8, 9 })]
    public void A_reach_offers_the_users_it_covers(Reach reach, long[] users) =>
        Assert.Equal(users, Assignable.Users(Scope(), reach)!.Order());

    [Fact]
    public void All_and_an_opened_record_under_all_open_offer_everyone()
    {
        Assert.Null(Assignable.Users(Scope(), Reach.All));
        Assert.Null(Assignable.Users(Scope(), Reach.AllOpen, isOpened: true));
        Assert.Null(Assignable.Users(AccessScope.Everything, Reach.None));
    }

    [Fact]
    public void A_new_deal_follows_the_add_reach_of_its_pipeline()
    {
        var access = Scope(Role((AccessAction.Add, Reach.Own, null), (AccessAction.Add, Reach.Department, 2)));

        Assert.Equal([Me], Assignable.ForNewDeal(access, 1));
        Assert.Equal([7L, 8L], Assignable.ForNewDeal(access, 2)!.Order());
    }

    [Fact]
    public void An_existing_deal_follows_the_change_reach()
    {
        var access = Scope(Role((AccessAction.Change, Reach.DepartmentTree, null), (AccessAction.Add, Reach.Own, null)));

        Assert.Equal([7L, 8L, 9L], Assignable.ForDeal(access, pipelineId: 1, stageId: 3, isOpened: false)!.Order());
    }

    [Fact]
    public void An_action_reaches_somewhere_when_any_pipeline_allows_it()
    {
        var access = Scope(Role((AccessAction.Delete, Reach.Own, 2)));

        Assert.False(Assignable.Anywhere(access, RecordType.Deal, AccessAction.Delete));
        Assert.True(Assignable.Anywhere(access, RecordType.Deal, AccessAction.Delete, [1, 2]));
        Assert.False(Assignable.Anywhere(access, RecordType.Company, AccessAction.Delete, [1, 2]));
    }

    [Fact]
    public void The_settings_links_follow_the_separate_rights()
    {
        var role = new Role { Name = "Admin light", ManageAccess = true };

        Assert.Equal(new SettingsRights(false, false, true), SettingsRights.Of(Scope(role)));
        Assert.Equal(new SettingsRights(true, true, true), SettingsRights.Of(AccessScope.Everything));
        Assert.Equal(SettingsRights.None, SettingsRights.Of(AccessScope.Nothing));
    }
}
