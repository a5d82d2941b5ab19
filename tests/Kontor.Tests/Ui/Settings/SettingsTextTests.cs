using System.Collections;
using System.Globalization;
using System.Resources;
using Kontor.Ui.Settings;

namespace Kontor.Tests.Ui.Settings;

public sealed class SettingsTextTests
{
    [Fact]
    public void Every_string_has_a_German_and_an_English_text()
    {
        var resources = new ResourceManager(typeof(SettingsText));

        var english = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false));
        var german = Keys(resources.GetResourceSet(new CultureInfo("de"), createIfNotExists: true, tryParents: false));

        Assert.NotEmpty(english);
        Assert.Equal(english, german);
    }

    private static List<string> Keys(ResourceSet? set) =>
        set?.Cast<DictionaryEntry>().Where(e => !string.IsNullOrWhiteSpace(e.Value as string)).Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList() ?? [];
}
