using AngleSharp.Html.Parser;

namespace Kontor.Tests.Features.Comments;

/// <summary>Script injection attempts, and a check that HTML is free of anything that runs code.</summary>
public static class XssPayloads
{
    public static readonly string[] Text =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<object data=\"x.swf\"></object>",
        "<embed src=\"x.swf\">",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<div onclick=\"alert(1)\">x</div>",
        "<body onload=alert(1)>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<input onfocus=alert(1) autofocus>",
        "<details open ontoggle=alert(1)>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:/\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "![x](javascript:alert(1))",
        "![x](x\" onerror=\"alert(1))",
        "[x](https://example.com\" onclick=\"alert(1))",
        "<svg><script>alert(1)</script></svg>",
        "<scr<script>ipt>alert(1)</script>",
        "<<script>script>alert(1)<</script>/script>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<video><source onerror=\"alert(1)\"></video>",
        "<span class=\"mention\" data-user-id=\"1\" onmouseover=\"alert(1)\">@x</span>",
        "<a href=\"https://ok.example\" onmouseover=alert(1)>ok</a>",
        "@[<img src=x onerror=alert(1)>](user:1)",
        "<textarea><script>alert(1)</script></textarea>",
        "`<script>alert(1)</script>`",
        "<input type=\"checkbox\" onclick=\"alert(1)\">",
        "<a href=\"//evil.example/%0Ajavascript:alert(1)\">x</a>",
    ];

    public static readonly string[] FileNames =
    [
        "<script>alert(1)</script>.png",
        "\"><img src=x onerror=alert(1)>.pdf",
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "javascript:alert(1).txt",
        "x.txt\r\nContent-Type: text/html",
        "<svg onload=alert(1)>.svg",
        "'onmouseover='alert(1)'.docx",
        ".htaccess",
        "&lt;b&gt;.txt",
    ];

    private static readonly HashSet<string> Forbidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "form", "meta", "base", "link", "img", "svg", "math", "video", "audio",
        "source", "textarea", "noscript", "body", "frame", "frameset", "template", "button", "select",
    };

    /// <summary>Fails with the reason when the HTML could run script, load content or restyle the page.</summary>
    public static void AssertSafe(string html, string payload)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.False(Forbidden.Contains(element.LocalName), $"<{element.LocalName}> survived in {html} (from {payload})");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{attribute.Name} survived in {html} (from {payload})");
                Assert.False(attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase), $"style survived in {html} (from {payload})");
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                {
                    var value = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    var scheme = value.Contains(':', StringComparison.Ordinal) ? value[..value.IndexOf(':', StringComparison.Ordinal)] : "";
                    Assert.True(
                        scheme.Length == 0 || scheme.Contains('/', StringComparison.Ordinal) || scheme is "http" or "https" or "mailto",
                        $"{attribute.Name}={attribute.Value} survived in {html} (from {payload})");
                }
            }
        }
    }
}
