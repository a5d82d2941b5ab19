using Kontor.Features.Comments;
using Kontor.Ui.Activities;

namespace Kontor.Tests.Ui.Activities;

public sealed class MentionsTests
{
    [Fact]
    public void A_picked_person_becomes_the_form_the_comment_slice_reads_and_notifies()
    {
        var text = Mentions.Insert("Bitte prüfen", "Bernd Vertrieb", 42);

        Assert.Equal("Bitte prüfen @[Bernd Vertrieb](user:42) ", text);
        Assert.Equal([42L], CommentRules.Render(text).MentionedUserIds);
    }

    [Fact]
    public void An_at_sign_just_typed_is_replaced_by_the_mention()
    {
        Assert.True(Mentions.WantsPicker("Bitte @"));
        Assert.Equal("Bitte @[Bernd](user:7) ", Mentions.Insert("Bitte @", "Bernd", 7));
        Assert.Equal("@[Bernd](user:7) ", Mentions.Insert("@", "Bernd", 7));
    }

    [Theory]
    [InlineData("mail@")]
    [InlineData("")]
    [InlineData("Bitte")]
    public void An_at_sign_inside_a_word_does_not_open_the_picker(string text) => Assert.False(Mentions.WantsPicker(text));

    [Fact]
    public void An_empty_text_or_one_ending_in_a_space_gets_no_extra_space()
    {
        Assert.Equal("@[Bernd](user:7) ", Mentions.Insert("", "Bernd", 7));
        Assert.Equal("Hallo @[Bernd](user:7) ", Mentions.Insert("Hallo ", "Bernd", 7));
    }

    [Fact]
    public void Brackets_and_line_breaks_in_a_name_cannot_break_the_mention()
    {
        var text = Mentions.Markup("Bernd [Vertrieb]\nNord", 9);

        Assert.Equal("@[Bernd VertriebNord](user:9)", text);
        Assert.Equal([9L], CommentRules.Render(text).MentionedUserIds);
        Assert.Equal("@[?](user:9)", Mentions.Markup("[]", 9));
    }

    [Fact]
    public void A_very_long_name_is_shortened_to_what_a_mention_holds()
    {
        var text = Mentions.Markup(new string('x', 150), 3);

        Assert.Equal([3L], CommentRules.Render(text).MentionedUserIds);
        Assert.Equal(Mentions.MaxNameLength, text.IndexOf(']', StringComparison.Ordinal) - 2);
    }
}
