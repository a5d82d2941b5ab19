namespace Kontor.Ui.Deals;

/// <summary>Strings of the deal pages; <c>DealText.resx</c> is English, <c>DealText.de.resx</c> German.</summary>
public sealed class DealText;
