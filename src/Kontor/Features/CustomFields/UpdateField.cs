using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.CustomFields;

/// <summary>
/// PATCH: labels, help, mandatory, sort, shown in list, filterable, default value, pipelines and list items change;
/// code, type, record type and "multiple" are refused when they differ (<c>custom_fields.immutable</c>). <c>items</c>
/// replaces the list in the order given: existing items by <c>id</c> (each exactly once; retire them instead of leaving
/// them out), new items without one. Stored values are not touched.
/// </summary>
public static class UpdateField
{
    public static async Task<Results<Ok<FieldResponse>, ProblemHttpResult>> Handle(
        long id, JsonElement body, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (field, error) = await RunAsync(db, id, body, version => ETags.Matches(http.Request, version), clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(field!.Version);
        return TypedResults.Ok(field);
    }

    public static async Task<(FieldResponse? Field, Error? Error)> RunAsync(
        KontorDb db, long id, JsonElement body, Func<int, bool> versionMatches, TimeProvider clock, CancellationToken ct)
    {
        var raw = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var patch = new PatchReader<FieldDefinition>(body);
        patch.Field("labels", (v, path) => Labels(patch, v, path));
        patch.Field("help", (v, path) => Help(patch, v, path));
        patch.Bool("mandatory", (f, v) => f.Mandatory = v);
        patch.Bool("showInList", (f, v) => f.ShowInList = v);
        patch.Bool("filterable", (f, v) => f.Filterable = v);
        patch.WholeNumber("sort", 0, 1_000_000, (f, v) => f.Sort = v);
        foreach (var name in new[] { "defaultValue", "pipelineIds", "items", "code", "type", "entity", "multiple" })
        {
            patch.Field(name, (v, _) => { raw[name] = v.Clone(); return _ => { }; });
        }

        patch.ReadOnly("id", "version", "createdAt", "updatedAt");
        if (patch.Finish() is { } invalid)
        {
            return (null, invalid);
        }

        var field = await db.Set<FieldDefinition>().Include(f => f.Items).Include(f => f.Pipelines).AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == id, ct);
        if (field is null)
        {
            return (null, CustomFieldErrors.NotFound);
        }

        if (!versionMatches(field.Version))
        {
            return (null, new Error("concurrency.precondition_failed", "The field was changed meanwhile; read it again and retry.", StatusCodes.Status412PreconditionFailed));
        }

        if (ChangesFixedParts(field, raw))
        {
            return (null, CustomFieldErrors.Immutable);
        }

        var wasFilterable = field.Filterable;
        patch.ApplyTo(field);

        if (raw.TryGetValue("pipelineIds", out var pipelines) && await PipelinesAsync(db, field, pipelines, ct) is { } pipelineError)
        {
            return (null, pipelineError);
        }

        if (raw.TryGetValue("items", out var items) && Items(field, items) is { } itemError)
        {
            return (null, itemError);
        }

        if (raw.TryGetValue("defaultValue", out var defaultValue) && FieldRules.Default(field, defaultValue) is { } defaultError)
        {
            return (null, defaultError);
        }

        // Marks the definition changed even when only its items or pipelines did, so that its version moves on.
        field.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        db.Entry(field).Property(f => f.UpdatedAt).IsModified = true;
        await db.SaveChangesAsync(ct);
        if (field.Filterable != wasFilterable)
        {
            await CustomFieldIndexes.SyncAsync(db, field, ct);
        }

        return (FieldResponse.From(field), null);
    }

    private static bool ChangesFixedParts(FieldDefinition field, Dictionary<string, JsonElement> raw)
    {
        static string? Name<T>(T value)
            where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

        return (raw.TryGetValue("code", out var code) && (code.ValueKind != JsonValueKind.String || code.GetString() != field.Code)) ||
            (raw.TryGetValue("type", out var type) && (type.ValueKind != JsonValueKind.String || type.GetString() != Name(field.Type))) ||
            (raw.TryGetValue("entity", out var entity) && (entity.ValueKind != JsonValueKind.String || entity.GetString() != Name(field.Entity))) ||
            (raw.TryGetValue("multiple", out var multiple) && (multiple.ValueKind is not (JsonValueKind.True or JsonValueKind.False) || multiple.GetBoolean() != field.Multiple));
    }

    private static Action<FieldDefinition>? Labels(PatchReader<FieldDefinition> patch, JsonElement v, string path)
    {
        var (de, en, ok) = LocalTexts(patch, v, path, 255, required: true);
        return ok ? f => { f.LabelDe = de.Present ? de.Value! : f.LabelDe; f.LabelEn = en.Present ? en.Value! : f.LabelEn; } : null;
    }

    private static Action<FieldDefinition>? Help(PatchReader<FieldDefinition> patch, JsonElement v, string path)
    {
        if (v.ValueKind == JsonValueKind.Null)
        {
            return f => (f.HelpDe, f.HelpEn) = (null, null);
        }

        var (de, en, ok) = LocalTexts(patch, v, path, 2000, required: false);
        return ok ? f => { f.HelpDe = de.Present ? de.Value : f.HelpDe; f.HelpEn = en.Present ? en.Value : f.HelpEn; } : null;
    }

