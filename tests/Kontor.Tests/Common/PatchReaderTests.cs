using System.Text.Json;
using Kontor.Common;

namespace Kontor.Tests.Common;

public sealed class PatchReaderTests
{
    [Fact]
    public void A_field_no_call_names_is_refused_as_unknown_and_a_read_only_one_says_so()
    {
        var error = Read("""{ "name": "Meier", "nickname": "x", "version": 3 }""").Finish();

        Assert.NotNull(error);
        Assert.Equal(["This field is unknown."], error.Fields!["nickname"]);
        Assert.Equal(["This field is read-only."], error.Fields!["version"]);
        Assert.DoesNotContain("name", error.Fields!.Keys);
    }

    [Fact]
    public void A_body_that_is_not_an_object_is_refused()
    {
        var error = Read("""[1, 2]""").Finish();

        Assert.Equal(["$"], error!.Fields!.Keys);
        Assert.Equal("request.invalid", error.Code);
        Assert.Equal(400, error.Status);
    }

    [Fact]
    public void Null_clears_an_optional_field_and_leaves_the_others_as_they_were()
    {
        var thing = new Thing { Name = "Anna", Note = "alt", Day = new(1980, 5, 17), OwnerId = 4 };
        var patch = Read("""{ "note": null, "day": null, "ownerId": null, "label": "  Maria " }""");

        Assert.Null(patch.Finish());
        patch.ApplyTo(thing);

        Assert.Null(thing.Note);
        Assert.Null(thing.Day);
        Assert.Null(thing.OwnerId);
        Assert.Equal("Maria", thing.Label);
        Assert.Equal("Anna", thing.Name);
    }

    [Fact]
    public void Nothing_is_applied_until_apply_is_called()
    {
        var thing = new Thing { Name = "Schmidt" };
        var patch = Read("""{ "name": "Meier", "tagIds": [3, 1], "place": { "city": "Bonn" } }""");

        Assert.Null(patch.Finish());

        Assert.Equal("Schmidt", thing.Name);
        Assert.Empty(thing.TagIds);
        Assert.Null(thing.Place.City);
    }

    [Fact]
    public void Every_refused_field_is_named_with_its_own_error_and_a_nested_one_with_its_path()
    {
        var error = Read("""
            { "name": "  ", "label": 5, "note": "0123456789x", "day": "17.05.1980", "ownerId": 0,
              "tagIds": [1, 1], "place": { "city": "Köln", "planet": "Erde" }, "flag": "ja" }
            """).Finish();

        Assert.Equal(["The value must not be empty."], error!.Fields!["name"]);
        Assert.Equal(["The value has the wrong type or is out of range."], error.Fields!["label"]);
        Assert.Equal(["The value must be at most 10 characters long."], error.Fields!["note"]);
        Assert.Equal(["Expected a date as yyyy-MM-dd."], error.Fields!["day"]);
        Assert.Equal(["The value has the wrong type or is out of range."], error.Fields!["ownerId"]);
        Assert.Equal(["An id is listed twice."], error.Fields!["tagIds"]);
        Assert.Equal(["This field is unknown."], error.Fields!["place.planet"]);
        Assert.Equal(["The value has the wrong type or is out of range."], error.Fields!["flag"]);
        Assert.Equal(8, error.Fields.Count);
    }

    [Fact]
    public void A_nested_object_merges_part_by_part_null_resets_it_and_anything_else_is_refused()
    {
        var thing = new Thing { Place = new() { Street = "Hauptstr. 1", City = "Berlin" } };

        var merge = Read("""{ "place": { "city": "Hamburg", "street": null } }""");
        Assert.Null(merge.Finish());
        merge.ApplyTo(thing);
        Assert.Equal((null, "Hamburg"), (thing.Place.Street, thing.Place.City));

        var clear = Read("""{ "place": null }""");
        Assert.Null(clear.Finish());
        clear.ApplyTo(thing);
        Assert.Null(thing.Place.City);

        Assert.Equal(["Expected a JSON object."], Read("""{ "place": "Bonn" }""").Finish()!.Fields!["place"]);
    }

