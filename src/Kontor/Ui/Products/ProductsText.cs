namespace Kontor.Ui.Products;

/// <summary>Strings of the product catalog; <c>ProductsText.resx</c> is English, <c>ProductsText.de.resx</c> German.</summary>
public sealed class ProductsText;
