using System.Net;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.CustomFields;

/// <summary>Uploads for file fields: stored and served back as attachments, refused when too large or of a risky type.</summary>
public sealed class FileTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory, AllDatabases]
    public async Task An_uploaded_file_downloads_as_an_attachment_with_the_type_found_in_it(Db db)
    {
        var (_, http) = await apps.GetAsync(db);

        var upload = await Uploads.PostAsync(http, "Angebot März.pdf", Uploads.Pdf, claimedType: "text/html");
        var json = await upload.JsonAsync();
        var download = await http.GetAsync($"/api/v1/files/{json.Id()}");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal("application/pdf", json["contentType"]!.GetValue<string>());
        Assert.Equal(Uploads.Pdf.Length, json["size"]!.GetValue<int>());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Angebot März.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(Uploads.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/v1/files/999999")).StatusCode);
    }

    public static readonly TheoryData<Db, string, string> Refused = Risky();

    [Theory, MemberData(nameof(Refused))]
    public async Task A_risky_file_is_refused_with_415(Db db, string name, string content)
    {
        var (_, http) = await apps.GetAsync(db);

        var response = await Uploads.PostAsync(http, name, System.Text.Encoding.UTF8.GetBytes(content));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("files.type_not_allowed", (await response.JsonAsync()).Code());
    }

    [Theory, AllDatabases]
    public async Task A_file_over_the_limit_is_refused_with_413(Db db)
    {
        var (_, http) = await apps.GetAsync(db);

        var response = await Uploads.PostAsync(http, "gross.txt", new byte[(10 * 1024 * 1024) + 1].Select(_ => (byte)'a').ToArray());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("files.too_large", (await response.JsonAsync()).Code());
    }

    [Theory, AllDatabases]
    public async Task Files_can_be_kept_on_disk(Db db)
    {
        var folder = Directory.CreateTempSubdirectory("kontor-files-").FullName;
        Environment.SetEnvironmentVariable("Kontor__Files__Store", "disk");
        Environment.SetEnvironmentVariable("Kontor__Files__Path", folder);
        try
        {
            await using var app = await KontorAppFactory.CreateAsync(db);
            using var http = await app.AdminClientAsync();

            var id = await Uploads.UploadAsync(http, "bild.png", Uploads.Png);
            var download = await http.GetAsync($"/api/v1/files/{id}");

            Assert.Single(Directory.GetFiles(folder));
            Assert.Equal(Uploads.Png, await download.Content.ReadAsByteArrayAsync());
            Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Kontor__Files__Store", null);
            Environment.SetEnvironmentVariable("Kontor__Files__Path", null);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static TheoryData<Db, string, string> Risky()
    {
        var data = new TheoryData<Db, string, string>();
        foreach (var db in new[] { Db.Sqlite, Db.Postgres })
        {
            data.Add(db, "seite.html", "<!doctype html><script>alert(1)</script>");
            data.Add(db, "bild.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
            data.Add(db, "setup.exe", "MZ\u0090\u0000\u0003\u0000\u0000\u0000");
            data.Add(db, "tool", "\u007fELF\u0002\u0001\u0001");
            data.Add(db, "run.sh", "#!/bin/sh\nrm -rf /\n");
            data.Add(db, "rechnung.pdf.txt", "<html><body>Rechnung</body></html>");
        }

        return data;
    }
}
