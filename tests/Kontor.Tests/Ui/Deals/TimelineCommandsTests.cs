using Kontor.Common;
using Kontor.Features.Comments;
using Kontor.Features.Deliveries;
using Kontor.Features.Payments;
using Kontor.Features.Timeline;
using Kontor.Features.Users;
using Kontor.Tests.Support;
using Kontor.Ui.Activities;
using Kontor.Ui.Deals;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Ui.Deals;

/// <summary>What the deal page's timeline changes, through the same slice cores as the API.</summary>
public sealed class TimelineCommandsTests
{
    [Theory, AllDatabases]
    public async Task The_author_pins_edits_and_deletes_a_comment_and_the_pinned_one_is_shown_above_the_stream(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var (deal, admin) = await DealAsync(app);
        var comment = await CommentAsync(app, deal, admin, "Erster Stand");

        var pinned = await RunAsync(app, new TimelineCommand.PinComment(comment.Id, true), admin);
        var page = await app.WithDbAsync(d => DealView.TimelineAsync(d, deal, null, [], admin, app.Clock, default));
        var shown = page.Page!.Pinned.Single();
        var edited = await RunAsync(app, new TimelineCommand.EditComment(comment.Id, shown.Version, "Neuer Stand"), admin);
        var stale = await RunAsync(app, new TimelineCommand.EditComment(comment.Id, shown.Version, "Überholt"), admin);
        var current = await app.WithDbAsync(d => CommentResponse.ReadOneAsync(d, comment.Id, default));
        var deleted = await RunAsync(app, new TimelineCommand.DeleteComment(comment.Id, current!.Version), admin);

        Assert.Null(pinned);
        Assert.Equal(comment.Id, shown.Id);
        Assert.DoesNotContain(page.Page.Items, i => i.Kind == TimelineKinds.Comment);
        Assert.Null(edited);
        Assert.Equal("concurrency.precondition_failed", stale?.Code);
        Assert.Equal("Neuer Stand", current.Text);
        Assert.True(current.IsEdited);
        Assert.Null(deleted);
        Assert.Null(await app.WithDbAsync(d => CommentResponse.ReadOneAsync(d, comment.Id, default)));
    }

    [Theory, AllDatabases]
    public async Task Someone_else_may_pin_a_comment_but_neither_edit_nor_delete_it(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var (deal, admin) = await DealAsync(app);
        var bernd = await app.UserAsync("bernd@kontor.test");
        var comment = await CommentAsync(app, deal, admin, "Von Anna");

        var pinned = await RunAsync(app, new TimelineCommand.PinComment(comment.Id, true), bernd);
        var edited = await RunAsync(app, new TimelineCommand.EditComment(comment.Id, comment.Version + 1, "Von Bernd"), bernd);
        var deleted = await RunAsync(app, new TimelineCommand.DeleteComment(comment.Id, comment.Version + 1), bernd);
        var stored = await app.WithDbAsync(d => CommentResponse.ReadOneAsync(d, comment.Id, default));

        Assert.Null(pinned);
        Assert.Equal("comments.not_author", edited?.Code);
        Assert.Equal("comments.not_author", deleted?.Code);
        Assert.Equal("Von Anna", stored!.Text);
        Assert.True(stored.IsPinned);
    }

    [Theory, AllDatabases]
    public async Task An_edit_to_blank_text_is_refused_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var (deal, admin) = await DealAsync(app);
        var comment = await CommentAsync(app, deal, admin, "Bleibt");

        var error = await RunAsync(app, new TimelineCommand.EditComment(comment.Id, comment.Version, "   "), admin);

