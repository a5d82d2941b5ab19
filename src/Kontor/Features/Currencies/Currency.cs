namespace Kontor.Features.Currencies;

/// <summary>A currency with its rate to the base (reporting) currency: 1 unit of this currency = <see cref="Rate"/> base units.</summary>
public sealed class Currency
{
    /// <summary>ISO 4217 code, upper case.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public decimal Rate { get; set; } = 1m;

    public bool IsBase { get; set; }

    /// <summary>Digits of the minor unit (2 for EUR, 0 for JPY); totals are rounded to it.</summary>
    public int MinorUnits { get; set; } = 2;

    public int Sort { get; set; } = 100;
}
