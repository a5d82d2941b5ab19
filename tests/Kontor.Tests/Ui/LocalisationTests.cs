using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kontor.Tests.OpenApi;

namespace Kontor.Tests.Ui;

/// <summary>Every string the pages show exists in English and in German.</summary>
public sealed partial class LocalisationTests
{
    private static readonly string UiFolder = Path.Combine(OpenApiSnapshotTests.RepositoryRoot(), "src", "Kontor", "Ui");

    public static TheoryData<string> ResourceFiles() =>
        [.. Directory.GetFiles(UiFolder, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".de.resx", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(UiFolder, f))
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> Pages() =>
        [.. Directory.GetFiles(UiFolder, "*.razor", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(UiFolder, f))
            .Order(StringComparer.Ordinal)];

    /// <summary>The classes the pages localise by (<c>IStringLocalizer&lt;DealsText&gt;</c>), one per resource file.</summary>
    public static TheoryData<string> TextClasses() =>
        [.. typeof(Kontor.Ui.Shared.Format).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Kontor.Ui.", StringComparison.Ordinal) && n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => n[..^".resources".Length])
            .Order(StringComparer.Ordinal)];

    [Theory, MemberData(nameof(TextClasses))]
    public void Every_text_class_finds_its_English_and_German_strings_at_run_time(string textClass)
    {
        var resources = new ResourceManager(textClass, typeof(Kontor.Ui.Shared.Format).Assembly);

        var english = RuntimeKeys(resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var german = RuntimeKeys(resources.GetResourceSet(new CultureInfo("de"), createIfNotExists: true, tryParents: false));

        Assert.NotNull(typeof(Kontor.Ui.Shared.Format).Assembly.GetType(textClass));
        Assert.NotEmpty(english);
        Assert.Equal(english, german);
    }

    [Theory, MemberData(nameof(ResourceFiles))]
    public void Every_english_string_has_a_german_one_and_no_german_string_is_left_over(string resx)
    {
        var english = Keys(Path.Combine(UiFolder, resx));
        var german = Keys(Path.Combine(UiFolder, resx[..^".resx".Length] + ".de.resx"));

        Assert.Empty(english.Except(german).Order(StringComparer.Ordinal));
        Assert.Empty(german.Except(english).Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(ResourceFiles))]
    public void No_string_is_named_twice_in_either_language(string resx)
    {
        foreach (var file in new[] { resx, resx[..^".resx".Length] + ".de.resx" })
        {
            var names = XDocument.Load(Path.Combine(UiFolder, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!);
            Assert.Empty(names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        }
    }

    [Theory, MemberData(nameof(Pages))]
    public void Every_literal_string_a_page_looks_up_exists_in_its_resources(string page)
    {
        var text = File.ReadAllText(Path.Combine(UiFolder, page));
        var missing = new List<string>();
        foreach (Match inject in Injection().Matches(text))
        {
            var (type, name) = (inject.Groups["type"].Value, inject.Groups["name"].Value);
            var resx = Directory.GetFiles(UiFolder, type + ".resx", SearchOption.AllDirectories).Single();
            var keys = Keys(resx);
            missing.AddRange(Lookup(name).Matches(text)
                .Select(m => m.Groups["key"].Value.Replace("\\\"", "\"", StringComparison.Ordinal))
                .Where(key => !keys.Contains(key))
                .Select(key => $"{name}[\"{key}\"] ({type})"));
        }

        Assert.Empty(missing);
    }

    private static List<string> RuntimeKeys(ResourceSet? set) =>
        set?.Cast<DictionaryEntry>().Where(e => !string.IsNullOrWhiteSpace(e.Value as string)).Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList() ?? [];

    private static HashSet<string> Keys(string resx) =>
        [.. XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    private static Regex Lookup(string name) => new(Regex.Escape(name) + @"\[""(?<key>(?:[^""\\]|\\.)*)""\]", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"@inject IStringLocalizer<(?<type>\w+)> (?<name>\w+)")]
    private static partial Regex Injection();
}
