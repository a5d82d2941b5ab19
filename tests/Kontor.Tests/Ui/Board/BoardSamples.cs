using Kontor.Features.Deals;
using Kontor.Features.Pipelines;

namespace Kontor.Tests.Ui.Board;

/// <summary>Boards as GetBoard returns them, built in memory for the model tests.</summary>
internal static class BoardSamples
{
    public static GetBoard.Card Card(long id, decimal amount = 100m, string currency = "EUR") =>
        new(id, $"Deal {id}", amount, currency, null, "Braun KG", 7, "Ada Braun", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), false);

    public static GetBoard.Column Open(long stageId, params GetBoard.Card[] cards) =>
        new(stageId, $"S{stageId}", $"Stage {stageId}", "#39A8EF", StageSemantic.InProgress, cards.Length, cards.Sum(c => c.Amount), cards, null);

    public static GetBoard.Column Won(long stageId) =>
        new(stageId, "WON", "Deal won", "#7BD500", StageSemantic.Won, null, null, null, null);

    public static GetBoard.Column Lost(long stageId) =>
        new(stageId, $"LOSE{stageId}", $"Lost {stageId}", "#FF5752", StageSemantic.Lost, null, null, null, null);

    public static GetBoard.Board BoardOf(params GetBoard.Column[] columns) => new(1, "EUR", columns);

    /// <summary>Two open stages (1 with deals 10 and 11, 2 with deal 20), won (3) and one lost stage (4).</summary>
    public static Kontor.Ui.Board.BoardModel Loaded(params GetBoard.Column[] finals)
    {
        var model = new Kontor.Ui.Board.BoardModel();
        GetBoard.Column[] open = [Open(1, Card(10), Card(11)), Open(2, Card(20))];
        model.Load(BoardOf([.. open, .. finals.Length > 0 ? finals : [Won(3), Lost(4)]]), model.BeginRead());
        return model;
    }
}
