using Kontor.Features.Customers;

namespace Kontor.Ui.Deals;

public enum CustomerKind
{
    Company,
    Contact,
    NewCompany,
    NewContact,
}

/// <summary>An entry of the customer search: an existing company or contact, or the offer to create one from the typed text.</summary>
public sealed record CustomerOption(CustomerKind Kind, long? Id, string Name, string? Detail)
{
    public bool IsNew => Kind is CustomerKind.NewCompany or CustomerKind.NewContact;

    public static CustomerOption Of(CompanyResponse c) =>
        new(CustomerKind.Company, c.Id, c.Name, First(c.Phones) ?? First(c.Emails));

    public static CustomerOption Of(ContactResponse c) =>
        new(CustomerKind.Contact, c.Id, ContactName(c), First(c.Emails) ?? First(c.Phones));

    private static string? First(IReadOnlyList<ChannelValue> channels) => channels.Count > 0 ? channels[0].Value : null;

    public static string ContactName(ContactResponse c) =>
        string.Join(' ', new[] { c.FirstName, c.LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>
    /// The search results followed by the offers to create what was typed. The offers are left out when the text is
    /// blank or names a record that was found exactly.
    /// </summary>
    public static IReadOnlyList<CustomerOption> WithOffers(string? typed, IEnumerable<CustomerOption> found, bool companies, bool contacts, bool allowCreate)
    {
        var list = found.ToList();
        var text = typed?.Trim() ?? "";
        if (!allowCreate || text.Length == 0)
        {
            return list;
        }

        if (companies && !list.Any(o => o.Kind == CustomerKind.Company && string.Equals(o.Name, text, StringComparison.OrdinalIgnoreCase)))
        {
            list.Add(new CustomerOption(CustomerKind.NewCompany, null, text, null));
        }

        if (contacts && !list.Any(o => o.Kind == CustomerKind.Contact && string.Equals(o.Name, text, StringComparison.OrdinalIgnoreCase)))
        {
            list.Add(new CustomerOption(CustomerKind.NewContact, null, text, null));
        }

        return list;
    }

    /// <summary>"Anna Maria Schmidt" is Anna Maria (first) and Schmidt (last); a single word is a last name.</summary>
    public static (string First, string Last) SplitName(string? name)
    {
        var parts = (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            0 => ("", ""),
            1 => ("", parts[0]),
            _ => (string.Join(' ', parts[..^1]), parts[^1]),
        };
    }
}
