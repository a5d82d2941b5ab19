using Kontor.Data;

namespace Kontor.Ui.Shared;

/// <summary>
/// Runs one unit of work on a fresh <see cref="KontorDb"/>. A Blazor circuit lives for hours; a context per action
/// keeps tracking short and every read fresh (and is what the slice cores expect: load, change, save).
/// </summary>
public sealed class UiData(IServiceScopeFactory scopes)
{
    public async Task<T> RunAsync<T>(Func<KontorDb, IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<KontorDb>(), scope.ServiceProvider);
    }

    public Task<T> RunAsync<T>(Func<KontorDb, Task<T>> work) => RunAsync((db, _) => work(db));
}
