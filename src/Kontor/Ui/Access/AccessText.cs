namespace Kontor.Ui.Access;

/// <summary>
/// Strings of the access settings (users, departments, roles) and the readable refusals every screen shows;
/// <c>AccessText.resx</c> is English, <c>AccessText.de.resx</c> German.
/// </summary>
public sealed class AccessText;
