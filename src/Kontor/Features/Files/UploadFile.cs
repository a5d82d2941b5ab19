using System.Security.Cryptography;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Files;

/// <summary>
/// POST multipart/form-data with one file in the field <c>file</c>. The size is limited (413 <c>files.too_large</c>) and
/// the type is read from the content against an allow-list (415 <c>files.type_not_allowed</c>). The answer describes the
/// stored file; its id is what a file custom field holds.
/// </summary>
public static class UploadFile
{
    public sealed record FileResponse(long Id, string Name, string ContentType, long Size, string Sha256, DateTime CreatedAt)
    {
        public static FileResponse From(StoredFile f) => new(f.Id, f.Name, f.ContentType, f.Size, f.Sha256, f.CreatedAt);
    }

    /// <summary>The form an upload sends (for the API description; the handler reads the form itself).</summary>
    public sealed record Form(IFormFile File);

    // Room for the multipart boundaries and headers around the file.
    private const long Envelope = 64 * 1024;

    public static async Task<Results<Created<FileResponse>, ProblemHttpResult>> Handle(
        HttpContext http, KontorDb db, IConfiguration cfg, TimeProvider clock, CancellationToken ct)
    {
        var storage = FileStorage.From(cfg);
        if (!http.Request.HasFormContentType)
        {
            return FileErrors.NotMultipart.ToProblem();
        }

        if (http.Request.ContentLength > storage.MaxBytes + Envelope)
        {
            return FileErrors.TooLarge(storage.MaxBytes).ToProblem();
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = storage.MaxBytes + Envelope;
        }

        IFormFile? upload;
        try
        {
            var form = await http.Request.ReadFormAsync(ct);
            upload = form.Files.GetFile("file");
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return FileErrors.TooLarge(storage.MaxBytes).ToProblem();
        }

        if (upload is null || upload.Length == 0)
        {
            return Error.Validation("file", "Send one non-empty file in the form field \"file\".").ToProblem();
        }

        if (upload.Length > storage.MaxBytes)
        {
            return FileErrors.TooLarge(storage.MaxBytes).ToProblem();
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        var (file, error) = await RunAsync(db, storage, upload.FileName, buffer.ToArray(), http.User.Id(), clock, ct);
        return error is not null
            ? error.ToProblem()
            : TypedResults.Created($"/api/v1/files/{file!.Id}", FileResponse.From(file));
    }

    /// <summary>Checks and stores one file, for every surface that takes uploads.</summary>
    public static async Task<(StoredFile? File, Error? Error)> RunAsync(
        KontorDb db, FileStorage storage, string fileName, byte[] content, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (content.Length > storage.MaxBytes)
        {
            return (null, FileErrors.TooLarge(storage.MaxBytes));
        }

        var name = CleanName(fileName);
        if (FileTypes.Detect(content, name) is not { } contentType)
        {
            return (null, FileErrors.TypeNotAllowed);
        }

        var diskName = storage.OnDisk ? Guid.NewGuid().ToString("N") : null;
        var file = new StoredFile
        {
            Name = name,
            ContentType = contentType,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Store = storage.OnDisk ? "disk" : "database",
            DiskName = diskName,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedById = userId,
        };

        if (diskName is not null)
        {
            Directory.CreateDirectory(storage.Folder);
            await File.WriteAllBytesAsync(storage.PathOf(diskName), content, ct);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            db.Add(file);
            await db.SaveChangesAsync(ct);
            if (diskName is null)
            {
                db.Add(new StoredFileContent { FileId = file.Id, Data = content });
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
        }
        catch
        {
            if (diskName is not null)
            {
                File.Delete(storage.PathOf(diskName));
            }

            throw;
        }

        return (file, null);
    }

    /// <summary>The last part of the client's name without control characters; "file" when nothing is left.</summary>
    private static string CleanName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName.Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length > 255)
        {
            var extension = Path.GetExtension(name);
            name = name[..(255 - Math.Min(extension.Length, 20))] + extension[..Math.Min(extension.Length, 20)];
        }

        return name.Length == 0 ? "file" : name;
    }
}

/// <summary>GET: the file's bytes as an attachment with the type found on upload.</summary>
public static class DownloadFile
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        long id, KontorDb db, IConfiguration cfg, HttpContext http, CancellationToken ct)
    {
        var (file, content) = await RunAsync(db, FileStorage.From(cfg), id, ct);
        if (file is null)
        {
            return FileErrors.NotFound.ToProblem();
        }

        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(content!, file.ContentType, file.Name);
    }

    /// <summary>The names of files, for showing values of file fields.</summary>
    public static async Task<Dictionary<long, string>> NamesAsync(KontorDb db, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : await db.Set<StoredFile>().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, ct);

    public static async Task<(StoredFile? File, byte[]? Content)> RunAsync(KontorDb db, FileStorage storage, long id, CancellationToken ct)
    {
        var file = await db.Set<StoredFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null)
        {
            return (null, null);
        }

        var content = file.DiskName is { } diskName
            ? await File.ReadAllBytesAsync(storage.PathOf(diskName), ct)
            : await db.Set<StoredFileContent>().Where(c => c.FileId == id).Select(c => c.Data).SingleAsync(ct);
        return (file, content);
    }
}
