using System.Globalization;
using System.Text.Json;
using Kontor.Features.CustomFields;
using Kontor.Features.Timeline;
using Kontor.Ui.Deals;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kontor.Tests.Ui.Deals;

public sealed class TimelineTextTests
{
    private static readonly DateTime Now = new(2026, 7, 14, 12, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime At = new(2026, 7, 14, 12, 2, 0, DateTimeKind.Utc);

    [Fact]
    public void A_stage_move_reads_as_a_german_sentence_with_author_and_local_time()
    {
        var text = Text("de-DE");

        var line = text.Describe(Item("stageMoved", """
            {"from":{"id":2,"code":"PREPARATION","nameDe":"Vorbereitung","nameEn":"Preparation","semantic":"inProgress"},
             "to":{"id":3,"code":"INVOICE","nameDe":"Rechnung","nameEn":"Invoice","semantic":"inProgress"},"fromPipelineId":1,"toPipelineId":1}
            """));

        Assert.Equal("Stufe von Vorbereitung nach Rechnung verschoben von Anna, 14:02", line.Sentence);
        Assert.Equal(TimelineTone.Stage, line.Tone);
    }

    [Fact]
    public void A_stage_move_reads_as_an_english_sentence_with_stage_names_in_english()
    {
        var text = Text("en-US");

        var line = text.Describe(Item("stageMoved", """
            {"from":{"nameDe":"Vorbereitung","nameEn":"Preparation"},"to":{"nameDe":"Rechnung","nameEn":"Invoice"},"fromPipelineId":1,"toPipelineId":1}
            """));

        Assert.Equal("Stage moved from Preparation to Invoice by Anna, 2:02\u202FPM", line.Sentence);
    }

    [Fact]
    public void A_move_into_another_pipeline_names_both_pipelines_and_the_new_stage()
    {
        var text = Text("en-US", new TimelineNames { Pipelines = { [1] = "Allgemein", [2] = "Service" } });

        var line = text.Describe(Item("stageMoved", """
            {"from":{"nameEn":"Invoice"},"to":{"nameEn":"New"},"fromPipelineId":1,"toPipelineId":2}
            """));

        Assert.StartsWith("Moved from pipeline Allgemein to pipeline Service by Anna", line.Sentence, StringComparison.Ordinal);
        Assert.Equal(["Stage: New"], line.Details);
    }

    [Fact]
    public void Changed_fields_are_listed_as_old_to_new_in_the_user_s_culture()
    {
        var text = Text("de-DE", new TimelineNames { Users = { [2] = "Anna Schmidt", [3] = "Bernd Vertrieb" } });

        var line = text.Describe(Item("fieldsChanged", """
            {"changes":[
              {"field":"title","from":"Alt","to":"Neu"},
              {"field":"probability","from":null,"to":"30"},
              {"field":"closeDate","from":"2026-03-09","to":"2026-04-30"},
              {"field":"responsibleId","from":"2","to":"3"},
              {"field":"isOpened","from":"True","to":"False"},
              {"field":"sourceId","from":null,"to":"CALL"}]}
            """));

        Assert.Equal("Auftrag geändert von Anna, 14:02", line.Sentence);
        Assert.Equal(
        [
            "Titel: Alt → Neu",
            "Wahrscheinlichkeit: — → 30 %",
            "Abschlussdatum: 09.03.2026 → 30.04.2026",
            "Verantwortlich: Anna Schmidt → Bernd Vertrieb",
            "Für alle sichtbar: ja → nein",
            "Quelle: — → Anruf",
        ], line.Details);
    }

    [Fact]
    public void Amounts_and_dates_stored_in_a_german_or_american_culture_are_read_correctly()
    {
        var text = Text("de-DE");

        var line = text.Describe(Item("fieldsChanged", """
            {"changes":[{"field":"amount","from":"1234,5","to":"2000.75"},{"field":"beginDate","from":"02.03.2026","to":"3/9/2026"}]}
            """));

        Assert.Equal(["Betrag: 1.234,50 € → 2.000,75 €", "Beginn: 02.03.2026 → 09.03.2026"], line.Details);
    }

    [Fact]
    public void Product_changes_list_the_rows_removed_and_added_and_the_new_amount()
    {
        var text = Text("de-DE");

        var line = text.Describe(Item("productsChanged", """
            {"before":["1 pcs × Wartungsvertrag = 1428.00","6 h × Montage = 546.21"],
             "after":["1 pcs × Wartungsvertrag = 1428.00","8 h × Montage = 728.28"],
             "changes":[{"field":"amount","from":"1974.21","to":"2156.28"}]}
            """));

        Assert.Equal("Produkte geändert von Anna, 14:02", line.Sentence);
        Assert.Equal(["− 6 h × Montage = 546,21 €", "+ 8 h × Montage = 728,28 €", "Betrag: 1.974,21 € → 2.156,28 €"], line.Details);
    }

    [Fact]
    public void Closing_and_reopening_read_as_won_lost_and_reopened()
    {
        var text = Text("en-US");

        Assert.Equal(TimelineTone.Won, text.Describe(Item("closed", """{"result":"won"}""")).Tone);
        Assert.StartsWith("Deal closed as won by Anna", text.Describe(Item("closed", """{"result":"won"}""")).Sentence, StringComparison.Ordinal);
        Assert.StartsWith("Deal closed as lost by Anna", text.Describe(Item("closed", """{"result":"lost"}""")).Sentence, StringComparison.Ordinal);
        Assert.StartsWith("Deal reopened by Anna", text.Describe(Item("reopened", "{}")).Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_created_deal_names_its_first_stage_and_an_entry_without_author_has_only_the_time()
    {
        var text = Text("en-US");

        var line = text.Describe(Item("created", """{"title":"A","stage":{"nameEn":"New"},"amount":0,"currency":"EUR"}""") with { AuthorName = null });

        Assert.Equal("Deal created, 2:02\u202FPM", line.Sentence);
        Assert.Equal(["Stage: New"], line.Details);
    }

    [Fact]
    public void An_entry_of_another_day_shows_the_date_as_well()
    {
        var text = Text("de-DE");

        Assert.Equal("14:02", text.When(At));
        Assert.Equal("13.07.2026 14:02", text.When(At.AddDays(-1)));
    }

    [Fact]
    public void Amounts_before_a_currency_change_are_shown_in_the_old_currency()
    {
        var text = Text("de-DE");
        text.Currency = "USD";

        var lines = text.DescribeAll(
        [
            Item("fieldsChanged", """{"changes":[{"field":"currencyCode","from":"EUR","to":"USD"}]}"""),
            Item("fieldsChanged", """{"changes":[{"field":"amount","from":"100","to":"200"}]}"""),
        ]);

        Assert.Equal("Währung: EUR → USD", lines[0].Details.Single());
        Assert.Equal("Betrag: 100,00 € → 200,00 €", lines[1].Details.Single());
    }

    [Fact]
    public void The_ids_entries_refer_to_are_collected_for_a_name_lookup()
    {
        var refs = TimelineText.ReferencedIds(
        [
            Item("fieldsChanged", """{"changes":[{"field":"responsibleId","from":"2","to":"3"},{"field":"companyId","from":null,"to":"9"}]}"""),
            Item("fieldsChanged", """{"changes":[{"field":"contactIds","from":"[5]","to":"[5,6]"},{"field":"observerIds","from":"[]","to":"[4]"}]}"""),
            Item("stageMoved", """{"from":null,"to":null}"""),
        ]);

        Assert.Equal([2L, 3L, 4L], refs.Users.Order());
        Assert.Equal([9L], refs.Companies);
        Assert.Equal([5L, 6L], refs.Contacts.Order());
    }

    [Fact]
    public void Custom_field_changes_name_users_links_and_files_and_follow_the_order_of_the_fields()
    {
        var fields = new[]
        {
            Custom(30, "UF_CRM_OWNER", CustomFieldType.User, "Betreuer"),
            Custom(10, "UF_CRM_LINK", CustomFieldType.Crm, "Partner", multiple: true),
            Custom(20, "UF_CRM_FILE", CustomFieldType.File, "Vertrag"),
            Custom(40, "UF_CRM_NOTE", CustomFieldType.Text, "Notiz"),
        };
        var item = Item("fieldsChanged", """
            {"changes":[
              {"field":"title","from":"Alt","to":"Neu"},
              {"field":"customFields.UF_CRM_FILE","from":null,"to":"5"},
              {"field":"customFields.UF_CRM_LINK","from":null,"to":"[{\"entity\":\"company\",\"id\":9},{\"entity\":\"deal\",\"id\":4}]"},
              {"field":"customFields.UF_CRM_NOTE","from":"[1]","to":"Zeile eins\nZeile zwei"},
              {"field":"customFields.UF_CRM_OWNER","from":"2","to":"3"}]}
            """);

        var refs = TimelineText.ReferencedIds([item], fields);
        var names = new TimelineNames { Users = { [2] = "Anna Schmidt", [3] = "Bernd Vertrieb" }, Companies = { [9] = "Braun Elektro KG" }, Deals = { [4] = "Auftrag 7" }, Files = { [5] = "vertrag.pdf" } };
        var text = new TimelineText(Localizer("de-DE"), "de", TimeZoneInfo.Utc, Now, names) { CustomFields = fields };
        var line = text.Describe(item);

        Assert.Equal([2L, 3L], refs.Users.Order());
        Assert.Equal([9L], refs.Companies);
        Assert.Equal([4L], refs.Deals);
        Assert.Equal([5L], refs.Files);
        Assert.Equal(
            ["Titel: Alt → Neu", "Partner: — → Braun Elektro KG, Auftrag 7", "Vertrag: — → vertrag.pdf", "Betreuer: Anna Schmidt → Bernd Vertrieb", "Notiz: [1] → Zeile eins Zeile zwei"],
            line.Details);
    }

    private static Kontor.Features.CustomFields.FieldResponse Custom(int sort, string code, CustomFieldType type, string label, bool multiple = false) => new(
        sort, Kontor.Features.CustomFields.CustomFieldEntity.Deal, code, type, new Kontor.Features.CustomFields.LocalText(label, label), false, multiple, null, sort, false, false,
        new Kontor.Features.CustomFields.LocalText(null, null), [], [], default, default, 1);

    private static IStringLocalizer Localizer(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        return new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(DealText));
    }

    private static TimelineText Text(string culture, TimelineNames? names = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var localizer = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)
            .Create(typeof(DealText));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        return new TimelineText(localizer, culture[..2], zone, Now, names ?? new TimelineNames()) { Currency = "EUR" };
    }

    private static GetTimeline.Item Item(string kind, string json) =>
        new(1, kind, 2, "Anna", At, JsonDocument.Parse(json).RootElement.Clone());
}
