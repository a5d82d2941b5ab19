namespace Kontor.Ui.Board;

/// <summary>Strings of the board; <c>BoardText.resx</c> is English, <c>BoardText.de.resx</c> German.</summary>
public sealed class BoardText;
