using System.Globalization;
using Kontor.Common;
using Kontor.Features.Access;
using Kontor.Features.Deals;
using Kontor.Features.Pipelines;
using Kontor.Features.Users;
using Kontor.Realtime;
using Kontor.Ui.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Kontor.Ui.Board;

/// <summary>The kanban board of one pipeline: a column per in-progress stage, drop areas to close deals, live.</summary>
public sealed partial class BoardPage
{
    private readonly BoardModel _model = new();
    private IReadOnlyList<PipelineResponse> _pipelines = [];
    private IReadOnlyList<UserResponse> _users = [];
    private BoardFilter _filter = new();
    private MudDropContainer<BoardItem>? _container;
    private MudDropContainer<BoardItem>? _watched;
    private RefreshSchedule? _refresh;
    private IDisposable? _changes;
    private IJSObjectReference? _module;
    private long? _pipelineId;
    private long _userId;
    private long? _quickAdd;
    private long? _loadingMore;
    private bool _loading;
    private bool _notFound;
    private bool _touch;
    private bool _moving;
    private bool _filtersOpen;
    private bool _disposed;
    private AccessScope _access = AccessScope.Nothing;

    [Parameter]
    public long? PipelineId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> Auth { get; set; } = default!;

    [Inject]
    private IStringLocalizer<BoardText> T { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Access.AccessText> AccessText { get; set; } = default!;

    [Inject]
    private UiData Data { get; set; } = default!;

    [Inject]
    private ChangeFeed Feed { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    private static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private int ActiveFilterCount =>
        (_filter.ResponsibleId is not null && !_filter.MyDeals ? 1 : 0) + (_filter.AmountFrom is not null ? 1 : 0) +
        (_filter.AmountTo is not null ? 1 : 0) + (_filter.MyDeals ? 1 : 0);

    private long? ResponsibleShown => _filter.MyDeals ? _userId : _filter.ResponsibleId;

    protected override async Task OnInitializedAsync()
    {
        _userId = (await Auth).User.Id();
        _refresh = new RefreshSchedule(RefreshSchedule.DefaultDelay, Clock, () => InvokeAsync(() => ReloadAsync(_model.RefreshSize)));
        _changes = Feed.Subscribe(OnChangedAsync);

        (_pipelines, _users) = await Data.RunAsync(async db =>
        {
            var pipelines = BoardModel.Ordered((await ListPipelines.RunAsync(db, Language, CancellationToken.None)).Items);
            var users = await ListUsers.Handle(new ListUsers.Query { Limit = 200 }, db, CancellationToken.None);
            return (pipelines, users.Result is Ok<Page<UserResponse>> ok ? ok.Value!.Items : (IReadOnlyList<UserResponse>)[]);
        });
    }

    protected override async Task OnParametersSetAsync()
    {
        var id = PipelineId ?? (_pipelines.Count > 0 ? _pipelines[0].Id : null);
        if (id == _pipelineId && _model.Board is not null)
        {
            return;
        }

        _pipelineId = id;
        _quickAdd = null;
        _model.Clear();
        if (id is null)
        {
            _notFound = true;
            return;
        }

        await ReloadAsync(BoardModel.PageSize);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_container is not null && _container != _watched)
        {
            // A drag that is cancelled never reaches ItemDropped; the container's end event covers both.
            _watched = _container;
            _container.TransactionEnded += TransactionEnded;
        }

        if (!firstRender)
        {
            return;
        }

        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./Ui/Board/BoardPage.razor.js");
            _touch = await _module.InvokeAsync<bool>("isTouch");
            if (_touch)
            {
                StateHasChanged();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit went away while the page opened; nothing left to set up.
        }
    }

    private async Task ReloadAsync(int perStage)
    {
        if (_disposed || _pipelineId is not { } id)
        {
            return;
        }

        var ticket = _model.BeginRead();
        _loading = true;
        StateHasChanged();
        try
        {
            var query = _filter.ToQuery(_userId, perStage);
            var (board, access) = await Data.RunAsync(async db => (await GetBoard.RunAsync(db, id, query, Language, Clock, CancellationToken.None), db.Access));
            _access = access;
            if (board is null)
            {
                _notFound = true;
                _model.Clear();
            }
            else if (_model.Load(board, ticket))
            {
                _notFound = false;
                _container?.Refresh();
            }
        }
        finally
        {
            _loading = false;
            StateHasChanged();
        }
    }

    private Task OnChangedAsync(IReadOnlyList<Change> changes) =>
        InvokeAsync(() =>
        {
            if (_model.Concerns(changes))
            {
                _refresh?.Request();
            }
        });

    private void SwitchPipeline(long id) => Navigation.NavigateTo($"board/{id}");

    private Task SearchChanged(string? value) => FilterAsync(_filter with { Search = value });

    private Task ResponsibleChanged(long? value) => FilterAsync(_filter with { ResponsibleId = value });

    private Task AmountFromChanged(decimal? value) => FilterAsync(_filter with { AmountFrom = value });

    private Task AmountToChanged(decimal? value) => FilterAsync(_filter with { AmountTo = value });

    private Task MyDealsChanged(bool value) => FilterAsync(_filter with { MyDeals = value });

    private Task ClearFiltersAsync() => FilterAsync(new BoardFilter());

    private async Task FilterAsync(BoardFilter filter)
    {
        if (filter == _filter)
        {
            return;
        }

        _filter = filter;
        await ReloadAsync(BoardModel.PageSize);
    }

    private string PipelineName(long id) => _pipelines.FirstOrDefault(p => p.Id == id)?.Name ?? "";

    private string UserName(long? id) => id is { } value ? _users.FirstOrDefault(u => u.Id == value)?.Name ?? "" : "";

    /// <summary>A refusal in the user's language: the access refusals (a stage the role may not enter) are translated.</summary>
    private string Describe(Error error) =>
        AccessText[error.Code] is { ResourceNotFound: false } known ? known.Value : BoardModel.Describe(error);

    /// <summary>
    /// Whether the card can be moved by this user: their change reach in its stage covers it. A deal flagged "visible to
    /// everyone" is not known here, so the all-open reach counts it in; the core decides on the move.
    /// </summary>
    private bool MayMove(BoardItem item) =>
        _access.Allows(RecordType.Deal, AccessAction.Change, item.Card.ResponsibleId, isOpened: true, _pipelineId, item.StageId);

    private bool MayAdd => _access.ReachOf(RecordType.Deal, AccessAction.Add, _pipelineId) != Reach.None;

    private string CountText(int count) => count == 1 ? T["1 deal"] : T["{0} deals", count];

    private void Picked() => _refresh?.Hold();

    private void TransactionEnded(object? sender, EventArgs e) => _refresh?.Release();

    private async Task DroppedAsync(MudItemDropInfo<BoardItem> drop)
    {
        if (drop.Item is not { } item)
        {
            return;
        }

        var decision = _model.Decide(item, drop.DropzoneIdentifier);
        var stageId = decision.Kind switch
        {
            DropKind.Move => decision.StageId,
            DropKind.AskLost => await AskLostStageAsync(item.Card, decision.Choices),
            _ => null,
        };
        if (stageId is { } target)
        {
            // A card dropped on a column is its own confirmation; one dropped on a closing area disappears, so say where it went.
            await MoveAsync(item.Card, target, announce: _model.Column(target) is null);
        }
        else
        {
            _container?.Refresh();
        }
    }

    private async Task<long?> AskLostStageAsync(GetBoard.Card card, IReadOnlyList<GetBoard.Column> stages)
    {
        var parameters = new DialogParameters<LostStageDialog>
        {
            { d => d.DealTitle, card.Title },
            { d => d.Stages, stages },
        };
        var dialog = await Dialogs.ShowAsync<LostStageDialog>(T["Close as lost"], parameters, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: long id } ? id : null;
    }

    private async Task MoveAsync(GetBoard.Card card, long stageId, bool announce)
    {
        if (_model.Move(card.Id, stageId) is not { } undo)
        {
            return;
        }

        var stageName = _model.Stage(stageId)?.Name ?? "";
        _moving = true;
        _refresh?.Hold();
        _container?.Refresh();
        StateHasChanged();
        try
        {
            var error = await Data.RunAsync(db => SaveMoveAsync(db, card.Id, stageId));
            if (error is null)
            {
                if (announce)
                {
                    Snackbar.Add(T["Moved to {0}.", stageName], Severity.Success);
                }
            }
            else
            {
                _model.Revert(undo);
                _container?.Refresh();
                Snackbar.Add(T["The deal could not be moved: {0}", Describe(error)], Severity.Error);
            }
        }
        finally
        {
            _moving = false;
            _refresh?.Release();
        }

        await ReloadAsync(_model.RefreshSize);
    }

    private async Task<Error?> SaveMoveAsync(Data.KontorDb db, long dealId, long stageId)
    {
        var deal = await db.LoadDealAsync(dealId, CancellationToken.None);
        if (deal is null)
        {
            return DealErrors.NotFound;
        }

        if (await UpdateDeal.RunAsync(db, deal, new DealChanges(), null, stageId, _userId, Clock, CancellationToken.None) is { } error)
        {
            return error;
        }

        try
        {
            await db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return DealErrors.Conflict;
        }
    }

    private async Task<string?> CreateAsync(long stageId, string? title, decimal? amount)
    {
        if (_pipelineId is not { } pipelineId)
        {
            return null;
        }

        var (request, problem) = BoardModel.QuickAdd(pipelineId, stageId, title, amount);
        if (problem is not null)
        {
            return T[problem];
        }

        var (_, error) = await Data.RunAsync(db => CreateDeal.RunAsync(db, request!, _userId, Clock, CancellationToken.None));
        if (error is not null)
        {
            return T["The deal could not be created: {0}", Describe(error)];
        }

        _quickAdd = null;
        Snackbar.Add(T["Deal created."], Severity.Success);
        await ReloadAsync(_model.RefreshSize);
        return null;
    }

    private async Task LoadMoreAsync(BoardColumn column)
    {
        if (_pipelineId is not { } id || column.Next is not { } cursor)
        {
            return;
        }

        _loadingMore = column.StageId;
        try
        {
            var query = _filter.ToQuery(_userId, BoardModel.PageSize);
            var (page, error) = await Data.RunAsync(db => GetBoard.MoreAsync(db, id, column.StageId, query, cursor, Clock, CancellationToken.None));
            if (error is not null)
            {
                Snackbar.Add(T["More deals could not be loaded: {0}", Describe(error)], Severity.Error);
            }
            else
            {
                _model.Append(column.StageId, page!);
                _container?.Refresh();
            }
        }
        finally
        {
            _loadingMore = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _changes?.Dispose();
        if (_watched is not null)
        {
            _watched.TransactionEnded -= TransactionEnded;
        }

        _refresh?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; the module went with it.
            }
        }
    }
}
