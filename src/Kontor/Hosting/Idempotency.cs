using System.Security.Cryptography;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Hosting;

/// <summary>A remembered answer to a POST that carried an <c>Idempotency-Key</c>.</summary>
public sealed class IdempotencyRecord
{
    public long Id { get; private set; }

    /// <summary>The user the key belongs to (0 for anonymous requests): keys of different users never collide.</summary>
    public long UserId { get; init; }

    public string Key { get; init; } = "";

    public string RequestHash { get; init; } = "";

    public DateTime CreatedAt { get; init; }

    /// <summary>0 while the first request is still running.</summary>
    public int StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public byte[]? Body { get; set; }
}

public sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("kontor_idempotency");
        builder.Property(r => r.Key).HasMaxLength(200);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ContentType).HasMaxLength(200);
        builder.Property(r => r.Location).HasMaxLength(500);
        builder.HasIndex(r => new { r.UserId, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
    }
}

/// <summary>
/// The same key and body within 24 hours returns the first answer and creates nothing new; the same key with another
/// body is refused. A reservation row is committed before the handler runs, so concurrent retries cannot both act.
/// </summary>
public sealed class Idempotency(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public async Task InvokeAsync(HttpContext context, KontorDb db, TimeProvider clock)
    {
        var key = context.Request.Headers[Header].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0 || !context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        if (key.Length > 200)
        {
            await Write(context, new Error("idempotency.invalid_key", "The Idempotency-Key header must be at most 200 characters.", 400));
            return;
        }

        context.Request.EnableBuffering();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        context.Request.Body.Position = 0;
        var hash = Convert.ToHexStringLower(SHA256.HashData([.. System.Text.Encoding.UTF8.GetBytes($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}\n"), .. buffer.ToArray()]));
        var userId = context.User.Identity?.IsAuthenticated == true ? context.User.Id() : 0;
        var now = clock.GetUtcNow().UtcDateTime;

        var existing = await db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, context.RequestAborted);
        if (existing is not null && now - existing.CreatedAt > Lifetime)
        {
            await db.Set<IdempotencyRecord>().Where(r => r.Id == existing.Id).ExecuteDeleteAsync(context.RequestAborted);
            existing = null;
        }

        if (existing is not null)
        {
            await Replay(context, existing, hash);
            return;
        }

        var record = new IdempotencyRecord { UserId = userId, Key = key, RequestHash = hash, CreatedAt = now };
        db.Add(record);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await Write(context, InProgress);
            return;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var status = context.Response.StatusCode;
        if (status >= 500)
        {
            await db.Set<IdempotencyRecord>().Where(r => r.Id == record.Id).ExecuteDeleteAsync(CancellationToken.None);
        }
        else
        {
            var body = captured.ToArray();
            var contentType = context.Response.ContentType;
            var location = context.Response.Headers.Location.ToString();
            await db.Set<IdempotencyRecord>().Where(r => r.Id == record.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.StatusCode, status)
                .SetProperty(r => r.ContentType, contentType)
                .SetProperty(r => r.Location, location.Length == 0 ? null : location)
                .SetProperty(r => r.Body, body), CancellationToken.None);
        }

        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
    }

    private static readonly Error InProgress =
        new("idempotency.in_progress", "A request with this Idempotency-Key is still being processed.", StatusCodes.Status409Conflict);

    private static async Task Replay(HttpContext context, IdempotencyRecord record, string hash)
    {
        if (record.RequestHash != hash)
        {
            await Write(context, new Error("idempotency.key_reused", "This Idempotency-Key was used with another request.", StatusCodes.Status422UnprocessableEntity));
            return;
        }

        if (record.StatusCode == 0)
        {
            await Write(context, InProgress);
            return;
        }

        context.Response.StatusCode = record.StatusCode;
        context.Response.Headers["Idempotency-Replayed"] = "true";
        if (record.ContentType is { } type)
        {
            context.Response.ContentType = type;
        }

        if (record.Location is { } location)
        {
            context.Response.Headers.Location = location;
        }

        if (record.Body is { Length: > 0 } body)
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static Task Write(HttpContext context, Error error) => error.ToProblem().ExecuteAsync(context);
}
