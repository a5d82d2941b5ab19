using System.Globalization;
using Kontor.Common;
using Kontor.Features.Deals;
using Kontor.Features.Pipelines;
using Kontor.Realtime;

namespace Kontor.Ui.Board;

/// <summary>A card as the drag-and-drop container moves it: the deal and the stage column it is shown in.</summary>
public sealed record BoardItem(GetBoard.Card Card, long StageId);

/// <summary>An in-progress column as the board shows it; cards grow with "load more" and move optimistically.</summary>
public sealed class BoardColumn(GetBoard.Column column)
{
    public GetBoard.Column Stage { get; } = column;

    public long StageId => Stage.StageId;

    public List<GetBoard.Card> Cards { get; } = [.. column.Cards ?? []];

    public int Count { get; set; } = column.Count ?? 0;

    public decimal Sum { get; set; } = column.Sum ?? 0m;

    public string? Next { get; set; } = column.Next;

    public BoardColumn Copy()
    {
        var copy = new BoardColumn(Stage) { Count = Count, Sum = Sum, Next = Next };
        copy.Cards.Clear();
        copy.Cards.AddRange(Cards);
        return copy;
    }
}

public enum DropKind
{
    /// <summary>Dropped where it already is, or somewhere that is no stage: nothing to do.</summary>
    Stay,

    /// <summary>Move the deal to <see cref="DropDecision.StageId"/>.</summary>
    Move,

    /// <summary>Dropped on the lost area of a pipeline with several lost stages: ask which one.</summary>
    AskLost,
}

public sealed record DropDecision(DropKind Kind, long? StageId, IReadOnlyList<GetBoard.Column> Choices)
{
    public static readonly DropDecision Stay = new(DropKind.Stay, null, []);

    public static DropDecision Move(long stageId) => new(DropKind.Move, stageId, []);
}

/// <summary>The board's filter bar as the user set it.</summary>
public sealed record BoardFilter
{
    public const int MaxSearchLength = 200;

    public string? Search { get; init; }

    public long? ResponsibleId { get; init; }

    public decimal? AmountFrom { get; init; }

    public decimal? AmountTo { get; init; }

    public bool MyDeals { get; init; }

    public bool IsActive =>
        !string.IsNullOrWhiteSpace(Search) || ResponsibleId is not null || AmountFrom is not null || AmountTo is not null || MyDeals;

    /// <summary>
    /// The board query for these filters. "My deals" wins over the responsible picker (the picker is disabled while it
    /// is on); amounts outside what money can hold are clamped, and a "from" above the "to" is read the other way round.
    /// </summary>
    public GetBoard.Query ToQuery(long userId, int perStage)
    {
        var search = Search?.Trim();
        if (search is { Length: > MaxSearchLength })
        {
            search = search[..MaxSearchLength];
        }

        long[]? responsible = MyDeals ? [userId] : ResponsibleId is { } r ? [r] : null;
        var (from, to) = (Clamp(AmountFrom), Clamp(AmountTo));
        if (from is { } f && to is { } t && f > t)
        {
            (from, to) = (t, f);
        }

        return new GetBoard.Query
        {
            PerStage = Math.Clamp(perStage, 1, BoardModel.MaxPerStage),
            Q = string.IsNullOrEmpty(search) ? null : search,
            ResponsibleId = responsible,
            AmountFrom = from,
            AmountTo = to,
        };
    }

    private static decimal? Clamp(decimal? amount) => amount is { } a ? Math.Clamp(a, 0m, Money.MaxAmount) : null;
}

/// <summary>
/// The state and decisions of the kanban board, apart from rendering: which columns and cards are shown, where a drop
/// moves a deal, optimistic moves and their undo, "load more", and whether a change notice concerns this board.
/// </summary>
public sealed class BoardModel
{
    public const string WonZone = "won";

    public const string LostZone = "lost";

    public const int PageSize = 20;

    public const int MaxPerStage = 100;

