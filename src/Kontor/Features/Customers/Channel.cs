namespace Kontor.Features.Customers;

public enum ChannelKind
{
    Phone,
    Email,
}

public enum ChannelType
{
    Work,
    Mobile,
    Home,
    Other,
}

/// <summary>A typed phone number or e-mail address of a company or contact (Bitrix24's multi-field).</summary>
public sealed class Channel
{
    public long Id { get; private set; }

    public ChannelKind Kind { get; set; }

    public ChannelType Type { get; set; }

    public string Value { get; set; } = "";

    /// <summary>Digits only for phones (with a leading +), lower case for e-mails: what intake matches on.</summary>
    public string Normalized { get; set; } = "";

    public static string Normalize(ChannelKind kind, string value) => kind switch
    {
        ChannelKind.Phone => (value.TrimStart().StartsWith('+') ? "+" : "") + new string(value.Where(char.IsAsciiDigit).ToArray()),
        ChannelKind.Email => value.Trim().ToLowerInvariant(),
        _ => value,
    };
}

/// <summary>A postal address, stored in the columns of its owner.</summary>
public sealed class Address
{
    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? Country { get; set; }
}
