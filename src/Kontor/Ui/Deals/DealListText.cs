namespace Kontor.Ui.Deals;

/// <summary>Strings of the deal list; <c>DealListText.resx</c> is English, <c>DealListText.de.resx</c> German.</summary>
public sealed class DealListText;
