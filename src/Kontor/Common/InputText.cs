namespace Kontor.Common;

public static class InputText
{
    /// <summary>Trimmed text, or null when there is none: blank optional text is stored as absent.</summary>
    public static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