    public const int MaxTitleLength = 255;

    private List<BoardColumn> _columns = [];
    private int _readTicket;
    private int _loadedTicket;

    public GetBoard.Board? Board { get; private set; }

    public long? PipelineId => Board?.PipelineId;

    /// <summary>The base currency that column sums are in.</summary>
    public string Currency => Board?.Currency ?? "EUR";

    public IReadOnlyList<BoardColumn> Columns => _columns;

    public GetBoard.Column? Won => Board?.Columns.FirstOrDefault(c => c.Semantic == StageSemantic.Won);

    public IReadOnlyList<GetBoard.Column> Lost => Board?.Columns.Where(c => c.Semantic == StageSemantic.Lost).ToList() ?? [];

    public IReadOnlyList<BoardItem> Items { get; private set; } = [];

    /// <summary>True when no in-progress column holds a deal.</summary>
    public bool IsEmpty => _columns.All(c => c.Count == 0 && c.Cards.Count == 0);

    public static string ZoneOf(long stageId) => "stage-" + stageId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Default pipeline first, then as the pipelines are listed (by sort, then id).</summary>
    public static IReadOnlyList<PipelineResponse> Ordered(IEnumerable<PipelineResponse> pipelines) =>
        [.. pipelines.OrderByDescending(p => p.IsDefault)];

    /// <summary>
    /// Cards per stage for a re-read: enough to keep what "load more" already showed (up to the query's limit), so a
    /// live refresh does not shrink a column the user has scrolled through.
    /// </summary>
    public int RefreshSize => Math.Clamp(_columns.Count == 0 ? PageSize : _columns.Max(c => c.Cards.Count), PageSize, MaxPerStage);

    /// <summary>Starts a read of the board; only the newest started read may replace the state.</summary>
    public int BeginRead() => ++_readTicket;

    /// <summary>Shows a board read; a read that finished after a newer one was started is ignored (returns false).</summary>
    public bool Load(GetBoard.Board board, int ticket)
    {
        if (ticket != _readTicket || ticket < _loadedTicket)
        {
            return false;
        }

        _loadedTicket = ticket;
        Board = board;
        _columns = [.. board.Columns.Where(c => c.Semantic == StageSemantic.InProgress).Select(c => new BoardColumn(c))];
        Rebuild();
        return true;
    }

    public void Clear()
    {
        BeginRead();
        Board = null;
        _columns = [];
        Rebuild();
    }

    /// <summary>Adds the cards of a "load more" page to a column, skipping any that a refresh already shows.</summary>
    public void Append(long stageId, Page<GetBoard.Card> page)
    {
        if (Column(stageId) is not { } column)
        {
            return;
        }

        var shown = column.Cards.Select(c => c.Id).ToHashSet();
        column.Cards.AddRange(page.Items.Where(c => shown.Add(c.Id)));
        column.Next = page.Next;
        Rebuild();
    }

    public BoardColumn? Column(long stageId) => _columns.FirstOrDefault(c => c.StageId == stageId);

    public GetBoard.Column? Stage(long stageId) => Board?.Columns.FirstOrDefault(c => c.StageId == stageId);

    /// <summary>Where a card dropped on a zone goes.</summary>
    public DropDecision Decide(BoardItem item, string? zone)
    {
        if (Board is null || zone is null)
        {
            return DropDecision.Stay;
        }

        if (zone == LostZone && Lost.Count > 1)
        {
            return new DropDecision(DropKind.AskLost, null, Lost);
        }

        long? target = zone switch
        {
            WonZone => Won?.StageId,
            LostZone => Lost.Count > 0 ? Lost[0].StageId : null,
            _ when zone.StartsWith("stage-", StringComparison.Ordinal) &&
                long.TryParse(zone.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var id) &&
                Stage(id) is not null => id,
            _ => null,
        };

        return target is { } stageId && stageId != item.StageId ? DropDecision.Move(stageId) : DropDecision.Stay;
    }

