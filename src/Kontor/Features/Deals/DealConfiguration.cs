using Kontor.Features.Currencies;
using Kontor.Features.Customers;
using Kontor.Features.Pipelines;
using Kontor.Features.Products;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.Deals;

public sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.ToTable("kontor_deals");
        builder.Property(d => d.Title).HasMaxLength(255);
        builder.Property(d => d.CurrencyCode).HasMaxLength(3);
        builder.Property(d => d.SourceId).HasMaxLength(50);
        builder.Property(d => d.SourceDescription).HasMaxLength(2000);
        builder.Property(d => d.Comments).HasMaxLength(20_000);
        builder.Property(d => d.StageSemantic).HasConversion(StageSemanticCodes.Converter).HasMaxLength(1);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.DomainEvents);

        builder.HasOne<Pipeline>().WithMany().HasForeignKey(d => d.PipelineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Stage>().WithMany().HasForeignKey(d => d.StageId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Currency>().WithMany().HasForeignKey(d => d.CurrencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Company>().WithMany().HasForeignKey(d => d.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<User>().WithMany().HasForeignKey(d => d.ResponsibleId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(d => d.Contacts).WithOne().HasForeignKey(c => c.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Observers).WithOne().HasForeignKey(o => o.DealId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.ProductRows).WithOne().HasForeignKey(r => r.DealId).OnDelete(DeleteBehavior.Cascade);

        // Board: cards of a stage newest-moved first, and per-stage sums by currency.
        builder.HasIndex(d => new { d.PipelineId, d.StageId, d.MovedAt, d.Id }).HasDatabaseName("ix_deals_board");
        builder.HasIndex(d => new { d.PipelineId, d.StageId, d.CurrencyCode, d.Amount }).HasDatabaseName("ix_deals_board_sums");
        // List: the common filters and sort keys.
        builder.HasIndex(d => new { d.ResponsibleId, d.Id });
        // The list of a pipeline filtered by responsible people and sorted by amount: one ordered range per person.
        builder.HasIndex(d => new { d.PipelineId, d.ResponsibleId, d.Amount, d.Id }).HasDatabaseName("ix_deals_pipeline_responsible_amount");
        builder.HasIndex(d => new { d.CompanyId, d.Id });
        builder.HasIndex(d => new { d.CreatedAt, d.Id });
        builder.HasIndex(d => new { d.Amount, d.Id });
        builder.HasIndex(d => new { d.CloseDate, d.Id });
    }
}

public sealed class DealContactConfiguration : IEntityTypeConfiguration<DealContact>
{
    public void Configure(EntityTypeBuilder<DealContact> builder)
    {
        builder.ToTable("kontor_deal_contacts");
        builder.HasKey(c => new { c.DealId, c.ContactId });
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ContactId);
    }
}

public sealed class DealObserverConfiguration : IEntityTypeConfiguration<DealObserver>
{
    public void Configure(EntityTypeBuilder<DealObserver> builder)
    {
        builder.ToTable("kontor_deal_observers");
        builder.HasKey(o => new { o.DealId, o.UserId });
        builder.HasOne<User>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => o.UserId);
    }
}

public sealed class DealProductRowConfiguration : IEntityTypeConfiguration<DealProductRow>
{
    public void Configure(EntityTypeBuilder<DealProductRow> builder)
    {
        builder.ToTable("kontor_deal_product_rows");
        builder.Property(r => r.Name).HasMaxLength(255);
        builder.Property(r => r.Unit).HasMaxLength(20);
        builder.Property(r => r.DiscountType).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => r.DealId);
    }
}
