using Kontor.Features.Customers;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.Timeline;

public sealed class TimelineConfiguration : IEntityTypeConfiguration<TimelineEntry>
{
    public void Configure(EntityTypeBuilder<TimelineEntry> builder)
    {
        builder.ToTable("kontor_timeline");
        builder.Property(e => e.OwnerType).HasMaxLength(20);
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.HasOne(e => e.Deal).WithMany().HasForeignKey(e => e.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Company>().WithMany().HasForeignKey(e => e.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(e => e.Comment).WithMany().HasForeignKey(e => e.CommentId).OnDelete(DeleteBehavior.Cascade);
        // Entries outlive what they are about: their data keeps what it was.
        builder.HasOne(e => e.Activity).WithMany().HasForeignKey(e => e.ActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(e => e.Communication).WithMany().HasForeignKey(e => e.CommunicationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(e => e.Payment).WithMany().HasForeignKey(e => e.PaymentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(e => e.Delivery).WithMany().HasForeignKey(e => e.DeliveryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.DealId, e.CreatedAt, e.Id });
        builder.HasIndex(e => new { e.DealId, e.Kind, e.CreatedAt, e.Id });
        builder.HasIndex(e => new { e.ContactId, e.CreatedAt, e.Id });
        builder.HasIndex(e => new { e.CompanyId, e.CreatedAt, e.Id });
    }
}
