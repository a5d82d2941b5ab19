namespace Kontor.Ui.Activities;

/// <summary>
/// Mentions in a comment, in the form the comment slice reads: <c>@[Name](user:ID)</c>. The id decides who is
/// notified; the name is only what the text shows, so it is cleaned of what would end the form early.
/// </summary>
public static class Mentions
{
    public const int MaxNameLength = 100;

    public static string Markup(string name, long userId)
    {
        var clean = new string([.. (name ?? "").Where(c => c is not ('[' or ']' or '\r' or '\n'))]).Trim();
        if (clean.Length > MaxNameLength)
        {
            clean = clean[..MaxNameLength].TrimEnd();
        }

        return $"@[{(clean.Length == 0 ? "?" : clean)}](user:{userId.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
    }

    /// <summary>
    /// Adds a mention at the end of the text, followed by a space to write on. An "@" just typed there (which opened the
    /// picker) becomes the mention; otherwise the mention is set apart from the word before it.
    /// </summary>
    public static string Insert(string? text, string name, long userId)
    {
        text ??= "";
        var mention = Markup(name, userId) + " ";
        if (WantsPicker(text))
        {
            return text[..^1] + mention;
        }

        return text.Length == 0 || char.IsWhiteSpace(text[^1]) ? text + mention : text + " " + mention;
    }

    /// <summary>True when the text ends with an "@" that starts a word: the person is about to mention someone.</summary>
    public static bool WantsPicker(string? text) =>
        text is { Length: > 0 } t && t[^1] == '@' && (t.Length == 1 || char.IsWhiteSpace(t[^2]));
}
