using Kontor.Features.Pipelines;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.Access;

public sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> builder)
    {
        builder.ToTable("kontor_roles");
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasMany(r => r.Grants).WithOne().HasForeignKey(g => g.RoleId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> builder)
    {
        builder.ToTable("kontor_role_grants");
        builder.Property(g => g.RecordType).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Reach).HasConversion<string>().HasMaxLength(20);

        // A pipeline's or stage's overrides go with it.
        builder.HasOne<Pipeline>().WithMany().HasForeignKey(g => g.PipelineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Stage>().WithMany().HasForeignKey(g => g.StageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => g.RoleId);
    }
}

public sealed class UserRoleConfiguration : IEntityTypeConfiguration<UserRole>
{
    public void Configure(EntityTypeBuilder<UserRole> builder)
    {
        builder.ToTable("kontor_user_roles");
        builder.HasKey(ur => new { ur.UserId, ur.RoleId });
        builder.HasOne<User>().WithMany().HasForeignKey(ur => ur.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Role>().WithMany().HasForeignKey(ur => ur.RoleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(ur => ur.RoleId);
    }
}
