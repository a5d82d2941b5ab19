using Bunit;
using Kontor.Features.Deals;
using Kontor.Features.Pipelines;
using Kontor.Ui.Board;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Kontor.Tests.Ui.Components;

public sealed class LostStageDialogTests : ComponentTest
{
    private static readonly GetBoard.Column[] Lost =
    [
        new(15, "LOSE", "Verloren", "#FF5752", StageSemantic.Lost, 0, 0m, [], null),
        new(16, "ANALYSIS", "Analyse", "#E0403B", StageSemantic.Lost, 0, 0m, [], null),
    ];

    [Fact]
    public async Task The_dialog_names_the_deal_and_closes_with_the_lost_stage_chosen()
    {
        using var culture = InCulture("de-DE");
        var dialogs = RenderDialogs();

        var dialog = await ShowAsync();

        Assert.Contains("In welche Stufe soll der Auftrag „Wartungsvertrag 2026“?", dialogs.Text());
        Assert.Equal(["Verloren", "Analyse"], dialogs.FindAll(".kb-lost-choice").Select(b => b.Text()));
        dialogs.Press("Analyse");
        var result = await dialog.Result;
        Assert.Equal(16L, result?.Data);
    }

    [Fact]
    public async Task Cancelling_closes_the_dialog_without_a_stage()
    {
        using var culture = InCulture("en-US");
        var dialogs = RenderDialogs();
        var dialog = await ShowAsync();
        Assert.Contains("Close as lost", dialogs.Text());

        dialogs.Press("Cancel");

        Assert.True((await dialog.Result)?.Canceled);
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
    }

    private Task<IDialogReference> ShowAsync() =>
        Services.GetRequiredService<IDialogService>().ShowAsync<LostStageDialog>("", new DialogParameters<LostStageDialog>
        {
            { d => d.DealTitle, "Wartungsvertrag 2026" },
            { d => d.Stages, Lost },
        });
}
