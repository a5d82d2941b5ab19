using System.Collections;
using System.Globalization;
using System.Resources;
using Kontor.Ui.Activities;

namespace Kontor.Tests.Ui.Activities;

public sealed class ActivitiesTextTests
{
    [Fact]
    public void Every_enum_name_the_screens_show_has_a_text()
    {
        var resources = new ResourceManager(typeof(ActivitiesText));
        var keys = Keys(resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)).ToHashSet();
        var names = Enum.GetValues<Kontor.Features.Activities.ActivityType>().Cast<Enum>()
            .Concat(Enum.GetValues<Kontor.Features.Activities.CommunicationOutcome>().Cast<Enum>())
            .Concat(Enum.GetValues<Kontor.Features.Activities.Priority>().Cast<Enum>())
            .Concat(Enum.GetValues<Kontor.Features.Payments.PaymentState>().Cast<Enum>())
            .Concat(Enum.GetValues<Kontor.Features.Payments.PaymentMethod>().Cast<Enum>())
            .Concat(Enum.GetValues<Kontor.Features.Deliveries.DeliveryState>().Cast<Enum>())
            .Select(ActivityDisplay.Name);

        Assert.All(names, name => Assert.Contains(name, keys));
    }

    private static List<string> Keys(ResourceSet? set) =>
        set?.Cast<DictionaryEntry>().Where(e => !string.IsNullOrWhiteSpace(e.Value as string)).Select(e => (string)e.Key).Order(StringComparer.Ordinal).ToList() ?? [];
}
