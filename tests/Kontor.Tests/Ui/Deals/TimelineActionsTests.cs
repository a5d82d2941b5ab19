using Kontor.Features.Comments;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Deals;

public sealed class TimelineActionsTests
{
    private static readonly DateTime At = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_author_of_a_comment_pins_edits_and_deletes_it_and_everyone_else_only_pins_it()
    {
        var line = Comment(id: 7, author: 1, pinned: false);

        Assert.Equal([EntryAction.Pin, EntryAction.Edit, EntryAction.Delete], TimelineActions.Of(line, me: 1, new HashSet<long>()));
        Assert.Equal([EntryAction.Pin], TimelineActions.Of(line, me: 2, new HashSet<long>()));
        Assert.Equal([EntryAction.Unpin], TimelineActions.Of(Comment(id: 7, author: 1, pinned: true), me: 2, new HashSet<long>()));
    }

    [Fact]
    public void A_payment_or_delivery_is_changed_from_its_newest_entry_only_and_not_once_it_is_gone()
    {
        var lines = new List<TimelineLine>
        {
            Line(30, "delivery", record: null),   // deleted: its entries no longer point at it
            Line(20, "payment", record: 5),       // changed
            Line(12, "delivery", record: null),
            Line(10, "payment", record: 5),       // recorded
            Line(9, "created", record: null),
        };

        var newest = TimelineActions.Newest(lines);

        Assert.Equal([20L], newest);
        Assert.Equal([EntryAction.Edit, EntryAction.Delete], TimelineActions.Of(lines[1], 1, newest));
        Assert.Empty(TimelineActions.Of(lines[3], 1, newest));
        Assert.Empty(TimelineActions.Of(lines[0], 1, newest));
        Assert.Empty(TimelineActions.Of(lines[4], 1, newest));
    }

    [Fact]
    public void A_payment_and_a_delivery_with_the_same_id_are_different_records()
    {
        var newest = TimelineActions.Newest([Line(2, "payment", record: 1), Line(1, "delivery", record: 1)]);

        Assert.Equal([1L, 2L], newest.Order());
    }

    private static TimelineLine Line(long id, string kind, long? record) =>
        new(id, kind, TimelineTone.Neutral, "x", [], "Anna", At) { RecordId = record };

    private static TimelineLine Comment(long id, long author, bool pinned) =>
        new(0, "comment", TimelineTone.Comment, "Kommentar", [], "Anna", At)
        {
            RecordId = id,
            Comment = new CommentResponse(id, "deal", 1, author, "Anna", "x", "<p>x</p>", pinned, pinned ? At : null, At, null, false, [], 1),
        };
}
