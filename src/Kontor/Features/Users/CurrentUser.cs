using System.Security.Claims;

namespace Kontor.Features.Users;

/// <summary>Reads the signed-in user from the claims that both the cookie and the API token carry.</summary>
public static class CurrentUser
{
    public const string AdministratorClaim = "kontor:admin";

    public static long Id(this ClaimsPrincipal principal) =>
        long.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."), System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsAdministrator(this ClaimsPrincipal principal) => principal.HasClaim(AdministratorClaim, "true");

    public static IEnumerable<Claim> Claims(User user) =>
    [
        new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new(ClaimTypes.Name, user.Name),
        new(ClaimTypes.Email, user.Email ?? ""),
        new(AdministratorClaim, user.IsAdministrator ? "true" : "false"),
    ];
}