    [Fact]
    public void Required_values_refuse_null_and_the_or_null_ones_pass_it_on()
    {
        var error = Read("""{ "name": null, "parentId": null, "start": null, "count": null, "price": null }""").Finish();
        var thing = new Thing { Discount = 3m, Limit = 4 };
        var patch = Read("""{ "discount": null, "limit": null }""");

        Assert.Equal(["count", "name", "parentId", "price", "start"], error!.Fields!.Keys.Order());
        Assert.Null(patch.Finish());
        patch.ApplyTo(thing);
        Assert.Null(thing.Discount);
        Assert.Null(thing.Limit);
    }

    [Theory]
    [InlineData("""{ "price": -0.01 }""", "price")]
    [InlineData("""{ "price": 1000.00001 }""", "price")]
    [InlineData("""{ "price": 1.23456 }""", "price")]
    [InlineData("""{ "price": "12" }""", "price")]
    [InlineData("""{ "discount": 100.5 }""", "discount")]
    [InlineData("""{ "count": 1.5 }""", "count")]
    [InlineData("""{ "count": 11 }""", "count")]
    [InlineData("""{ "limit": -1 }""", "limit")]
    [InlineData("""{ "start": "2026-13-01" }""", "start")]
    [InlineData("""{ "parentId": -4 }""", "parentId")]
    [InlineData("""{ "tagIds": [1, "2"] }""", "tagIds")]
    [InlineData("""{ "tagIds": 1 }""", "tagIds")]
    [InlineData("""{ "tagIds": [1, 2, 3, 4] }""", "tagIds")]
    [InlineData("""{ "code": "eur" }""", "code")]
    [InlineData("""{ "code": null }""", "code")]
    [InlineData("""{ "remark": 5 }""", "remark")]
    [InlineData("""{ "remark": "0123456789x" }""", "remark")]
    public void A_value_of_the_wrong_type_or_out_of_range_is_refused(string json, string field)
    {
        var error = Read(json).Finish();

        Assert.Equal([field], error!.Fields!.Keys);
    }

    [Fact]
    public void Values_in_range_are_applied_as_read()
    {
        var thing = new Thing();
        var patch = Read("""
            { "price": 999.9999, "discount": 0, "count": 10, "limit": 0, "start": "2026-02-28", "parentId": 9007199254740993,
              "tagIds": [3, 1, 2], "code": "EUR", "flag": true }
            """);

        Assert.Null(patch.Finish());
        patch.ApplyTo(thing);

        Assert.Equal(999.9999m, thing.Price);
        Assert.Equal(0m, thing.Discount);
        Assert.Equal((10, 0), (thing.Count, thing.Limit));
        Assert.Equal(new DateOnly(2026, 2, 28), thing.Start);
        Assert.Equal(9007199254740993, thing.ParentId);
        Assert.Equal([3L, 1L, 2L], thing.TagIds);
        Assert.Equal("EUR", thing.Code);
        Assert.True(thing.Flag);
    }

    [Fact]
    public void Raw_text_is_passed_on_as_sent_and_repeated_ids_pass_where_they_are_allowed()
    {
        var thing = new Thing { Remark = "alt" };
        var spaced = Read("""{ "remark": " a  b " }""");
        var empty = Read("""{ "remark": "" }""");
        var repeats = Read("""{ "repeatIds": [5, 5] }""");

        Assert.Null(spaced.Finish());
        spaced.ApplyTo(thing);
        Assert.Equal(" a  b ", thing.Remark);
        Assert.Null(empty.Finish());
        empty.ApplyTo(thing);
        Assert.Equal("", thing.Remark);
        Assert.Null(repeats.Finish());
        repeats.ApplyTo(thing);
        Assert.Equal([5L, 5L], thing.TagIds);
    }

    [Fact]
    public void A_refused_field_and_a_value_with_its_own_message_say_so()
    {
        var patch = new PatchReader<Thing>(Parse("""{ "owner": 1, "flag": "ja", "name": "x" }"""));
        patch.Bool("flag", (t, v) => t.Flag = v, "The value must be true or false.");
        patch.TextWhere("name", v => v.Length > 1, (t, v) => t.Name = v, "Use two letters or more.");
        patch.Refuse("Only an administrator may change this field.", "owner", "admin");

        var error = patch.Finish();

        Assert.Equal(["Only an administrator may change this field."], error!.Fields!["owner"]);
        Assert.Equal(["The value must be true or false."], error.Fields!["flag"]);
        Assert.Equal(["Use two letters or more."], error.Fields!["name"]);
        Assert.Equal(3, error.Fields.Count);
    }

