using Kontor.Features.Pipelines;
using Kontor.Ui.Settings;

namespace Kontor.Tests.Ui.Settings;

public sealed class StageFormTests
{
    [Fact]
    public void A_new_stage_sends_both_names_its_meaning_and_colour()
    {
        var form = new StageForm { NameDe = " Angebot ", NameEn = "", Semantic = StageSemantic.Lost, Color = "#FF5752" };

        var request = form.ToAddRequest();

        Assert.Equal("Angebot", request.Names!.De);
        Assert.Null(request.Names.En);
        Assert.Equal(StageSemantic.Lost, request.Semantic);
        Assert.Equal("#FF5752", request.Color);
    }

    [Fact]
    public void An_edit_changes_only_the_names_given_and_the_colour()
    {
        var form = new StageForm { NameDe = "Verhandlung", NameEn = "  ", Color = "#9B7BE0" };

        var (changes, error) = form.ToChanges();

        Assert.Null(error);
        Assert.Equal(new UpdateStage.Changes("Verhandlung", null, "#9B7BE0", null), changes);
    }

    [Fact]
    public void A_stage_without_any_name_is_refused()
    {
        var (changes, error) = new StageForm { NameDe = " ", NameEn = null }.ToChanges();

        Assert.Null(changes);
        Assert.Equal("request.invalid", error?.Code);
        Assert.False(new StageForm().HasName);
    }

    [Fact]
    public void A_form_from_a_stage_holds_its_names_colour_and_meaning()
    {
        var stage = new StageResponse(5, "WON", "Auftrag bekommen", new StageNames("Auftrag bekommen", "Deal won"), StageSemantic.Won, "#7BD500", 60);

        var form = StageForm.From(stage);

        Assert.Equal(("Auftrag bekommen", "Deal won", "#7BD500", StageSemantic.Won), (form.NameDe, form.NameEn, form.Color, form.Semantic));
    }

    [Fact]
    public void The_palette_offers_twelve_distinct_valid_colours_and_finds_them_without_case()
    {
        Assert.Equal(12, StagePalette.Colors.Select(c => c.Hex).Distinct().Count());
        Assert.All(StagePalette.Colors, c => Assert.Matches(StageRules.ColorPattern, c.Hex));
        Assert.Equal("Red", StagePalette.Find("#ff5752")?.Name);
        Assert.Null(StagePalette.Find("#123456"));
    }
}
