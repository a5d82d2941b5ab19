using Kontor.Features.Currencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.Products;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("kontor_products");
        builder.Property(p => p.Name).HasMaxLength(255);
        builder.Property(p => p.Sku).HasMaxLength(100);
        builder.Property(p => p.Description).HasMaxLength(10_000);
        builder.Property(p => p.CurrencyCode).HasMaxLength(3);
        builder.Property(p => p.Unit).HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Currency>().WithMany().HasForeignKey(p => p.CurrencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Sku);
        builder.HasIndex(p => new { p.IsActive, p.Name });
    }
}
