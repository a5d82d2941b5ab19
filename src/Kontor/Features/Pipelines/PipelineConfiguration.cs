using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.Pipelines;

public sealed class PipelineConfiguration : IEntityTypeConfiguration<Pipeline>
{
    public void Configure(EntityTypeBuilder<Pipeline> builder)
    {
        builder.ToTable("kontor_pipelines");
        builder.Property(p => p.Name).HasMaxLength(255);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Stages).WithOne().HasForeignKey(s => s.PipelineId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.FirstStage);
        builder.Ignore(p => p.CodePrefix);
    }
}

public sealed class StageConfiguration : IEntityTypeConfiguration<Stage>
{
    public void Configure(EntityTypeBuilder<Stage> builder)
    {
        builder.ToTable("kontor_stages");
        builder.Property(s => s.Code).HasMaxLength(50);
        builder.Property(s => s.NameDe).HasMaxLength(255);
        builder.Property(s => s.NameEn).HasMaxLength(255);
        builder.Property(s => s.Color).HasMaxLength(7);
        builder.Property(s => s.Semantic).HasConversion(StageSemanticCodes.Converter).HasMaxLength(1);
        builder.HasIndex(s => new { s.PipelineId, s.Code }).IsUnique();
        builder.Ignore(s => s.IsFinal);
    }
}
