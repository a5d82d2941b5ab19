namespace Kontor.Common;

/// <summary>Exact money arithmetic. Amounts are decimals in the model and fixed point (4 decimals) in the database.</summary>
public static class Money
{
    /// <summary>Storage scale: every amount is stored as a long of ten-thousandths, so SQL can sort, filter and sum it.</summary>
    public const long Scale = 10_000;

    /// <summary>Largest amount that fits the storage (a long of ten-thousandths), with room for sums.</summary>
    public const decimal MaxAmount = 100_000_000_000_000m;

    public static long ToStored(decimal amount) => (long)decimal.Round(amount * Scale, 0, MidpointRounding.AwayFromZero);

    public static decimal FromStored(long stored) => stored / (decimal)Scale;

    /// <summary>Commercial rounding (half away from zero) to the currency's minor unit.</summary>
    public static decimal Round(decimal amount, int minorUnits) =>
        decimal.Round(amount, minorUnits, MidpointRounding.AwayFromZero);

    /// <summary>Rounds to the storage precision.</summary>
    public static decimal RoundStored(decimal amount) => decimal.Round(amount, 4, MidpointRounding.AwayFromZero);
}
