namespace Kontor.Features.Currencies;

/// <summary>A currency; <c>rate</c> is the value of one unit in the base currency.</summary>
public sealed record CurrencyResponse(string Code, string Name, decimal Rate, bool IsBase, int MinorUnits, int Sort)
{
    public static CurrencyResponse From(Currency c) => new(c.Code, c.Name, c.Rate, c.IsBase, c.MinorUnits, c.Sort);
}
