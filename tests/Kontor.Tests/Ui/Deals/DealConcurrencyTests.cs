using Kontor.Realtime;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Deals;

public sealed class DealConcurrencyTests
{
    [Fact]
    public void A_deal_stored_with_another_version_than_the_one_shown_is_stale()
    {
        Assert.True(DealConcurrency.IsStale(shownVersion: 4, storedVersion: 5));
        Assert.False(DealConcurrency.IsStale(shownVersion: 5, storedVersion: 5));
    }

    [Fact]
    public void A_newer_version_of_the_deal_is_read_again_when_nothing_is_being_edited()
    {
        var action = DealConcurrency.OnNotice([new Change("deal", 7, 5, 1)], dealId: 7, shownVersion: 4, saving: false, hasUnsavedEdits: false);

        Assert.Equal(NoticeAction.Reload, action);
    }

    [Fact]
    public void A_newer_version_while_the_user_edits_keeps_the_edits_and_warns()
    {
        var action = DealConcurrency.OnNotice([new Change("deal", 7, 5, 1)], dealId: 7, shownVersion: 4, saving: false, hasUnsavedEdits: true);

        Assert.Equal(NoticeAction.Warn, action);
    }

    [Fact]
    public void Notices_of_other_deals_and_of_the_version_shown_are_ignored()
    {
        Assert.Equal(NoticeAction.Ignore, DealConcurrency.OnNotice([new Change("deal", 8, 9, 1)], 7, 4, false, false));
        Assert.Equal(NoticeAction.Ignore, DealConcurrency.OnNotice([new Change("deal", 7, 4, 1)], 7, 4, false, false));
        Assert.Equal(NoticeAction.Ignore, DealConcurrency.OnNotice([new Change("company", 7, 9, null)], 7, 4, false, false));
    }

    [Fact]
    public void The_notice_of_the_page_s_own_save_is_ignored()
    {
        var action = DealConcurrency.OnNotice([new Change("deal", 7, 5, 1)], dealId: 7, shownVersion: 4, saving: true, hasUnsavedEdits: true);

        Assert.Equal(NoticeAction.Ignore, action);
    }

    [Fact]
    public void Of_several_notices_for_the_deal_the_newest_decides()
    {
        var action = DealConcurrency.OnNotice(
            [new Change("deal", 7, 3, 1), new Change("deal", 7, 6, 1), new Change("deal", 2, 9, 1)], 7, 4, false, false);

        Assert.Equal(NoticeAction.Reload, action);
    }
}
