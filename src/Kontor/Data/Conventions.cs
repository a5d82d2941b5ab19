using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kontor.Data;

/// <summary>Decimals are stored as fixed point (ten-thousandths in a long) so both providers sort, filter and sum them.</summary>
public sealed class FixedPointConverter() : ValueConverter<decimal, long>(
    v => (long)decimal.Round(v * 10_000m, 0, MidpointRounding.AwayFromZero),
    v => v / 10_000m);

/// <summary>Exchange rates need more digits than money: stored as 10^-10 units in a long.</summary>
public sealed class RateConverter() : ValueConverter<decimal, long>(
    v => (long)decimal.Round(v * 10_000_000_000m, 0, MidpointRounding.AwayFromZero),
    v => v / 10_000_000_000m);

/// <summary>Every DateTime in the model is UTC; SQLite forgets the kind, so it is restored on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
