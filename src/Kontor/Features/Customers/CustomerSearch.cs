namespace Kontor.Features.Customers;

public static class CustomerSearch
{
    public const string Escape = "\\";

    /// <summary>A LIKE pattern for "contains <paramref name="text"/>", with the LIKE wildcards in it taken literally.</summary>
    public static string? Pattern(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var escaped = text.Trim()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }
}
