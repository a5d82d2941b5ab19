using System.Net;
using System.Net.Http.Json;
using Kontor.Features.Comments;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Features.Comments;

public sealed class CommentsApiTests
{
    [Theory, AllDatabases]
    public async Task Only_the_author_edits_and_deletes_and_every_edit_keeps_the_old_text(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        await app.UserAsync("bernd@kontor.test");
        var bernd = await app.ClientForAsync("bernd@kontor.test", "user-password-1");
        var deal = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Kommentare" })).Id();
        var comment = await admin.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = "Erste Fassung" });

        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var edited = await admin.PatchJsonAsync($"/api/v1/comments/{comment.Id()}", new { text = "Zweite *Fassung*" });
        var foreignEdit = await bernd.PatchJsonAsync($"/api/v1/comments/{comment.Id()}", new { text = "Übernommen" });
        var foreignDelete = await bernd.DeleteAsync($"/api/v1/comments/{comment.Id()}");
        var revisions = await admin.GetJsonAsync($"/api/v1/comments/{comment.Id()}/revisions");
        var read = await edited.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.True(read["isEdited"]!.GetValue<bool>());
        Assert.Equal("<p>Zweite <em>Fassung</em></p>", read["html"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, foreignEdit.StatusCode);
        Assert.Equal("comments.not_author", (await foreignEdit.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.Forbidden, foreignDelete.StatusCode);
        Assert.Equal("Erste Fassung", revisions[0]!["text"]!.GetValue<string>());
        Assert.Single(revisions.AsArray());

        var deleted = await admin.DeleteAsync($"/api/v1/comments/{comment.Id()}");
        var gone = await admin.GetAsync($"/api/v1/comments/{comment.Id()}");
        var timeline = await admin.GetJsonAsync($"/api/v1/deals/{deal}/timeline?kind=comment");
        var kept = await app.WithDbAsync(d => d.Set<Comment>().Include(c => c.Revisions).SingleAsync(c => c.Id == comment.Id()));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("comments.not_found", (await gone.JsonAsync()).Code());
        Assert.Empty(timeline["items"]!.AsArray());
        Assert.NotNull(kept.DeletedAt);
        Assert.Single(kept.Revisions);
    }

    [Theory, AllDatabases]
    public async Task A_stale_if_match_is_412_and_a_concurrent_edit_is_a_conflict(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Versionen" })).Id();
        var created = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/comments", new { text = "v1" });
        var etag = created.Headers.ETag!.Tag;
        var id = (await created.JsonAsync()).Id();

        var fresh = await http.PatchJsonAsync($"/api/v1/comments/{id}", new { text = "v2" }, ifMatch: etag);
        var stale = await http.PatchJsonAsync($"/api/v1/comments/{id}", new { text = "v3" }, ifMatch: etag);

        await using var a = app.Services.CreateAsyncScope();
        await using var b = app.Services.CreateAsyncScope();
        var dbA = a.ServiceProvider.GetRequiredService<Kontor.Data.KontorDb>();
        var dbB = b.ServiceProvider.GetRequiredService<Kontor.Data.KontorDb>();
        var inA = await dbA.Set<Comment>().SingleAsync(c => c.Id == id);
        var inB = await dbB.Set<Comment>().SingleAsync(c => c.Id == id);
        inA.Edit(1, CommentRules.Render("from A"), app.Clock.GetUtcNow().UtcDateTime);
        inB.Edit(1, CommentRules.Render("from B"), app.Clock.GetUtcNow().UtcDateTime);
        await dbA.SaveChangesAsync();

        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("concurrency.precondition_failed", (await stale.JsonAsync()).Code());
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
        Assert.Equal("from A", (await http.GetJsonAsync($"/api/v1/comments/{id}"))["text"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Bad_comments_are_refused_and_change_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db, settings: new Dictionary<string, string?> { ["Kontor:Attachments:MaxBytes"] = "1000" });
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Fehler" })).Id();
        var comment = await http.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = "ok" });

        var empty = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/comments", new { text = "" });
        var unknownField = await http.PostAsync($"/api/v1/deals/{deal}/comments", Api.Raw("{\"text\":\"x\",\"pinned\":true}"));
        var tooLong = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/comments", new { text = new string('x', 20_001) });
        var noDeal = await http.PostAsJsonAsync("/api/v1/deals/999999/comments", new { text = "x" });
        var readOnly = await http.PatchJsonAsync($"/api/v1/comments/{comment.Id()}", new { html = "<b>x</b>" });
        using var big = new MultipartFormDataContent { { new ByteArrayContent(new byte[1001]), "files", "big.bin" } };
        var tooLarge = await http.PostAsync($"/api/v1/comments/{comment.Id()}/attachments", big);
        using var none = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        var noFiles = await http.PostAsync($"/api/v1/comments/{comment.Id()}/attachments", none);

        Assert.Equal((HttpStatusCode.BadRequest, "request.invalid"), (empty.StatusCode, (await empty.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "request.malformed_json"), (unknownField.StatusCode, (await unknownField.JsonAsync()).Code()));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "deals.not_found"), (noDeal.StatusCode, (await noDeal.JsonAsync()).Code()));
        Assert.Equal(HttpStatusCode.BadRequest, readOnly.StatusCode);
        Assert.Equal((HttpStatusCode.RequestEntityTooLarge, "comments.attachment_too_large"), (tooLarge.StatusCode, (await tooLarge.JsonAsync()).Code()));
        Assert.Equal(HttpStatusCode.BadRequest, noFiles.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(d => d.Set<Comment>().CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<Attachment>().CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task An_uploaded_file_is_downloaded_byte_for_byte(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "PDF" })).Id();
        var comment = await http.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = "Angebot anbei" });
        var pdf = "%PDF-1.7\n%äöü\n1 0 obj\n"u8.ToArray();

        using var form = new MultipartFormDataContent { { new ByteArrayContent(pdf), "files", "Angebot 42.pdf" } };
        var result = await (await http.PostAsync($"/api/v1/comments/{comment.Id()}/attachments", form)).JsonAsync();
        var attachment = result["attachments"]![0]!;
        var download = await http.GetAsync(attachment["url"]!.GetValue<string>());

        Assert.Equal("Angebot 42.pdf", attachment["fileName"]!.GetValue<string>());
        Assert.Equal("application/pdf", attachment["contentType"]!.GetValue<string>());
        Assert.Equal(pdf.Length, attachment["size"]!.GetValue<long>());
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("Angebot 42.pdf", download.Content.Headers.ContentDisposition!.FileNameStar);
    }
}
