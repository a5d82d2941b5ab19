using Kontor.Common;
using Kontor.Features.Deals;
using Kontor.Features.Pipelines;
using Kontor.Features.Products;

namespace Kontor.Tests.Features.Deals;

public sealed class DealTests
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Pipeline Pipeline(long id, long firstStageId)
    {
        var pipeline = new Pipeline { Id = id, Name = $"P{id}", IsDefault = id == 1 };
        pipeline.Stages.AddRange(
        [
            new Stage { Id = firstStageId, PipelineId = id, Code = "NEW", Semantic = StageSemantic.InProgress, Sort = 10 },
            new Stage { Id = firstStageId + 1, PipelineId = id, Code = "WORK", Semantic = StageSemantic.InProgress, Sort = 20 },
            new Stage { Id = firstStageId + 2, PipelineId = id, Code = "WON", Semantic = StageSemantic.Won, Sort = 30 },
            new Stage { Id = firstStageId + 3, PipelineId = id, Code = "LOSE", Semantic = StageSemantic.Lost, Sort = 40 },
        ]);
        return pipeline;
    }

    private static Deal NewDeal(Pipeline pipeline, decimal? amount = null) => Deal.Create(
        new NewDeal("Auftrag 1", "EUR", amount, null, null, [], null, [], null, null, null, null, null, null),
        pipeline, pipeline.FirstStage, userId: 7, Monday);

    private static DealProductRow Row(decimal price, decimal quantity, decimal? tax = 19m) =>
        DealProductRow.From(null, "Beratung", "h", 0, new LineItemInput(price, quantity, DiscountType.None, 0m, tax, false), 2);

    [Fact]
    public void A_new_deal_starts_open_on_the_first_stage_and_records_its_creation()
    {
        var pipeline = Pipeline(1, 10);

        var deal = NewDeal(pipeline);

        Assert.Equal(10, deal.StageId);
        Assert.False(deal.IsClosed);
        Assert.Equal(StageSemantic.InProgress, deal.StageSemantic);
        Assert.Equal(7, deal.ResponsibleId);
        Assert.Equal(new DateOnly(2026, 3, 9), deal.CloseDate);
        Assert.IsType<DealCreated>(Assert.Single(deal.DomainEvents));
    }

    [Fact]
    public void Moving_to_the_won_stage_closes_the_deal_and_records_who_and_when()
    {
        var pipeline = Pipeline(1, 10);
        var deal = NewDeal(pipeline);
        var later = Monday.AddHours(5);

        var error = deal.MoveTo(pipeline.Stages[2], userId: 8, later);

        Assert.Null(error);
        Assert.True(deal.IsClosed);
        Assert.Equal(StageSemantic.Won, deal.StageSemantic);
        Assert.Equal(later, deal.ClosedAt);
        Assert.Equal(8, deal.ClosedById);
        Assert.Equal(8, deal.MovedById);
        Assert.Equal(later, deal.MovedAt);
        var moved = Assert.Single(deal.DomainEvents.OfType<DealMoved>());
        Assert.Equal((10L, 12L), (moved.FromStageId, moved.ToStageId));
        Assert.Equal(StageSemantic.Won, Assert.Single(deal.DomainEvents.OfType<DealClosed>()).Result);
    }

    [Fact]
    public void Moving_a_closed_deal_back_to_an_in_progress_stage_reopens_it()
    {
        var pipeline = Pipeline(1, 10);
        var deal = NewDeal(pipeline);
        deal.MoveTo(pipeline.Stages[3], 7, Monday);

        deal.MoveTo(pipeline.Stages[1], 7, Monday.AddDays(1));

        Assert.False(deal.IsClosed);
        Assert.Null(deal.ClosedAt);
        Assert.Equal(StageSemantic.InProgress, deal.StageSemantic);
        Assert.Single(deal.DomainEvents.OfType<DealReopened>());
    }

    [Fact]
    public void Moving_to_a_stage_of_another_pipeline_is_refused_and_changes_nothing()
    {
        var pipeline = Pipeline(1, 10);
        var other = Pipeline(2, 20);
        var deal = NewDeal(pipeline);

        var error = deal.MoveTo(other.Stages[1], 7, Monday);

        Assert.Equal(DealErrors.StageOfAnotherPipeline, error);
        Assert.Equal(10, deal.StageId);
        Assert.Single(deal.DomainEvents);
    }

    [Fact]
    public void Moving_to_another_pipeline_places_the_deal_on_its_first_stage_and_reopens_it()
    {
        var pipeline = Pipeline(1, 10);
        var other = Pipeline(2, 20);
        var deal = NewDeal(pipeline);
        deal.MoveTo(pipeline.Stages[2], 7, Monday);

        deal.MoveToPipeline(other, 7, Monday.AddDays(1));

        Assert.Equal((2L, 20L), (deal.PipelineId, deal.StageId));
        Assert.False(deal.IsClosed);
    }

    [Fact]
    public void The_amount_and_tax_follow_the_product_rows()
    {
        var deal = NewDeal(Pipeline(1, 10));

        deal.ReplaceProductRows([Row(100m, 2m), Row(50m, 1m, tax: 7m)], 7, Monday);

        Assert.Equal(291.50m, deal.Amount);
        Assert.Equal(41.50m, deal.TaxValue);
        Assert.False(deal.IsManualAmount);
    }

    [Fact]
    public void A_manual_amount_is_not_overwritten_by_product_rows_but_the_tax_is_kept()
    {
        var deal = NewDeal(Pipeline(1, 10), amount: 5000m);

        deal.ReplaceProductRows([Row(100m, 2m)], 7, Monday);

        Assert.True(deal.IsManualAmount);
        Assert.Equal(5000m, deal.Amount);
        Assert.Equal(38m, deal.TaxValue);
    }

    [Fact]
    public void Clearing_the_manual_amount_lets_it_follow_the_rows_again()
    {
        var deal = NewDeal(Pipeline(1, 10), amount: 5000m);
        deal.ReplaceProductRows([Row(100m, 2m)], 7, Monday);

        deal.Change(new DealChanges { Amount = Optional.Of<decimal?>(null) }, 7, Monday);

        Assert.False(deal.IsManualAmount);
        Assert.Equal(238m, deal.Amount);
    }

    [Fact]
    public void Changing_fields_records_each_change_with_old_and_new_value()
    {
        var deal = NewDeal(Pipeline(1, 10));
        deal.ClearDomainEvents();

        deal.Change(new DealChanges { Title = Optional.Of("Auftrag 2"), Probability = Optional.Of<int?>(60), IsOpened = Optional.Of(true) }, 8, Monday);

        var changed = Assert.IsType<DealFieldsChanged>(Assert.Single(deal.DomainEvents));
        Assert.Equal(
            [new FieldChange("Title", "Auftrag 1", "Auftrag 2"), new FieldChange("Probability", null, "60")],
            changed.Changes);
        Assert.Equal(8, deal.UpdatedById);
    }

    [Fact]
    public void A_change_to_the_same_values_records_nothing()
    {
        var deal = NewDeal(Pipeline(1, 10));
        deal.ClearDomainEvents();

        deal.Change(new DealChanges { Title = Optional.Of("Auftrag 1") }, 8, Monday.AddDays(1));

        Assert.Empty(deal.DomainEvents);
        Assert.Equal(Monday, deal.UpdatedAt);
    }

    [Fact]
    public void History_keeps_dates_and_numbers_free_of_the_request_culture()
    {
        var deal = NewDeal(Pipeline(1, 10));
        deal.ClearDomainEvents();
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            deal.Change(new DealChanges { CloseDate = Optional.Of(new DateOnly(2026, 4, 1)), Amount = Optional.Of<decimal?>(1234.5m) }, 8, Monday);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        var changes = Assert.IsType<DealFieldsChanged>(Assert.Single(deal.DomainEvents)).Changes;
        Assert.Contains(new FieldChange("CloseDate", "2026-03-09", "2026-04-01"), changes);
        Assert.Contains(new FieldChange("Amount", "0", "1234.5"), changes);
    }
}
