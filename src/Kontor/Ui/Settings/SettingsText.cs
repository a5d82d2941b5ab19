namespace Kontor.Ui.Settings;

/// <summary>Strings of the settings pages; <c>SettingsText.resx</c> is English, <c>SettingsText.de.resx</c> German.</summary>
public sealed class SettingsText;