        Assert.Equal("request.invalid", error?.Code);
        Assert.Equal("Bleibt", (await app.WithDbAsync(d => CommentResponse.ReadOneAsync(d, comment.Id, default)))!.Text);
    }

    [Theory, AllDatabases]
    public async Task A_payment_is_changed_from_its_form_over_the_version_shown_and_deleted_with_a_note_in_the_timeline(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var (deal, admin) = await DealAsync(app);
        var http = await app.AdminClientAsync();
        var id = (await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 500, reference = "RE-1" })).Id();
        var form = await app.WithDbAsync(async d => PaymentForm.From(PaymentResponse.From((await RecordPayment.LoadAsync(d, id, default)).Payment!)));
        form.Amount = 750m;
        form.Reference = "  ";

        var changed = await app.WithDbAsync(d => RecordPayment.ChangeAsync(d, id, form.Input(), v => v == form.Version, admin, app.Clock, default));
        var stale = await app.WithDbAsync(d => RecordPayment.ChangeAsync(d, id, form.Input() with { Amount = 1m }, v => v == form.Version, admin, app.Clock, default));
        var deleted = await RunAsync(app, new TimelineCommand.DeletePayment(id), admin);
        var kinds = await app.WithDbAsync(d => d.Set<TimelineEntry>().Where(e => e.Kind == TimelineKinds.Payment).OrderBy(e => e.Id)
            .Select(e => new { e.Data, e.PaymentId }).ToListAsync());

        Assert.Null(changed);
        Assert.Equal("concurrency.precondition_failed", stale?.Code);
        Assert.Null(deleted);
        Assert.False(await app.WithDbAsync(d => d.Set<Payment>().AnyAsync()));
        Assert.Equal(3, kinds.Count);
        Assert.Contains("\"amount\":750", kinds[1].Data, StringComparison.Ordinal);
        Assert.Contains("\"reference\":null", kinds[1].Data, StringComparison.Ordinal);
        Assert.Contains("\"event\":\"deleted\"", kinds[2].Data, StringComparison.Ordinal);
        Assert.All(kinds, k => Assert.Null(k.PaymentId));
    }

    [Theory, AllDatabases]
    public async Task A_delivery_is_changed_from_its_form_and_deleted(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var (deal, admin) = await DealAsync(app);
        var http = await app.AdminClientAsync();
        var id = (await http.PostJsonAsync($"/api/v1/deals/{deal}/deliveries", new { state = "shipped", carrier = "DHL", shippedAt = "2026-03-02" })).Id();
        var form = await app.WithDbAsync(async d => DeliveryForm.From(DeliveryResponse.From((await RecordDelivery.LoadAsync(d, id, default)).Delivery!)));
        form.State = DeliveryState.Delivered;
        form.DeliveredAt = new DateTime(2026, 3, 1);

        var early = await app.WithDbAsync(d => RecordDelivery.ChangeAsync(d, id, form.Input(), v => v == form.Version, admin, app.Clock, default));
        form.DeliveredAt = new DateTime(2026, 3, 4);
        var changed = await app.WithDbAsync(d => RecordDelivery.ChangeAsync(d, id, form.Input(), v => v == form.Version, admin, app.Clock, default));
        var stored = await http.GetJsonAsync($"/api/v1/deliveries/{id}");
        var deleted = await RunAsync(app, new TimelineCommand.DeleteDelivery(id), admin);

        Assert.Equal("request.invalid", early?.Code);
        Assert.Null(changed);
        Assert.Equal("delivered", stored["state"]!.GetValue<string>());
        Assert.Equal("2026-03-04", stored["deliveredAt"]!.GetValue<string>());
        Assert.Null(deleted);
        Assert.False(await app.WithDbAsync(d => d.Set<Delivery>().AnyAsync()));
    }

    [Theory, AllDatabases]
    public async Task Deleting_a_payment_that_is_gone_already_is_refused_as_not_found(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var (deal, admin) = await DealAsync(app);
        var http = await app.AdminClientAsync();
        var id = (await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 500 })).Id();
        await RunAsync(app, new TimelineCommand.DeletePayment(id), admin);

        var again = await RunAsync(app, new TimelineCommand.DeletePayment(id), admin);
        var entries = await app.WithDbAsync(d => d.Set<TimelineEntry>().CountAsync(e => e.Kind == TimelineKinds.Payment));

        Assert.Equal("payments.not_found", again?.Code);
        Assert.Equal(2, entries);
    }

    private static Task<Error?> RunAsync(KontorAppFactory app, TimelineCommand command, long userId) =>
        app.WithDbAsync(d => TimelineCommands.RunAsync(d, command, userId, app.Clock, default));

    private static async Task<(long Deal, long Admin)> DealAsync(KontorAppFactory app)
    {
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Schaltschrank Halle 3", amount = 14500 })).Id();
        var admin = await app.WithDbAsync(d => d.Set<User>().Where(u => u.Email == KontorAppFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        return (deal, admin);
    }

    private static async Task<CommentResponse> CommentAsync(KontorAppFactory app, long deal, long author, string text)
    {
        var (comment, _) = await app.WithDbAsync(d => PostComment.RunAsync(d, Owner.Deal(deal), text, author, app.Clock, default));
        return (await app.WithDbAsync(d => CommentResponse.ReadOneAsync(d, comment!.Id, default)))!;
    }
}
