using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.Files;

/// <summary>An uploaded file: its name, checked content type and size; the bytes are in the database or on disk.</summary>
public sealed class StoredFile
{
    public long Id { get; private set; }

    public string Name { get; init; } = "";

    /// <summary>The type found from the file's own bytes, never the one the client claimed.</summary>
    public string ContentType { get; init; } = "";

    public long Size { get; init; }

    /// <summary>SHA-256 of the content, hex.</summary>
    public string Sha256 { get; init; } = "";

    /// <summary><c>database</c> or <c>disk</c>: where the bytes were put when the file was uploaded.</summary>
    public string Store { get; init; } = "";

    /// <summary>For disk storage: the file name under the configured folder.</summary>
    public string? DiskName { get; init; }

    public DateTime CreatedAt { get; init; }

    public long CreatedById { get; init; }
}

/// <summary>The bytes of a file kept in the database, apart from its description so that listing files never loads them.</summary>
public sealed class StoredFileContent
{
    public long FileId { get; init; }

    public byte[] Data { get; init; } = [];
}

public sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("kontor_files");
        builder.Property(f => f.Name).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.Store).HasMaxLength(10);
        builder.Property(f => f.DiskName).HasMaxLength(100);
        builder.HasOne<User>().WithMany().HasForeignKey(f => f.CreatedById).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StoredFileContentConfiguration : IEntityTypeConfiguration<StoredFileContent>
{
    public void Configure(EntityTypeBuilder<StoredFileContent> builder)
    {
        builder.ToTable("kontor_file_contents");
        builder.HasKey(c => c.FileId);
        builder.HasOne<StoredFile>().WithOne().HasForeignKey<StoredFileContent>(c => c.FileId).OnDelete(DeleteBehavior.Cascade);
    }
}
