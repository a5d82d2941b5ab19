using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Kontor.Common;

namespace Kontor.Features.Customers;

/// <summary>A postal address as the API reads and writes it; blank parts are stored as null.</summary>
public sealed record PostalAddress
{
    public const int StreetLength = 255;
    public const int PostalCodeLength = 20;
    public const int PlaceLength = 100;

    [StringLength(StreetLength)]
    public string? Street { get; init; }

    [StringLength(PostalCodeLength)]
    public string? PostalCode { get; init; }

    [StringLength(PlaceLength)]
    public string? City { get; init; }

    [StringLength(PlaceLength)]
    public string? Region { get; init; }

    [StringLength(PlaceLength)]
    public string? Country { get; init; }

    public static PostalAddress From(Address a) => new()
    {
        Street = a.Street,
        PostalCode = a.PostalCode,
        City = a.City,
        Region = a.Region,
        Country = a.Country,
    };

    public Address ToAddress() => new()
    {
        Street = InputText.OrNull(Street),
        PostalCode = InputText.OrNull(PostalCode),
        City = InputText.OrNull(City),
        Region = InputText.OrNull(Region),
        Country = InputText.OrNull(Country),
    };

    /// <summary>The address fields of a PATCH: present parts change, <c>null</c> clears a part.</summary>
    internal static void Read(PatchReader<Address> address)
    {
        address.Text("street", StreetLength, (a, v) => a.Street = v);
        address.Text("postalCode", PostalCodeLength, (a, v) => a.PostalCode = v);
        address.Text("city", PlaceLength, (a, v) => a.City = v);
        address.Text("region", PlaceLength, (a, v) => a.Region = v);
        address.Text("country", PlaceLength, (a, v) => a.Country = v);
    }
}

public sealed record PhoneInput
{
    /// <summary>work, mobile, home or other; work when left out.</summary>
    public ChannelType? Type { get; init; }

    /// <summary>Digits, spaces and <c>+ - ( ) /</c>.</summary>
    [Required, StringLength(ChannelRules.MaxLength), RegularExpression(ChannelRules.PhonePattern, ErrorMessage = ChannelRules.PhoneMessage)]
    public string Value { get; init; } = "";
}

public sealed record EmailInput
{
    /// <summary>work, mobile, home or other; work when left out.</summary>
    public ChannelType? Type { get; init; }

    [Required, StringLength(ChannelRules.MaxLength), RegularExpression(ChannelRules.EmailPattern, ErrorMessage = ChannelRules.EmailMessage)]
    public string Value { get; init; } = "";
}

/// <summary>A phone number or e-mail address as the API shows it.</summary>
public sealed record ChannelValue(ChannelType Type, string Value);

/// <summary>What a valid phone number or e-mail address looks like, and how a record's list of them is replaced.</summary>
public static partial class ChannelRules
{
    public const int MaxPerKind = 20;
    public const int MaxLength = 255;

    // Surrounding blanks are allowed here because values are trimmed before they are stored.
    public const string PhonePattern = @"^\s*\+?[0-9 ()/\-]*[0-9][0-9 ()/\-]*\s*$";
    public const string PhoneMessage = "A phone number may contain digits, spaces and + - ( ) / only.";
    public const string EmailPattern = @"^\s*[^@\s]+@[^@\s]+\.[^@\s]+\s*$";
    public const string EmailMessage = "This is not an e-mail address.";

    public static bool IsValid(ChannelKind kind, string value) => kind switch
    {
        ChannelKind.Phone => PhoneRegex().IsMatch(value),
        ChannelKind.Email => EmailRegex().IsMatch(value),
        _ => false,
    };

    public static string Message(ChannelKind kind) => kind == ChannelKind.Phone ? PhoneMessage : EmailMessage;

    public static IReadOnlyList<ChannelValue> Of(IEnumerable<Channel> channels, ChannelKind kind) =>
        channels.Where(c => c.Kind == kind).OrderBy(c => c.Id).Select(c => new ChannelValue(c.Type, c.Value)).ToList();

    /// <summary>
    /// Makes the channels of one kind equal to <paramref name="values"/>, in order. An unchanged list is left alone, so
    /// saving the same phones again is not a change.
    /// </summary>
    public static void Replace(List<Channel> channels, ChannelKind kind, IEnumerable<ChannelValue> values)
    {
        var wanted = values.Select(v => new ChannelValue(v.Type, v.Value.Trim())).ToList();
        if (Of(channels, kind).SequenceEqual(wanted))
        {
            return;
        }

        channels.RemoveAll(c => c.Kind == kind);
        channels.AddRange(wanted.Select(v => new Channel
        {
            Kind = kind,
            Type = v.Type,
            Value = v.Value,
            Normalized = Channel.Normalize(kind, v.Value),
        }));
    }

    [GeneratedRegex(PhonePattern)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(EmailPattern)]
    private static partial Regex EmailRegex();
}