    private static ((bool Present, string? Value) De, (bool Present, string? Value) En, bool Ok) LocalTexts(
        PatchReader<FieldDefinition> patch, JsonElement v, string path, int max, bool required)
    {
        if (v.ValueKind != JsonValueKind.Object)
        {
            patch.AddError(path, "Expected an object with de and en.");
            return (default, default, false);
        }

        var ok = true;
        (bool, string?) Read(string language)
        {
            if (!v.TryGetProperty(language, out var text))
            {
                return (false, null);
            }

            var value = text.ValueKind == JsonValueKind.String ? InputText.OrNull(text.GetString()) : null;
            if ((text.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) || (required && value is null) || value?.Length > max)
            {
                patch.AddError($"{path}.{language}", required ? $"Expected a text of 1 to {max} characters." : $"Expected a text of at most {max} characters.");
                ok = false;
            }

            return (true, value);
        }

        var unknown = v.EnumerateObject().Where(p => p.Name is not ("de" or "en")).ToList();
        foreach (var p in unknown)
        {
            patch.AddError($"{path}.{p.Name}", "This field is unknown.");
            ok = false;
        }

        var de = Read("de");
        var en = Read("en");
        return (de, en, ok);
    }

    private static async Task<Error?> PipelinesAsync(KontorDb db, FieldDefinition field, JsonElement value, CancellationToken ct)
    {
        var ids = new List<long>();
        if (value.ValueKind != JsonValueKind.Null)
        {
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > 100 ||
                value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Number || !e.TryGetInt64(out var id) || id <= 0))
            {
                return Error.Validation("pipelineIds", "Expected a list of at most 100 pipeline ids.");
            }

            ids = value.EnumerateArray().Select(e => e.GetInt64()).Distinct().ToList();
        }

        if (FieldRules.CheckShape(field.Entity, field.Type, field.Multiple, ids) is { } shape)
        {
            return shape;
        }

        if (await FieldRules.CheckPipelinesAsync(db, ids, ct) is { } missing)
        {
            return missing;
        }

        field.Pipelines.RemoveAll(p => !ids.Contains(p.PipelineId));
        field.Pipelines.AddRange(ids.Where(id => !field.Pipelines.Exists(p => p.PipelineId == id)).Select(id => new FieldPipeline { PipelineId = id }));
        return null;
    }

    private static Error? Items(FieldDefinition field, JsonElement value)
    {
        if (field.Type != CustomFieldType.List)
        {
            return Error.Validation("items", "Only list fields have items.");
        }

        ItemPatch[]? items;
        try
        {
            items = value.Deserialize<ItemPatch[]>(ItemJson);
        }
        catch (JsonException)
        {
            items = null;
        }

        if (items is null || items.Length > FieldRules.MaxItems || items.Any(i => i is null))
        {
            return Error.Validation("items", $"Expected a list of at most {FieldRules.MaxItems} items: {{\"id\"?, \"labels\": {{\"de\", \"en\"}}, \"retired\"?}}.");
        }

        var errors = new Dictionary<string, string[]>();
        var named = items.Where(i => i.Id is not null).Select(i => i.Id!.Value).ToList();
        if (named.Distinct().Count() != named.Count || named.Any(id => !field.Items.Exists(i => i.Id == id)))
        {
            errors["items"] = ["An item id is listed twice or does not belong to this field."];
        }
        else if (field.Items.Any(i => !named.Contains(i.Id)))
        {
            errors["items"] = ["Every existing item must be listed; retire items instead of removing them."];
        }

        for (var i = 0; i < items.Length; i++)
        {
            var labels = items[i].Labels;
            if ((items[i].Id is null && labels is null) || (labels is not null && (!IsLabel(labels.De) || !IsLabel(labels.En))))
            {
                errors[$"items[{i}].labels"] = ["Expected labels with de and en of 1 to 255 characters."];
            }
        }

        if (errors.Count > 0)
        {
            return Error.Validation(errors);
        }

        for (var i = 0; i < items.Length; i++)
        {
            var input = items[i];
            var item = input.Id is { } id ? field.Items.Find(x => x.Id == id)! : new FieldItem();
            if (input.Id is null)
            {
                field.Items.Add(item);
            }

            item.Sort = i * 10;
            if (input.Labels is { } labels)
            {
                (item.LabelDe, item.LabelEn) = (labels.De!.Trim(), labels.En!.Trim());
            }

            item.Retired = input.Retired ?? item.Retired;
        }

        return null;
    }

    private static bool IsLabel(string? text) => InputText.OrNull(text) is { Length: <= 255 };

    private static readonly JsonSerializerOptions ItemJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private sealed record ItemPatch(long? Id, ItemLabels? Labels, bool? Retired);

    private sealed record ItemLabels(string? De, string? En);
}
