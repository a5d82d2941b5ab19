using Microsoft.AspNetCore.Identity;

namespace Kontor.Features.Users;

/// <summary>A person who signs in. Identity keeps the credentials; Kontor adds name, department, locale and time zone.</summary>
public sealed class User : IdentityUser<long>
{
    public string Name { get; set; } = "";

    public long? DepartmentId { get; set; }

    /// <summary>UI and formatting culture, <c>de-DE</c> or <c>en-US</c>.</summary>
    public string Locale { get; set; } = "de-DE";

    /// <summary>IANA time zone used to show dates and to read deadlines.</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    public bool IsAdministrator { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }
}
