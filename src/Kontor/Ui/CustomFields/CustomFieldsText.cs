namespace Kontor.Ui.CustomFields;

/// <summary>Strings of custom fields in the UI; <c>CustomFieldsText.resx</c> is English, <c>CustomFieldsText.de.resx</c> German.</summary>
public sealed class CustomFieldsText;
