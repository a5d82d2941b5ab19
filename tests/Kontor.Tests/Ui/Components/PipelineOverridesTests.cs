using Bunit;
using Kontor.Features.Access;
using Kontor.Features.Pipelines;
using Kontor.Ui.Access;

namespace Kontor.Tests.Ui.Components;

public sealed class PipelineOverridesTests : ComponentTest
{
    private static readonly PipelineResponse General = new(1, "Allgemein", 10, true, 1,
    [
        new StageResponse(11, "NEW", "Neu", new StageNames("Neu", "New"), StageSemantic.InProgress, "#39A8EF", 10),
        new StageResponse(12, "PREPARATION", "Dokumente vorbereiten", new StageNames("Dokumente vorbereiten", "Document preparation"), StageSemantic.InProgress, "#2FC6F6", 20),
    ]);

    private static readonly PipelineResponse Service = new(2, "Service", 20, false, 1,
        [new StageResponse(21, "C2:NEW", "Neu", new StageNames("Neu", "New"), StageSemantic.InProgress, "#39A8EF", 10)]);

    private int _changes;

    private IRenderedComponent<PipelineOverrides> RenderOverrides(RoleDraft draft) =>
        Render<PipelineOverrides>(p => p
            .Add(o => o.Draft, draft)
            .Add(o => o.Pipelines, [General, Service])
            .Add(o => o.OnChange, () => _changes++));

    [Fact]
    public void A_pipeline_is_added_from_the_list_and_gets_its_own_row_that_follows_the_deal_row()
    {
        using var culture = InCulture("de-DE");
        var draft = RoleDraft.New();
        draft[RecordType.Deal, AccessAction.Read] = Reach.Department;
        var cut = RenderOverrides(draft);

        Assert.True(cut.Button("Pipeline-Ausnahme hinzufügen").IsDisabled());
        cut.ByLabel("Pipeline für eine Ausnahme").Change("1");
        cut.Press("Pipeline-Ausnahme hinzufügen");

        Assert.Equal(1, Assert.Single(draft.Pipelines).PipelineId);
        var read = cut.ByLabel("Pipeline Allgemein: Lesen");
        Assert.Equal("inherit", read.GetAttribute("value"));
        Assert.Equal("(Eigene Abteilung)", read.QuerySelector("option[value=inherit]")!.TextContent);
        Assert.Equal(["Service"], cut.ByLabel("Pipeline für eine Ausnahme").QuerySelectorAll("option[value]:not([value=''])").Select(o => o.TextContent));
        Assert.Equal(1, _changes);
    }

    [Fact]
    public void A_pipeline_cell_set_and_set_back_to_default()
    {
        using var culture = InCulture("de-DE");
        var draft = RoleDraft.New();
        var row = draft.AddPipeline(1);
        var cut = RenderOverrides(draft);

        cut.ByLabel("Pipeline Allgemein: Löschen").Change("Own");
        Assert.Equal(Reach.Own, row.Cells[AccessAction.Delete]);

        cut.ByLabel("Pipeline Allgemein: Löschen").Change("inherit");
        Assert.False(row.Cells.ContainsKey(AccessAction.Delete));
    }

    [Fact]
    public void A_stage_exception_changes_who_may_change_deals_in_the_stage_and_starts_at_none()
    {
        using var culture = InCulture("de-DE");
        var draft = RoleDraft.New();
        var row = draft.AddPipeline(1);
        var cut = RenderOverrides(draft);

        cut.ByLabel("Stufe für eine Ausnahme in Allgemein").Change("12");
        cut.Press("Stufen-Ausnahme hinzufügen in Allgemein");

        Assert.Equal((12L, Reach.None), (Assert.Single(row.Stages).StageId, row.Stages[0].Change));
        var cell = cut.ByLabel("Stufe Dokumente vorbereiten: Ändern");
        Assert.Equal("None", cell.GetAttribute("value"));
        cell.Change("Own");
        Assert.Equal(Reach.Own, row.Stages[0].Change);

        cut.Press("Ausnahme für Stufe Dokumente vorbereiten entfernen");
        Assert.Empty(row.Stages);
    }

    [Fact]
    public void Removing_a_pipeline_exception_puts_the_pipeline_back_in_the_list()
    {
        using var culture = InCulture("en-US");
        var draft = RoleDraft.New();
        draft.AddPipeline(2).AddStage(21);
        var cut = RenderOverrides(draft);

        cut.Press("Remove the exception for pipeline Service");

        Assert.Empty(draft.Pipelines);
        Assert.Contains("Service", cut.ByLabel("Pipeline for an exception").TextContent, StringComparison.Ordinal);
        Assert.Contains("All pipelines follow the deal row of the matrix.", cut.Text(), StringComparison.Ordinal);
    }
}
