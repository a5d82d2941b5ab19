using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Kontor.Tests.Ui.Components;

/// <summary>Finds elements the way a person (or a screen reader) does: by accessible name, role and visible text.</summary>
public static partial class Dom
{
    /// <summary>The one element whose aria-label is exactly <paramref name="name"/>.</summary>
    public static IElement ByLabel<T>(this IRenderedComponent<T> cut, string name)
        where T : IComponent =>
        Single(cut.FindAll($"[aria-label=\"{Escape(name)}\"]"), $"aria-label \"{name}\"", cut);

    /// <summary>The one button whose accessible name (aria-label, else its text) is <paramref name="name"/>.</summary>
    public static IElement Button<T>(this IRenderedComponent<T> cut, string name)
        where T : IComponent =>
        Single(Buttons(cut).Where(b => NameOf(b) == name).ToList(), $"button \"{name}\"", cut);

    /// <summary>
    /// Finds an element and clicks it in one step on the renderer's dispatcher, so that no render that is still under way
    /// can replace the element's click handler between the finding and the click.
    /// </summary>
    public static void ClickNow<T>(this IRenderedComponent<T> cut, Func<IElement> find)
        where T : IComponent =>
        cut.InvokeAsync(() => find().Click()).GetAwaiter().GetResult();

    /// <summary>Clicks the one button named <paramref name="name"/> (see <see cref="Button{T}"/>) as it is now.</summary>
    public static void Press<T>(this IRenderedComponent<T> cut, string name)
        where T : IComponent =>
        cut.ClickNow(() => cut.Button(name));

    /// <summary>The accessible names of the buttons, in document order.</summary>
    public static IReadOnlyList<string> ButtonNames<T>(this IRenderedComponent<T> cut)
        where T : IComponent =>
        [.. Buttons(cut).Select(NameOf)];

    /// <summary>The input (or text area) of the MudBlazor field whose visible label reads <paramref name="label"/>.</summary>
    public static IElement InputLabelled<T>(this IRenderedComponent<T> cut, string label)
        where T : IComponent =>
        Single(cut.FindAll(".mud-input-control")
            .Where(c => c.QuerySelector("label.mud-input-label")?.Text() == label)
            .Select(c => c.QuerySelector("input, textarea")!)
            .ToList(), $"field labelled \"{label}\"", cut);

    /// <summary>The radio button whose label reads <paramref name="name"/>.</summary>
    public static IElement Radio<T>(this IRenderedComponent<T> cut, string name)
        where T : IComponent =>
        Single(cut.FindAll("label:has(input[type=radio])").Where(l => l.Text() == name).Select(l => l.QuerySelector("input[type=radio]")!).ToList(), $"radio \"{name}\"", cut);

    /// <summary>The menu items that are shown, with their text.</summary>
    public static IReadOnlyList<IElement> MenuItems<T>(this IRenderedComponent<T> cut)
        where T : IComponent =>
        [.. cut.FindAll("[role=menuitem]")];

    /// <summary>An element's text as a reader sees it: whitespace collapsed and no-break spaces (which number formats use) as plain spaces.</summary>
    public static string Text(this IElement element) => Spaces().Replace(element.TextContent, " ").Trim();

    /// <summary>The text of a whole render, collapsed like <see cref="Text(IElement)"/>.</summary>
    public static string Text<T>(this IRenderedComponent<T> cut)
        where T : IComponent =>
        Spaces().Replace(string.Concat(cut.Nodes.Select(n => n.TextContent)), " ").Trim();

    public static bool IsDisabled(this IElement element) => element.HasAttribute("disabled");

    private static IEnumerable<IElement> Buttons<T>(IRenderedComponent<T> cut)
        where T : IComponent =>
        cut.FindAll("button, [role=button], a.mud-button-root");

    private static string NameOf(IElement element) =>
        element.GetAttribute("aria-label") is { Length: > 0 } label ? label : element.Text();

    private static IElement Single<T>(IReadOnlyCollection<IElement> found, string what, IRenderedComponent<T> cut)
        where T : IComponent => found.Count switch
        {
            1 => found.First(),
            0 => throw new Xunit.Sdk.XunitException($"No {what} in:\n{cut.Markup}"),
            _ => throw new Xunit.Sdk.XunitException($"{found.Count} elements match {what}."),
        };

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    [GeneratedRegex(@"[\s\u00A0\u202F]+")]
    private static partial Regex Spaces();
}
