using Kontor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kontor.Features.Currencies;

public sealed class CurrencyConfiguration : IEntityTypeConfiguration<Currency>
{
    public void Configure(EntityTypeBuilder<Currency> builder)
    {
        builder.ToTable("kontor_currencies");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(3);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Rate).HasConversion<RateConverter>();
        builder.HasData(
            new Currency { Code = "EUR", Name = "Euro", Rate = 1m, IsBase = true, MinorUnits = 2, Sort = 10 },
            new Currency { Code = "USD", Name = "US Dollar", Rate = 0.92m, MinorUnits = 2, Sort = 20 },
            new Currency { Code = "GBP", Name = "Pound Sterling", Rate = 1.17m, MinorUnits = 2, Sort = 30 },
            new Currency { Code = "CHF", Name = "Swiss Franc", Rate = 1.05m, MinorUnits = 2, Sort = 40 },
            new Currency { Code = "PLN", Name = "Polish Złoty", Rate = 0.23m, MinorUnits = 2, Sort = 50 });
    }
}
