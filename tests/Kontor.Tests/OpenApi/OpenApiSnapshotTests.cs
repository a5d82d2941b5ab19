using System.Text.Json;
using System.Text.Json.Nodes;
using Kontor.Tests.Support;

namespace Kontor.Tests.OpenApi;

/// <summary>The committed OpenAPI document (docs/api/openapi.v1.json) is the one the app serves; a change to the API shows in review.</summary>
public sealed class OpenApiSnapshotTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task The_served_openapi_document_equals_the_committed_one()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite);
        var served = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var text = served.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        var file = Path.Combine(RepositoryRoot(), "docs", "api", "openapi.v1.json");

        if (Environment.GetEnvironmentVariable("KONTOR_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(file, text);
        }

        Assert.True(File.Exists(file), "docs/api/openapi.v1.json is missing: run the tests once with KONTOR_UPDATE_OPENAPI=1.");
        Assert.True(
            text == (await File.ReadAllTextAsync(file)).ReplaceLineEndings("\n"),
            "The API changed: review the difference and run the tests with KONTOR_UPDATE_OPENAPI=1 to update docs/api/openapi.v1.json.");
    }

    [Fact]
    public async Task The_api_reference_page_is_served()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite);

        var page = await app.CreateClient().GetStringAsync("/api/docs");

        Assert.Contains("Kontor API", page, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kontor.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Kontor.slnx not found above the test output.");
    }
}
