using Microsoft.AspNetCore.Localization;

namespace Kontor.Common;

public static class RequestLanguage
{
    /// <summary>The two-letter language of the request (<c>de</c> or <c>en</c>), from the request culture.</summary>
    public static string Of(HttpContext http) =>
        http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName ?? "de";
}
