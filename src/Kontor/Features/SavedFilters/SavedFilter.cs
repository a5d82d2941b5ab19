using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.SavedFilters;

/// <summary>
/// A filter of a list that a user keeps under a name. <see cref="Query"/> is the list's filter in the form of a URL
/// query (<c>status=won&amp;responsible=3</c>); it is the list's own business to read it, so it is stored as written.
/// </summary>
public sealed class SavedFilter
{
    public long Id { get; private set; }

    public long UserId { get; init; }

    /// <summary>The list it belongs to: <c>deal</c>, <c>contact</c> or <c>company</c>.</summary>
    public string Entity { get; init; } = "";

    public string Name { get; set; } = "";

    /// <summary>The name without regard to case, so that "Won" and "won" are one filter.</summary>
    public string NameKey { get; set; } = "";

    public string Query { get; set; } = "";

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public static string KeyOf(string name) => name.Trim().ToUpperInvariant();
}

public sealed class SavedFilterConfiguration : IEntityTypeConfiguration<SavedFilter>
{
    public void Configure(EntityTypeBuilder<SavedFilter> builder)
    {
        builder.ToTable("kontor_saved_filters");
        builder.Property(f => f.Entity).HasMaxLength(20);
        builder.Property(f => f.Name).HasMaxLength(SavedFilterRules.MaxNameLength);
        builder.Property(f => f.NameKey).HasMaxLength(SavedFilterRules.MaxNameLength);
        builder.Property(f => f.Query).HasMaxLength(SavedFilterRules.MaxQueryLength);
        builder.HasIndex(f => new { f.UserId, f.Entity, f.NameKey }).IsUnique();
        builder.HasOne<User>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