    /// <summary>The stages the "move" menu of a card offers: every stage of the pipeline but the card's own, in order.</summary>
    public IReadOnlyList<GetBoard.Column> MoveTargets(long fromStageId) =>
        Board?.Columns.Where(c => c.StageId != fromStageId).ToList() ?? [];

    /// <summary>
    /// Shows a move before it is saved: the card leaves its column and, for an in-progress stage, heads the new one
    /// (the board lists the newest-moved first). Returns the state to go back to if the save is refused.
    /// </summary>
    public Undo? Move(long dealId, long toStageId)
    {
        var from = _columns.FirstOrDefault(c => c.Cards.Any(card => card.Id == dealId));
        var target = Stage(toStageId);
        if (from is null || target is null || from.StageId == toStageId)
        {
            return null;
        }

        var undo = new Undo(_columns.Select(c => c.Copy()).ToList());
        var card = from.Cards.First(c => c.Id == dealId);
        from.Cards.Remove(card);
        from.Count = Math.Max(0, from.Count - 1);
        if (SameCurrency(card))
        {
            from.Sum -= card.Amount;
        }

        if (Column(toStageId) is { } to)
        {
            to.Cards.Insert(0, card);
            to.Count++;
            if (SameCurrency(card))
            {
                to.Sum += card.Amount;
            }
        }

        Rebuild();
        return undo;
    }

    /// <summary>Puts the columns back as they were before a refused move.</summary>
    public void Revert(Undo undo)
    {
        _columns = [.. undo.Columns.Select(c => c.Copy())];
        Rebuild();
    }

    /// <summary>
    /// True when a change notice may alter what this board shows: a deal of this pipeline, a deal shown here that
    /// has left it (moved to another pipeline or deleted), or the activities of a card shown here.
    /// </summary>
    public bool Concerns(IEnumerable<Change> changes)
    {
        if (Board is null)
        {
            return false;
        }

        return changes.Any(c => (c.Type == "deal" &&
            (c.PipelineId is null || c.PipelineId == Board.PipelineId || Items.Any(i => i.Card.Id == c.Id))) ||
            (c.Type == "timeline" && Items.Any(i => i.Card.Id == c.Id)));
    }

    /// <summary>The create request of the quick-add form, or the key of the text that says what to fix.</summary>
    public static (CreateDeal.Request? Request, string? Problem) QuickAdd(long pipelineId, long stageId, string? title, decimal? amount)
    {
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, "Enter a title.");
        }

        if (trimmed.Length > MaxTitleLength)
        {
            return (null, "The title is too long.");
        }

        if (amount is < 0m or > Money.MaxAmount)
        {
            return (null, "The amount is out of range.");
        }

        return (new CreateDeal.Request { Title = trimmed, Amount = amount, PipelineId = pipelineId, StageId = stageId }, null);
    }

    /// <summary>A refusal as one line: the detail, then each field's messages.</summary>
    public static string Describe(Error error) =>
        error.Fields is { Count: > 0 } fields
            ? error.Detail + " " + string.Join(" ", fields.SelectMany(f => f.Value.Select(m => $"{f.Key}: {m}")))
            : error.Detail;

    private static readonly string[] AvatarColors =
        ["#1E3A5F", "#2A7AB0", "#00897B", "#7B5EA7", "#C2185B", "#EF6C00", "#5D4037", "#455A64"];

    /// <summary>A steady colour per person, so the same responsible looks the same on every card.</summary>
    public static string AvatarColor(long userId) => AvatarColors[(int)((ulong)userId % (ulong)AvatarColors.Length)];

    private bool SameCurrency(GetBoard.Card card) => string.Equals(card.Currency, Currency, StringComparison.OrdinalIgnoreCase);

    private void Rebuild() =>
        Items = [.. _columns.SelectMany(c => c.Cards.Select(card => new BoardItem(card, c.StageId)))];

    public sealed record Undo(IReadOnlyList<BoardColumn> Columns);
}
