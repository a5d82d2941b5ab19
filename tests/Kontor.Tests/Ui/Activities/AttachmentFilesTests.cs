using System.Globalization;
using Kontor.Features.Comments;
using Kontor.Ui.Activities;

namespace Kontor.Tests.Ui.Activities;

public sealed class AttachmentFilesTests
{
    [Theory]
    [InlineData(820L, "820 B")]
    [InlineData(1025L, "2 KB")]
    [InlineData(1_468_006L, "1,4 MB")]
    public void Sizes_read_in_the_current_culture(long bytes, string expected)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

        Assert.Equal(expected, AttachmentFiles.SizeText(bytes));
    }

    [Fact]
    public void The_same_file_is_not_picked_twice_and_no_more_files_than_a_comment_holds()
    {
        var picked = new List<PickedFile> { new("Angebot.pdf", 10) };
        var more = Enumerable.Range(1, 20).Select(i => new PickedFile($"Foto {i}.jpg", i)).Prepend(new PickedFile("Angebot.pdf", 10));

        var all = AttachmentFiles.Add(picked, more, f => f);

        Assert.Equal(CommentRules.MaxAttachments, all.Count);
        Assert.Single(all, f => f.Name == "Angebot.pdf");
    }

    [Fact]
    public void A_file_over_the_limit_is_named()
    {
        var files = new[] { new PickedFile("klein.txt", 100), new PickedFile("gross.zip", 11 * 1024 * 1024) };

        Assert.Equal("gross.zip", AttachmentFiles.TooLarge(files, CommentRules.DefaultMaxFileBytes)?.Name);
        Assert.Null(AttachmentFiles.TooLarge(files[..1], CommentRules.DefaultMaxFileBytes));
    }
}
