using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Components.Authorization;

namespace Kontor.Ui.Shared;

/// <summary>
/// Runs one unit of work on a fresh <see cref="KontorDb"/>. A Blazor circuit lives for hours; a context per action
/// keeps tracking short and every read fresh (and is what the slice cores expect: load, change, save). Each unit reads
/// with the signed-in user's rights, resolved afresh, so a changed role shows on the next click.
/// </summary>
public sealed class UiData(IServiceScopeFactory scopes, AuthenticationStateProvider auth)
{
    public async Task<T> RunAsync<T>(Func<KontorDb, IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KontorDb>();
        var user = (await auth.GetAuthenticationStateAsync()).User;
        db.Access = user.Identity?.IsAuthenticated == true
            ? await LoadAccess.ForUserAsync(db, user.Id(), CancellationToken.None) ?? AccessScope.Nothing
            : AccessScope.Nothing;
        return await work(db, scope.ServiceProvider);
    }

    public Task<T> RunAsync<T>(Func<KontorDb, Task<T>> work) => RunAsync((db, _) => work(db));
}
