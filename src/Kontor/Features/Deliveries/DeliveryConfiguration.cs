using Kontor.Features.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.Deliveries;

public sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("kontor_deliveries");
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.Carrier).HasMaxLength(100);
        builder.Property(d => d.TrackingNumber).HasMaxLength(100);
        builder.Property(d => d.Address).HasMaxLength(1000);
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.DomainEvents);
        builder.Ignore(d => d.Current);
        builder.HasOne<Deal>().WithMany().HasForeignKey(d => d.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => d.DealId);
    }
}
