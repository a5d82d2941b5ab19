using System.Globalization;
using System.Text;

namespace Kontor.Bench;

/// <summary>The fixed parameters of the measured requests, shared by the app's requests and the baseline's SQL.</summary>
public sealed record Scenario(
    long PipelineId, IReadOnlyList<long> ResponsibleIds, decimal AmountFrom, decimal AmountTo, int PageSize, int PerStage,
    IReadOnlyList<long> OpenStageIds, IReadOnlyList<long> LookupIds)
{
    // Positions in the user list, as in the raw-SQL reference (responsibles 3, 27, 58, 101 and 160).
    private static readonly int[] ResponsiblePositions = [3, 27, 58, 101, 160];

    /// <summary>The scenario on seeded data, with <paramref name="lookups"/> random deal ids drawn from <paramref name="seed"/>.</summary>
    public static Scenario From(SeedResult data, int lookups, int seed)
    {
        var random = new Random(seed);
        return new Scenario(
            data.PipelineId,
            [.. ResponsiblePositions.Select(i => data.UserIds[i % data.UserIds.Count])],
            AmountFrom: 1_000m,
            AmountTo: 50_000m,
            PageSize: 50,
            PerStage: 20,
            [.. data.Stages.Where(s => s.Semantic == "P").Select(s => s.Id)],
            [.. Enumerable.Range(0, lookups).Select(_ => random.NextInt64(data.FirstDealId, data.LastDealId + 1))]);
    }

    public Uri ListUri
    {
        get
        {
            var url = new StringBuilder().Append(CultureInfo.InvariantCulture, $"/api/v1/deals?pipelineId={PipelineId}");
            foreach (var id in ResponsibleIds)
            {
                url.Append(CultureInfo.InvariantCulture, $"&responsibleId={id}");
            }

            url.Append(CultureInfo.InvariantCulture, $"&amountFrom={AmountFrom}&amountTo={AmountTo}&sort=-amount&limit={PageSize}");
            return new Uri(url.ToString(), UriKind.Relative);
        }
    }

    public Uri NextPageUri(string cursor) => new($"{ListUri}&cursor={Uri.EscapeDataString(cursor)}", UriKind.Relative);

    public Uri BoardUri => new(string.Create(CultureInfo.InvariantCulture, $"/api/v1/pipelines/{PipelineId}/board?perStage={PerStage}"), UriKind.Relative);

    public static Uri DealUri(long id) => new(string.Create(CultureInfo.InvariantCulture, $"/api/v1/deals/{id}"), UriKind.Relative);
}