    [Fact]
    public void A_field_read_by_the_caller_reports_errors_at_its_own_paths()
    {
        var thing = new Thing();
        var patch = new PatchReader<Thing>(Parse("""{ "place": { "lines": ["a", 2, "c"] } }"""));
        patch.Nested("place", t => t.Place, t => t.Place = new(), place => place.Field("lines", (value, path) =>
        {
            var wrong = Enumerable.Range(0, value.GetArrayLength()).Where(i => value[i].ValueKind != JsonValueKind.String).ToList();
            wrong.ForEach(i => place.AddError($"{path}[{i}]", "Expected text."));
            return wrong.Count == 0 ? p => p.Street = string.Join(", ", value.EnumerateArray().Select(v => v.GetString())) : null;
        }));
        var fine = new PatchReader<Thing>(Parse("""{ "place": { "lines": ["a", "c"] } }"""));
        fine.Nested("place", t => t.Place, t => t.Place = new(), place => place.Field("lines", (value, _) =>
            p => p.Street = string.Join(", ", value.EnumerateArray().Select(v => v.GetString()))));

        Assert.Equal(["place.lines[1]"], patch.Finish()!.Fields!.Keys);
        Assert.Null(fine.Finish());
        fine.ApplyTo(thing);
        Assert.Equal("a, c", thing.Place.Street);
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static PatchReader<Thing> Read(string json)
    {
        var patch = new PatchReader<Thing>(Parse(json));
        patch.Text("name", 20, (t, v) => t.Name = v!, required: true);
        patch.Text("label", 20, (t, v) => t.Label = v);
        patch.Text("note", 10, (t, v) => t.Note = v);
        patch.RawText("remark", 10, (t, v) => t.Remark = v);
        patch.TextWhere("code", v => v.Length == 3 && v.All(char.IsAsciiLetterUpper), (t, v) => t.Code = v);
        patch.DateOrNull("day", (t, v) => t.Day = v);
        patch.Date("start", (t, v) => t.Start = v);
        patch.IdOrNull("ownerId", (t, v) => t.OwnerId = v);
        patch.Id("parentId", (t, v) => t.ParentId = v);
        patch.Ids("tagIds", 3, (t, v) => t.TagIds = v);
        patch.Ids("repeatIds", 3, (t, v) => t.TagIds = v, distinct: false);
        patch.Number("price", 0m, 1000m, (t, v) => t.Price = v, storable: true);
        patch.NumberOrNull("discount", 0m, 100m, (t, v) => t.Discount = v);
        patch.WholeNumber("count", 0, 10, (t, v) => t.Count = v);
        patch.WholeNumberOrNull("limit", 0, 10, (t, v) => t.Limit = v);
        patch.Bool("flag", (t, v) => t.Flag = v);
        patch.Nested("place", t => t.Place, t => t.Place = new(), place =>
        {
            place.Text("street", 20, (p, v) => p.Street = v);
            place.Text("city", 20, (p, v) => p.City = v);
        });
        patch.ReadOnly("id", "version");
        return patch;
    }

    private sealed class Thing
    {
        public string Name { get; set; } = "";

        public string? Label { get; set; }

        public string? Note { get; set; }

        public string? Remark { get; set; }

        public string? Code { get; set; }

        public DateOnly? Day { get; set; }

        public DateOnly Start { get; set; }

        public long? OwnerId { get; set; }

        public long ParentId { get; set; }

        public IReadOnlyList<long> TagIds { get; set; } = [];

        public decimal Price { get; set; }

        public decimal? Discount { get; set; }

        public int Count { get; set; }

        public int? Limit { get; set; }

        public bool Flag { get; set; }

        public Place Place { get; set; } = new();
    }

    private sealed class Place
    {
        public string? Street { get; set; }

        public string? City { get; set; }
    }
}
