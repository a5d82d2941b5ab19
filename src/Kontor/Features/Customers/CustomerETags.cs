namespace Kontor.Features.Customers;

/// <summary>Companies and contacts carry their version as a strong ETag, as deals do; <c>If-Match</c> compares against it.</summary>
public static class CustomerETags
{
    public static string Of(int version) => $"\"{version}\"";

    /// <summary>True when the request has no <c>If-Match</c>, or one that matches the current version (or <c>*</c>).</summary>
    public static bool Matches(HttpRequest request, int version)
    {
        var header = request.Headers.IfMatch.ToString();
        if (header.Length == 0)
        {
            return true;
        }

        var current = Of(version);
        return header.Split(',').Select(v => v.Trim()).Any(v => v == "*" || v == current || v == "W/" + current);
    }
}
