using System.Collections.Concurrent;

namespace Kontor.Tests.Support;

/// <summary>
/// One app per provider shared by the tests of a class (<c>IClassFixture&lt;SharedApps&gt;</c>), for tests that only
/// read or that compare the state before and after their own request. Tests that need a pristine database create
/// their own <see cref="KontorAppFactory"/>.
/// </summary>
public sealed class SharedApps : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Db, Lazy<Task<(KontorAppFactory App, HttpClient Admin)>>> _apps = new();

    public Task<(KontorAppFactory App, HttpClient Admin)> GetAsync(Db db) =>
        _apps.GetOrAdd(db, d => new(async () =>
        {
            var app = await KontorAppFactory.CreateAsync(d);
            return (app, await app.AdminClientAsync());
        })).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in _apps.Values)
        {
            var (app, admin) = await lazy.Value;
            admin.Dispose();
            await app.DisposeAsync();
        }
    }
}
