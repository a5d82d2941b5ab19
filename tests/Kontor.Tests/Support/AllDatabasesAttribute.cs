using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace Kontor.Tests.Support;

/// <summary>Runs a theory once on SQLite and once on a real PostgreSQL: <c>[Theory, AllDatabases]</c>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllDatabasesAttribute : DataAttribute
{
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        new([new TheoryDataRow<Db>(Db.Sqlite), new TheoryDataRow<Db>(Db.Postgres)]);

    public override bool SupportsDiscoveryEnumeration() => true;
}
