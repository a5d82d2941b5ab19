namespace Kontor.Features.CustomFields;

/// <summary>
/// The <c>cf.</c> query parameters of a list: <c>cf.CODE=value</c> (repeat for "any of"; a list of values matches when it
/// holds the value), <c>cf.CODE.contains</c> (text holding a part, in any case), <c>cf.CODE.from</c> / <c>cf.CODE.to</c> (inclusive ranges of numbers, money amounts, dates and
/// times), <c>cf.CODE.currency</c> (money) and <c>cf.CODE.empty=true|false</c>.
/// </summary>
public sealed class CustomFieldFilter
{
    public const string Prefix = "cf.";

    /// <summary>The filters as the API description of a list states them.</summary>
    public const string Description =
        "Custom field filters: cf.CODE=value (repeat for any of; a field with several values matches when it holds the value; " +
        "a link as company:12), cf.CODE.contains (text, web addresses, e-mail addresses and phone numbers holding a part, in any case), cf.CODE.from and cf.CODE.to (inclusive; numbers, money amounts, dates, times; a bare date bounds a whole day), " +
        "cf.CODE.currency (money) and cf.CODE.empty=true|false.";

    private CustomFieldFilter(IReadOnlyList<KeyValuePair<string, string>> terms) => Terms = terms;

    /// <summary>The terms without the <c>cf.</c> prefix: <c>(UF_CRM_X, 5)</c>, <c>(UF_CRM_X.from, 2026-01-01)</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Terms { get; }

    public static CustomFieldFilter Of(IEnumerable<KeyValuePair<string, string>> terms) => new(terms.ToList());

    /// <summary>Minimal APIs bind the filter from the query string through this.</summary>
    public static ValueTask<CustomFieldFilter?> BindAsync(HttpContext context) =>
        ValueTask.FromResult<CustomFieldFilter?>(new(context.Request.Query
            .Where(q => q.Key.StartsWith(Prefix, StringComparison.Ordinal))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key[Prefix.Length..], v ?? "")))
            .ToList()));
}
