using Kontor.Features.Pipelines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.CustomFields;

public sealed class FieldDefinitionConfiguration : IEntityTypeConfiguration<FieldDefinition>
{
    public void Configure(EntityTypeBuilder<FieldDefinition> builder)
    {
        builder.ToTable("kontor_custom_fields");
        builder.Property(f => f.Entity).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Code).HasMaxLength(FieldDefinition.MaxCodeLength);
        builder.Property(f => f.LabelDe).HasMaxLength(255);
        builder.Property(f => f.LabelEn).HasMaxLength(255);
        builder.Property(f => f.HelpDe).HasMaxLength(2000);
        builder.Property(f => f.HelpEn).HasMaxLength(2000);
        builder.Property(f => f.DefaultValue).HasMaxLength(20_000);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasMany(f => f.Items).WithOne().HasForeignKey(i => i.FieldId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(f => f.Pipelines).WithOne().HasForeignKey(p => p.FieldId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => new { f.Entity, f.Code }).IsUnique();
        builder.HasIndex(f => new { f.Entity, f.Sort });
    }
}

public sealed class FieldItemConfiguration : IEntityTypeConfiguration<FieldItem>
{
    public void Configure(EntityTypeBuilder<FieldItem> builder)
    {
        builder.ToTable("kontor_custom_field_items");
        builder.Property(i => i.LabelDe).HasMaxLength(255);
        builder.Property(i => i.LabelEn).HasMaxLength(255);
        builder.HasIndex(i => i.FieldId);
    }
}

public sealed class FieldPipelineConfiguration : IEntityTypeConfiguration<FieldPipeline>
{
    public void Configure(EntityTypeBuilder<FieldPipeline> builder)
    {
        builder.ToTable("kontor_custom_field_pipelines");
        builder.HasKey(p => new { p.FieldId, p.PipelineId });
        builder.HasOne<Pipeline>().WithMany().HasForeignKey(p => p.PipelineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => p.PipelineId);
    }
}
