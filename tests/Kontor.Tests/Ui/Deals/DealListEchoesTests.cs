using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Deals;

public sealed class DealListEchoesTests
{
    [Fact]
    public void A_late_echo_of_an_earlier_filter_is_told_apart_from_the_users_own_navigation()
    {
        var echoes = new DealListEchoes();
        var pieces = DealListFilter.Default.WithCustomField("UF_CRM_PIECES.from", "20");
        var cleared = pieces.WithCustomField("UF_CRM_PIECES.from", " ");
        var order = cleared.WithCustomField("UF_CRM_ORDER", "4711");
        echoes.Expect(pieces);
        echoes.Expect(cleared);
        echoes.Expect(order);

        // The browser reports the three writes in order, the first only after the user typed the third.
        var first = echoes.IsEcho(DealListFilter.Parse(pieces.ToQueryString()));
        var third = echoes.IsEcho(DealListFilter.Parse(order.ToQueryString()));

        // Going back to the first filter afterwards is the user's: its echo was used up.
        var back = echoes.IsEcho(DealListFilter.Parse(pieces.ToQueryString()));
        var second = echoes.IsEcho(cleared);

        Assert.Equal((true, true, false, false), (first, third, back, second));
    }
}
