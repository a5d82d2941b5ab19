using Kontor.Data;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Pipelines;

public static class PipelineQueries
{
    /// <summary>A tracked pipeline with all its stages, as every write needs it to check the stage rules.</summary>
    public static Task<Pipeline?> LoadPipelineAsync(this KontorDb db, long id, CancellationToken ct) =>
        db.Set<Pipeline>().Include(p => p.Stages).FirstOrDefaultAsync(p => p.Id == id, ct);
}
