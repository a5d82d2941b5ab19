using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.Activities;

public sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("kontor_activities");
        builder.Property(a => a.Type).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Priority).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Direction).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.Subject).HasMaxLength(255);
        builder.Property(a => a.Description).HasMaxLength(5000);
        builder.Property(a => a.Result).HasMaxLength(5000);
        builder.Property(a => a.CustomerPhone).HasMaxLength(50);
        builder.Property(a => a.CustomerEmail).HasMaxLength(255);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.DomainEvents);
        builder.Ignore(a => a.Current);
        builder.HasOne<Deal>().WithMany().HasForeignKey(a => a.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.ResponsibleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.SetNull);
        // Counters and the planned list of a deal.
        builder.HasIndex(a => new { a.DealId, a.State, a.Deadline });
        // "My activities" by deadline.
        builder.HasIndex(a => new { a.ResponsibleId, a.State, a.Deadline });
        // The reminder sweep: planned, due, not yet sent.
        builder.HasIndex(a => new { a.State, a.RemindedAt, a.RemindAt });
    }
}

public sealed class CommunicationConfiguration : IEntityTypeConfiguration<Communication>
{
    public void Configure(EntityTypeBuilder<Communication> builder)
    {
        builder.ToTable("kontor_communications");
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Direction).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Subject).HasMaxLength(255);
        builder.Property(c => c.Note).HasMaxLength(20_000);
        builder.Property(c => c.CustomerAddress).HasMaxLength(255);
        builder.Property(c => c.Source).HasMaxLength(50);
        builder.Property(c => c.ExternalId).HasMaxLength(255);
        builder.Ignore(c => c.DomainEvents);
        builder.HasOne<Deal>().WithMany().HasForeignKey(c => c.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.LoggedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.DealId, c.Channel, c.OccurredAt });
        // Intake writes each message or call once.
        builder.HasIndex(c => new { c.Source, c.ExternalId }).IsUnique();
    }
}
