using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Deals;

/// <summary>
/// The deal list as CSV, with the list's filters and sort: the deals the user may read and, of those, the ones their
/// role lets them export. Semicolons and a byte order mark, so that a spreadsheet in German opens it as it is.
/// </summary>
public static class ExportDeals
{
    public const int MaxRows = 100_000;

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        [AsParameters] ListDeals.Query query, KontorDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!db.Access.AllowsAnywhere(RecordType.Deal, AccessAction.Export))
        {
            return DealAccess.Forbidden.ToProblem();
        }

        var (csv, error) = await RunAsync(db, query, clock, ct);
        return error is null
            ? TypedResults.File(csv!, "text/csv; charset=utf-8", $"deals-{clock.GetUtcNow():yyyy-MM-dd}.csv")
            : error.ToProblem();
    }

    public static async Task<(byte[]? Csv, Error? Error)> RunAsync(KontorDb db, ListDeals.Query query, TimeProvider clock, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" }))
        {
            foreach (var header in new[] { "id", "title", "pipelineId", "stageId", "semantic", "amount", "currency", "company", "responsible", "beginDate", "closeDate", "createdAt" })
            {
                csv.WriteField(header);
            }

            await csv.NextRecordAsync();
            var page = query with { Limit = 200, Cursor = null };
            for (var rows = 0; rows < MaxRows;)
            {
                var (found, error) = await ListDeals.RunAsync(db, page, clock, ct);
                if (error is not null)
                {
                    return (null, error);
                }

                foreach (var d in found!.Items.Where(d => db.Access.Allows(RecordType.Deal, AccessAction.Export, d.ResponsibleId, d.IsOpened, d.PipelineId, d.StageId)))
                {
                    csv.WriteField(d.Id);
                    csv.WriteField(d.Title);
                    csv.WriteField(d.PipelineId);
                    csv.WriteField(d.StageId);
                    csv.WriteField(d.StageSemantic.ToString());
                    csv.WriteField(d.Amount.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(d.Currency);
                    csv.WriteField(d.CompanyName);
                    csv.WriteField(d.ResponsibleName);
                    csv.WriteField(d.BeginDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    csv.WriteField(d.CloseDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    csv.WriteField(d.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                    await csv.NextRecordAsync();
                    rows++;
                }

                if (found.Next is null)
                {
                    break;
                }

                page = page with { Cursor = found.Next };
            }
        }

        return (buffer.ToArray(), null);
    }
}
