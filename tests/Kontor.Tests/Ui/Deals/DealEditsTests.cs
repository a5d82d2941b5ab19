using Kontor.Features.Deals;
using Kontor.Features.Pipelines;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Deals;

public sealed class DealEditsTests
{
    private static readonly DealResponse Deal = new(
        Id: 42, Title: "Auftrag 2026-0042", PipelineId: 1, StageId: 2, StageSemantic: StageSemantic.InProgress, IsClosed: false,
        Amount: 1974.21m, Currency: "EUR", IsManualAmount: false, TaxValue: 315.21m, Probability: 40, CompanyId: 3,
        ContactIds: [5, 6], ResponsibleId: 2, ObserverIds: [7], BeginDate: new DateOnly(2026, 3, 2), CloseDate: new DateOnly(2026, 3, 9),
        SourceId: "CALL", SourceDescription: null, Comments: "Rückruf am Montag", IsOpened: true,
        CreatedAt: default, CreatedById: 1, UpdatedAt: default, UpdatedById: 1, MovedAt: default, MovedById: 1, ClosedAt: null,
        ClosedById: null, Version: 3);

    [Fact]
    public void An_edited_title_becomes_a_change_of_the_title_only_trimmed()
    {
        var draft = DealDraft.From(Deal);
        draft.Title = "  Auftrag 2026-0043  ";

        var changes = DealEdits.ChangesFor(DealField.Title, draft);

        Assert.Equal(new DealChanges { Title = Kontor.Common.Optional.Of("Auftrag 2026-0043") }, changes);
    }

    [Fact]
    public void A_changed_date_touches_only_that_date()
    {
        var draft = DealDraft.From(Deal);
        draft.CloseDate = new DateTime(2026, 4, 30);

        var changes = DealEdits.ChangesFor(DealField.CloseDate, draft);

        Assert.Equal(new DateOnly(2026, 4, 30), changes.CloseDate?.Value);
        Assert.Null(changes.BeginDate);
        Assert.Null(changes.Title);
    }

    [Fact]
    public void An_amount_typed_by_hand_is_a_manual_amount()
    {
        var draft = DealDraft.From(Deal);
        draft.Amount = 2500m;

        Assert.Equal(2500m, DealEdits.ChangesFor(DealField.Amount, draft).Amount?.Value);
    }

    [Fact]
    public void Switching_to_follow_the_products_sends_an_empty_amount_and_switching_back_keeps_the_amount_shown()
    {
        var follow = DealDraft.From(Deal with { IsManualAmount = true });
        follow.FollowsProducts = true;
        var manual = DealDraft.From(Deal);
        manual.FollowsProducts = false;

        var followChanges = DealEdits.ChangesFor(DealField.FollowsProducts, follow);
        var manualChanges = DealEdits.ChangesFor(DealField.FollowsProducts, manual);

        Assert.NotNull(followChanges.Amount);
        Assert.Null(followChanges.Amount.Value.Value);
        Assert.Equal(1974.21m, manualChanges.Amount?.Value);
    }

    [Fact]
    public void Blank_text_clears_a_field_instead_of_storing_spaces()
    {
        var draft = DealDraft.From(Deal);
        draft.Comments = "   ";
        draft.SourceId = null;
        draft.SourceDescription = " Messe Hannover ";

        var comments = DealEdits.ChangesFor(DealField.Comments, draft);
        var source = DealEdits.ChangesFor(DealField.Source, draft);

        Assert.NotNull(comments.Comments);
        Assert.Null(comments.Comments.Value.Value);
        Assert.Null(source.SourceId!.Value.Value);
        Assert.Equal("Messe Hannover", source.SourceDescription?.Value);
    }

    [Fact]
    public void Observers_and_contacts_are_sent_as_the_whole_new_list_without_duplicates()
    {
        var draft = DealDraft.From(Deal);
        draft.ObserverIds.AddRange([8, 7]);
        draft.ContactIds.Remove(5);

        Assert.Equal([7L, 8L], DealEdits.ChangesFor(DealField.Observers, draft).ObserverIds);
        Assert.Equal([6L], DealEdits.ChangesFor(DealField.Contacts, draft).ContactIds);
    }

    [Fact]
    public void Removing_the_company_sends_an_empty_company()
    {
        var draft = DealDraft.From(Deal);
        draft.CompanyId = null;

        var changes = DealEdits.ChangesFor(DealField.Company, draft);

        Assert.NotNull(changes.CompanyId);
        Assert.Null(changes.CompanyId.Value.Value);
    }

    [Theory]
    [InlineData(DealField.Title, "Enter a title.")]
    [InlineData(DealField.Probability, "Enter a probability between 0 and 100.")]
    [InlineData(DealField.Amount, "Enter an amount between 0 and 100,000,000,000,000.")]
    [InlineData(DealField.Comments, "The text is too long.")]
    public void Values_the_api_would_refuse_are_refused_before_saving(DealField field, string message)
    {
        var draft = DealDraft.From(Deal);
        draft.Title = " ";
        draft.Probability = 101;
        draft.Amount = 1.00001m;
        draft.Comments = new string('x', 20_001);

        Assert.Equal(message, DealEdits.Check(field, draft));
    }

    [Fact]
    public void A_title_longer_than_the_api_allows_is_refused_and_one_that_fits_is_accepted()
    {
        var draft = DealDraft.From(Deal);

        draft.Title = new string('x', 256);
        var tooLong = DealEdits.Check(DealField.Title, draft);
        draft.Title = new string('x', 255);
        var fits = DealEdits.Check(DealField.Title, draft);

        Assert.Equal("The title is too long.", tooLong);
        Assert.Null(fits);
    }
}
