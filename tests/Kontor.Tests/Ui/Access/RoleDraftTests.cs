using Kontor.Features.Access;
using Kontor.Ui.Access;

namespace Kontor.Tests.Ui.Access;

public sealed class RoleDraftTests
{
    private static RoleResponse Sales() => new(
        7,
        "Sales",
        ManagePipelines: false,
        ManageCustomFields: true,
        ManageAccess: false,
        SeeAllReports: false,
        Enum.GetValues<RecordType>().ToDictionary(
            t => t,
            t => (IReadOnlyDictionary<AccessAction, Reach>)Enum.GetValues<AccessAction>().ToDictionary(
                a => a,
                a => (t, a) switch
                {
                    (RecordType.Deal, AccessAction.Read) => Reach.Department,
                    (RecordType.Deal, AccessAction.Change) => Reach.Own,
                    (RecordType.Product, AccessAction.Read) => Reach.All,
                    _ => Reach.None,
                })),
        [new PipelineRights { PipelineId = 3, Permissions = new Dictionary<AccessAction, Reach> { [AccessAction.Read] = Reach.All }, Stages = [new StageRights { StageId = 12, Change = Reach.None }] }],
        UserCount: 4,
        Version: 9);

    [Fact]
    public void A_stored_role_comes_back_unchanged_when_saved_without_edits()
    {
        var input = RoleDraft.From(Sales()).ToInput();

        Assert.Equal(("Sales", false, true, false, false), (input.Name, input.ManagePipelines, input.ManageCustomFields, input.ManageAccess, input.SeeAllReports));
        Assert.Equal(Reach.Department, input.Permissions![RecordType.Deal][AccessAction.Read]);
        Assert.Equal(Reach.Own, input.Permissions[RecordType.Deal][AccessAction.Change]);
        Assert.Equal(Reach.All, input.Permissions[RecordType.Product][AccessAction.Read]);
        Assert.Equal(36, input.Permissions.Sum(t => t.Value.Count));
        var pipeline = Assert.Single(input.Pipelines!);
        Assert.Equal(3, pipeline.PipelineId);
        Assert.Equal(new Dictionary<AccessAction, Reach> { [AccessAction.Read] = Reach.All }, pipeline.Permissions);
        Assert.Equal((12L, Reach.None), (Assert.Single(pipeline.Stages!).StageId, pipeline.Stages![0].Change));
    }

    [Fact]
    public void A_pipeline_cell_left_at_default_is_not_sent_and_follows_the_deal_row()
    {
        var draft = RoleDraft.New();
        draft.Name = "Außendienst";
        draft[RecordType.Deal, AccessAction.Add] = Reach.Own;
        var pipeline = draft.AddPipeline(5);
        pipeline.Set(AccessAction.Read, Reach.All);
        pipeline.Set(AccessAction.Change, Reach.Department);
        pipeline.Set(AccessAction.Change, null);

        var sent = Assert.Single(draft.ToInput().Pipelines!);

        Assert.Equal(new Dictionary<AccessAction, Reach> { [AccessAction.Read] = Reach.All }, sent.Permissions);
        Assert.Equal(Reach.Own, draft.EffectiveIn(pipeline, AccessAction.Add));
        Assert.Equal(Reach.All, draft.EffectiveIn(pipeline, AccessAction.Read));
    }

    [Fact]
    public void Adding_a_pipeline_or_stage_twice_keeps_one_and_a_new_stage_exception_starts_at_none()
    {
        var draft = RoleDraft.New();

        var first = draft.AddPipeline(5);
        var again = draft.AddPipeline(5);
        var stage = first.AddStage(20);
        stage.Change = Reach.Own;
        first.AddStage(20);

        Assert.Same(first, again);
        Assert.Single(draft.Pipelines);
        Assert.Equal(Reach.Own, Assert.Single(first.Stages).Change);
        Assert.Equal(Reach.None, first.AddStage(21).Change);
    }

    [Fact]
    public void Removing_a_pipeline_removes_its_stage_exceptions_with_it()
    {
        var draft = RoleDraft.From(Sales());

        draft.RemovePipeline(3);

        Assert.Empty(draft.ToInput().Pipelines!);
    }

    [Theory]
    [InlineData("", "Give the role a name.")]
    [InlineData("   ", "Give the role a name.")]
    [InlineData("Vertrieb Außendienst Nord", null)]
    public void A_role_needs_a_name(string name, string? problem)
    {
        var draft = RoleDraft.New();
        draft.Name = name;

        Assert.Equal(problem, draft.Check());
    }

    [Fact]
    public void A_name_longer_than_the_stored_column_is_refused_before_saving()
    {
        var draft = RoleDraft.New();
        draft.Name = new string('x', RoleDraft.MaxNameLength + 1);

        Assert.Equal("The name is too long.", draft.Check());
    }

    [Fact]
    public void A_new_role_reaches_nothing_until_cells_are_set()
    {
        var input = RoleDraft.New().ToInput();

        Assert.All(input.Permissions!.SelectMany(t => t.Value.Values), reach => Assert.Equal(Reach.None, reach));
        Assert.Null(RoleDraft.New().Id);
    }
}
