namespace Kontor.Ui.Customers;

/// <summary>Strings of the contact and company pages; <c>CustomersText.resx</c> is English, <c>CustomersText.de.resx</c> German.</summary>
public sealed class CustomersText;
