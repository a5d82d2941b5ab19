[assembly: AssemblyFixture(typeof(Kontor.Tests.Support.TestRun))]

namespace Kontor.Tests.Support;

/// <summary>Lives as long as the test assembly runs; stops the servers the tests started, before the process ends.</summary>
public sealed class TestRun : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(PostgresServer.StopAsync());
}
