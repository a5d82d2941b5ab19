using NetArchTest.Rules;

namespace Kontor.Tests.Architecture;

/// <summary>Boundaries are folders; these rules keep them (DESIGN.md §2).</summary>
public sealed class DependencyRulesTests
{
    private static Types Kontor => Types.InAssembly(typeof(Program).Assembly);

    private static void AssertHolds(NetArchTest.Rules.TestResult result) =>
        Assert.True(result.IsSuccessful, "Breaking types: " + string.Join(", ", result.FailingTypeNames ?? []));

    [Fact]
    public void Features_do_not_use_the_dialect_realtime_or_ui() =>
        AssertHolds(Kontor.That().ResideInNamespace("Kontor.Features")
            .ShouldNot().HaveDependencyOnAny("Kontor.Compat", "Kontor.Realtime", "Kontor.Ui").GetResult());

    [Fact]
    public void Common_uses_no_feature() =>
        AssertHolds(Kontor.That().ResideInNamespace("Kontor.Common")
            .ShouldNot().HaveDependencyOnAny("Kontor.Features", "Kontor.Hosting", "Kontor.Compat", "Kontor.Realtime", "Kontor.Ui").GetResult());

    [Fact]
    public void Data_knows_only_entities_and_common() =>
        AssertHolds(Kontor.That().ResideInNamespace("Kontor.Data").And().DoNotResideInNamespace("Kontor.Data.Migrations")
            .ShouldNot().HaveDependencyOnAny("Kontor.Hosting", "Kontor.Compat", "Kontor.Realtime", "Kontor.Ui").GetResult());

    [Fact]
    public void Nothing_uses_the_dialect_realtime_or_ui_except_themselves_and_hosting()
    {
        foreach (var layer in new[] { "Kontor.Compat", "Kontor.Realtime", "Kontor.Ui" })
        {
            AssertHolds(Kontor.That().ResideInNamespace("Kontor.Features").Or().ResideInNamespace("Kontor.Common").Or().ResideInNamespace("Kontor.Data")
                .ShouldNot().HaveDependencyOn(layer).GetResult());
        }
    }
}
