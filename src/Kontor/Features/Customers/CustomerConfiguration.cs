using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.Customers;

public sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("kontor_companies");
        builder.Property(c => c.Name).HasMaxLength(255);
        builder.Property(c => c.Industry).HasMaxLength(100);
        builder.Property(c => c.Website).HasMaxLength(500);
        builder.Property(c => c.Comments).HasMaxLength(20_000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.ComplexProperty(c => c.Address, CustomerMapping.Address);
        builder.OwnsMany(c => c.Channels, b => CustomerMapping.Channels(b, "kontor_company_channels"));
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.ResponsibleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => c.Name);
    }
}

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("kontor_contacts");
        builder.Property(c => c.Honorific).HasMaxLength(50);
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.SecondName).HasMaxLength(100);
        builder.Property(c => c.LastName).HasMaxLength(100);
        builder.Property(c => c.Position).HasMaxLength(255);
        builder.Property(c => c.Comments).HasMaxLength(20_000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.FullName);
        builder.ComplexProperty(c => c.Address, CustomerMapping.Address);
        builder.OwnsMany(c => c.Channels, b => CustomerMapping.Channels(b, "kontor_contact_channels"));
        builder.HasMany(c => c.Companies).WithOne().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.ResponsibleId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.LastName, c.FirstName });
    }
}

public sealed class ContactCompanyConfiguration : IEntityTypeConfiguration<ContactCompany>
{
    public void Configure(EntityTypeBuilder<ContactCompany> builder)
    {
        builder.ToTable("kontor_contact_companies");
        builder.HasKey(l => new { l.ContactId, l.CompanyId });
        builder.HasOne<Company>().WithMany().HasForeignKey(l => l.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.CompanyId);
    }
}

internal static class CustomerMapping
{
    public static void Address(ComplexPropertyBuilder<Address> b)
    {
        b.Property(a => a.Street).HasMaxLength(255).HasColumnName("address_street");
        b.Property(a => a.PostalCode).HasMaxLength(20).HasColumnName("address_postal_code");
        b.Property(a => a.City).HasMaxLength(100).HasColumnName("address_city");
        b.Property(a => a.Region).HasMaxLength(100).HasColumnName("address_region");
        b.Property(a => a.Country).HasMaxLength(100).HasColumnName("address_country");
    }

    public static void Channels<TOwner>(OwnedNavigationBuilder<TOwner, Channel> b, string table)
        where TOwner : class
    {
        b.ToTable(table);
        b.WithOwner().HasForeignKey("OwnerId");
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.Type).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.Value).HasMaxLength(255);
        b.Property(c => c.Normalized).HasMaxLength(255);
        b.HasIndex(c => new { c.Kind, c.Normalized });
    }
}
