using System.Text.Json;
using Kontor.Common;

namespace Kontor.Bench;

/// <summary>
/// Before anything is timed, the app and the baseline must return the same rows in the same order (and the board the
/// same counts and sums); a benchmark of different answers would compare nothing.
/// </summary>
public static class CrossCheck
{
    /// <summary>Checks every measured query once and returns the app's second list page (from its cursor).</summary>
    public static async Task<Uri> RunAsync(KontorApi api, Baseline baseline, Scenario scenario, CancellationToken ct)
    {
        var page1 = await api.GetJsonAsync(scenario.ListUri, ct);
        var expected1 = await baseline.ListAsync(null, ct);
        Same("list page 1", Ids(page1.GetProperty("items")), expected1.Take(scenario.PageSize).Select(r => r.Id));

        var cursor = page1.GetProperty("next").GetString() ?? throw new InvalidOperationException("The first list page has no next cursor.");
        var page2Uri = scenario.NextPageUri(cursor);
        var page2 = await api.GetJsonAsync(page2Uri, ct);
        var expected2 = await baseline.ListAsync(expected1[scenario.PageSize - 1], ct);
        Same("list page 2", Ids(page2.GetProperty("items")), expected2.Take(scenario.PageSize).Select(r => r.Id));

        var board = await api.GetJsonAsync(scenario.BoardUri, ct);
        var columns = board.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("stageId").GetInt64());
        foreach (var expected in await baseline.BoardAsync(ct))
        {
            var column = columns[expected.StageId];
            var label = $"board stage {expected.StageId}";
            Same($"{label} count", [column.GetProperty("count").GetInt64()], [expected.Count]);
            Same($"{label} sum", [column.GetProperty("sum").GetDecimal()], [expected.Sum]);
            Same($"{label} cards", Ids(column.GetProperty("cards")), expected.Cards.Take(scenario.PerStage).Select(c => c.Id));
        }

        foreach (var id in scenario.LookupIds.Take(5))
        {
            var deal = await api.GetJsonAsync(Scenario.DealUri(id), ct);
            var expected = await baseline.DealAsync(id, ct) ?? throw new InvalidOperationException($"Deal {id} is missing.");
            Same($"deal {id}", [deal.GetProperty("id").GetInt64(), Money.ToStored(deal.GetProperty("amount").GetDecimal())],
                [Convert.ToInt64(expected.Row[0], System.Globalization.CultureInfo.InvariantCulture), AmountOf(expected)]);
        }

        return page2Uri;
    }

    private static long AmountOf(DealRecord deal) => Convert.ToInt64(deal.Row[6], System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<long> Ids(JsonElement items) => items.EnumerateArray().Select(i => i.GetProperty("id").GetInt64());

    private static void Same<T>(string what, IEnumerable<T> actual, IEnumerable<T> expected)
    {
        var (a, e) = (actual.ToList(), expected.ToList());
        if (!a.SequenceEqual(e))
        {
            throw new InvalidOperationException($"Kontor and the baseline disagree on {what}: [{string.Join(", ", a)}] vs [{string.Join(", ", e)}].");
        }
    }
}
