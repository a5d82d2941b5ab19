namespace Kontor.Ui;

/// <summary>Strings shared by the whole UI (layout, navigation, sign-in); <c>Text.resx</c> is English, <c>Text.de.resx</c> German.</summary>
public sealed class Text;
