using System.Net;
using System.Net.Http.Headers;
using Kontor.Features.Comments;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Comments;

public sealed class CommentSanitizingTests
{
    [Fact]
    public void There_are_at_least_thirty_payloads() => Assert.True(XssPayloads.Text.Length >= 30);

    [Fact]
    public void Every_payload_renders_to_safe_html()
    {
        foreach (var payload in XssPayloads.Text)
        {
            XssPayloads.AssertSafe(CommentRules.Render(payload).Html, payload);
        }
    }

    [Fact]
    public void Markdown_formatting_lists_tables_and_safe_links_survive()
    {
        var html = CommentRules.Render("## Angebot\n\n- **fett** und _kursiv_\n- [Seite](https://example.com) `code`\n\n| a | b |\n|---|---|\n| 1 | 2 |").Html;

        Assert.Contains(">Angebot</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>fett</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>kursiv</em>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.com\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">Seite</a>", html, StringComparison.Ordinal);
        Assert.Contains("<code>code</code>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Mentions_are_found_by_id_and_their_names_are_escaped()
    {
        var rendered = CommentRules.Render("Hallo @[Ada <b>L</b>](user:7) und @[Ada](user:7), @[Bo](user:8); nicht @[x](user:abc)");

        Assert.Equal([7L, 8L], rendered.MentionedUserIds);
        Assert.Contains("<span class=\"mention\" data-user-id=\"7\">@Ada &lt;b&gt;L&lt;/b&gt;</span>", rendered.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Angebot 2026.pdf", "Angebot 2026.pdf")]
    [InlineData("C:\\Users\\ada\\Bericht (final).docx", "Bericht (final).docx")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("<script>.png", "script_.png")]
    [InlineData("...", "file")]
    [InlineData("Grüße.txt", "Grüße.txt")]
    public void File_names_keep_letters_digits_and_a_few_marks(string uploaded, string stored) =>
        Assert.Equal(stored, CommentRules.SafeFileName(uploaded));

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "x.txt", "image/png")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "x.png", "application/pdf")]
    [InlineData(new byte[] { 0x3C, 0x68, 0x74, 0x6D, 0x6C, 0x3E }, "page.html", "text/plain")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02 }, "x.png", "application/octet-stream")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "table.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public void The_content_type_comes_from_the_bytes_not_the_name(byte[] head, string name, string type) =>
        Assert.Equal(type, CommentRules.SniffContentType(head, name));

    [Theory, AllDatabases]
    public async Task Every_payload_is_stored_and_returned_as_safe_html(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "XSS" })).Id();

        foreach (var payload in XssPayloads.Text)
        {
            var returned = await http.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = payload });
            var stored = await app.WithDbAsync(d => d.Set<Comment>().SingleAsync(c => c.Id == returned.Id()));

            XssPayloads.AssertSafe(returned["html"]!.GetValue<string>(), payload);
            Assert.Equal(returned["html"]!.GetValue<string>(), stored.Html);
            Assert.Equal(payload, stored.Text);
        }

        var timeline = await http.GetJsonAsync($"/api/v1/deals/{deal}/timeline?kind=comment&limit=200");
        Assert.Equal(XssPayloads.Text.Length, timeline["items"]!.AsArray().Count);
        foreach (var item in timeline["items"]!.AsArray())
        {
            XssPayloads.AssertSafe(item!["comment"]!["html"]!.GetValue<string>(), item["comment"]!["text"]!.GetValue<string>());
        }
    }

    [Theory, AllDatabases]
    public async Task Attachment_names_are_made_safe_and_downloads_never_render(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Dateien" })).Id();
        var comment = await http.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = "Anhänge" });

        using var form = new MultipartFormDataContent();
        foreach (var name in XssPayloads.FileNames)
        {
            var file = new ByteArrayContent("<html><script>alert(1)</script></html>"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("text/html");
            // The extended form carries any character, as browsers send names they cannot quote.
            file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"files\"", FileNameStar = name };
            form.Add(file);
        }

        var response = await http.PostAsync($"/api/v1/comments/{comment.Id()}/attachments", form);
        var result = await response.JsonAsync();
        var attachments = result["attachments"]!.AsArray();
        var download = await http.GetAsync(attachments[0]!["url"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(XssPayloads.FileNames.Length, attachments.Count);
        foreach (var attachment in attachments)
        {
            var name = attachment!["fileName"]!.GetValue<string>();
            Assert.DoesNotContain(name, c => c is '<' or '>' or '"' or '\'' or '/' or '\\' or ':' or '&' or ';' || char.IsControl(c));
            Assert.False(name.StartsWith('.'), name);
            Assert.Equal("text/plain", attachment["contentType"]!.GetValue<string>());
        }

        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("text/plain", download.Content.Headers.ContentType!.MediaType);
    }
}
