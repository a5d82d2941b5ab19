namespace Kontor.Features.Files;

/// <summary>
/// Where file contents go, from <c>Kontor:Files</c>: <c>Store</c> is <c>database</c> (the default: one backup holds
/// everything) or <c>disk</c> with <c>Path</c> (default <c>./data/files</c>); <c>MaxBytes</c> limits a file (10 MB).
/// </summary>
public sealed record FileStorage(bool OnDisk, string Folder, long MaxBytes)
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public static FileStorage From(IConfiguration cfg)
    {
        var store = (cfg["Kontor:Files:Store"] ?? "database").ToLowerInvariant();
        if (store is not ("database" or "disk"))
        {
            throw new InvalidOperationException($"Unknown Kontor:Files:Store '{store}'. Use database or disk.");
        }

        var folder = cfg["Kontor:Files:Path"] ?? Path.Combine(Directory.GetCurrentDirectory(), "data", "files");
        return new FileStorage(store == "disk", Path.GetFullPath(folder), cfg.GetValue("Kontor:Files:MaxBytes", DefaultMaxBytes));
    }

    public string PathOf(string diskName) => Path.Combine(Folder, diskName);
}
