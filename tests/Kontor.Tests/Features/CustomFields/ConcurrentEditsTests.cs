using System.Net;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.CustomFields;

public sealed class ConcurrentEditsTests
{
    [Theory, AllDatabases]
    public async Task Definition_changes_during_concurrent_value_edits_lose_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var list = await http.DefineAsync("list", items: [Fields.Item("Erste", "First")]);
        var texts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            texts.Add((await http.DefineAsync("string")).CodeOf());
        }

        var deals = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            deals.Add((await http.DealAsync(new { }, $"Auftrag {i}")).Id());
        }

        // Every deal gets a value in every text field (same deal from several writers: a 409 is retried, as a client does),
        // while the list field is renamed and grows item by item.
        var edits = deals.SelectMany(deal => texts.Select(code => (deal, code))).Select(async e =>
        {
            for (var attempt = 0; ; attempt++)
            {
                var response = await http.PatchJsonAsync($"/api/v1/deals/{e.deal}", new
                {
                    customFields = new Dictionary<string, object> { [e.code] = $"{e.deal}-{e.code}", [list.CodeOf()] = list.ItemId(0) },
                });
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
                Assert.True(attempt < 50, "Too many conflicts.");
            }
        });
        var definitionChanges = Task.Run(async () =>
        {
            for (var i = 1; i <= 8; i++)
            {
                var current = await http.GetJsonAsync($"/api/v1/custom-fields/{list.Id()}");
                var items = current["items"]!.AsArray().Select(item => (object)new { id = item!["id"]!.GetValue<long>() })
                    .Append(new { labels = new { de = $"Neu {i}", en = $"New {i}" } }).ToArray();
                var response = await http.PatchJsonAsync($"/api/v1/custom-fields/{list.Id()}", new { labels = new { de = $"Liste {i}" }, items });
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        });
        await Task.WhenAll(edits.Append(definitionChanges));

        foreach (var deal in deals)
        {
            var values = (await http.GetJsonAsync($"/api/v1/deals/{deal}"))["customFields"]!;
            Assert.All(texts, code => Assert.Equal($"{deal}-{code}", values[code]?.GetValue<string>()));
            Assert.Equal(list.ItemId(0), values[list.CodeOf()]!.GetValue<long>());
        }

        var field = await http.GetJsonAsync($"/api/v1/custom-fields/{list.Id()}");
        Assert.Equal(9, field["items"]!.AsArray().Count);
        Assert.Equal("Liste 8", field["labels"]!["de"]!.GetValue<string>());
    }
}
