using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Pipelines;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.CustomFields;

public static class CreateField
{
    public sealed record Request
    {
        /// <summary><c>deal</c>, <c>contact</c> or <c>company</c>.</summary>
        [Required]
        public CustomFieldEntity? Entity { get; init; }

        /// <summary><c>UF_CRM_</c> and upper-case letters, digits and underscores; unique per record type; never changes.</summary>
        [Required, StringLength(FieldDefinition.MaxCodeLength), RegularExpression(FieldDefinition.CodePattern)]
        public string Code { get; init; } = "";

        /// <summary>string, text, integer, decimal, boolean, date, datetime, list, money, url, email, phone, user, crm or file; never changes.</summary>
        [Required]
        public CustomFieldType? Type { get; init; }

        [Required]
        public LabelsInput? Labels { get; init; }

        public bool? Mandatory { get; init; }

        /// <summary>The field holds a list of values; never changes.</summary>
        public bool? Multiple { get; init; }

        /// <summary>The value new records get when none is sent (list fields: set it once the items exist).</summary>
        public JsonElement? DefaultValue { get; init; }

        /// <summary>Position among the fields of the record type; after the last one when left out.</summary>
        [Range(0, 1_000_000)]
        public int? Sort { get; init; }

        public bool? ShowInList { get; init; }

        /// <summary>Offered as a list filter, with an index on PostgreSQL and SQLite.</summary>
        public bool? Filterable { get; init; }

        public HelpInput? Help { get; init; }

        /// <summary>Deal fields only: the pipelines whose deals show the field; none for every pipeline.</summary>
        [MaxLength(100)]
        public IReadOnlyList<long>? PipelineIds { get; init; }

        /// <summary>List fields: the items in order.</summary>
        [MaxLength(FieldRules.MaxItems)]
        public IReadOnlyList<ItemInput>? Items { get; init; }
    }

    public static async Task<Results<CreatedAtRoute<FieldResponse>, ProblemHttpResult>> Handle(
        Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (field, error) = await RunAsync(db, request, clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(field!.Version);
        return TypedResults.CreatedAtRoute(field, nameof(GetField), new { id = field.Id });
    }

    public static async Task<(FieldResponse? Field, Error? Error)> RunAsync(KontorDb db, Request request, TimeProvider clock, CancellationToken ct)
    {
        var entity = request.Entity!.Value;
        var type = request.Type!.Value;
        var multiple = request.Multiple ?? false;
        if (FieldRules.CheckShape(entity, type, multiple, request.PipelineIds) is { } shapeError)
        {
            return (null, shapeError);
        }

        if (request.Items is { Count: > 0 } && type != CustomFieldType.List)
        {
            return (null, Error.Validation("items", "Only list fields have items."));
        }

        if (await db.Set<FieldDefinition>().AnyAsync(f => f.Entity == entity && f.Code == request.Code, ct))
        {
            return (null, CustomFieldErrors.CodeTaken);
        }

        if (await FieldRules.CheckPipelinesAsync(db, request.PipelineIds, ct) is { } pipelineError)
        {
            return (null, pipelineError);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var sort = request.Sort ?? ((await db.Set<FieldDefinition>().Where(f => f.Entity == entity).MaxAsync(f => (int?)f.Sort, ct)) ?? 0) + 10;
        var field = new FieldDefinition
        {
            Entity = entity,
            Code = request.Code,
            Type = type,
            Multiple = multiple,
            LabelDe = request.Labels!.De.Trim(),
            LabelEn = request.Labels.En.Trim(),
            Mandatory = request.Mandatory ?? false,
            Sort = sort,
            ShowInList = request.ShowInList ?? false,
            Filterable = request.Filterable ?? false,
            HelpDe = InputText.OrNull(request.Help?.De),
            HelpEn = InputText.OrNull(request.Help?.En),
            CreatedAt = now,
            UpdatedAt = now,
        };
        field.Pipelines.AddRange((request.PipelineIds ?? []).Distinct().Select(id => new FieldPipeline { PipelineId = id }));
        field.Items.AddRange((request.Items ?? []).Select((item, i) => new FieldItem
        {
            Sort = i * 10,
            LabelDe = item.Labels!.De.Trim(),
            LabelEn = item.Labels.En.Trim(),
            Retired = item.Retired ?? false,
        }));

        if (request.DefaultValue is { } defaultValue)
        {
            if (type == CustomFieldType.List && defaultValue.ValueKind != JsonValueKind.Null)
            {
                return (null, Error.Validation("defaultValue", "Set a list field's default once its items exist (PATCH), as it names an item id."));
            }

            if (FieldRules.Default(field, defaultValue) is { } defaultError)
            {
                return (null, defaultError);
            }
        }

        db.Add(field);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another request took the code between the check and the insert.
            db.ChangeTracker.Clear();
            if (await db.Set<FieldDefinition>().AnyAsync(f => f.Entity == entity && f.Code == request.Code, ct))
            {
                return (null, CustomFieldErrors.CodeTaken);
            }

            throw;
        }

        if (field.Filterable)
        {
            await CustomFieldIndexes.SyncAsync(db, field, ct);
        }

        return (FieldResponse.From(field), null);
    }
}

/// <summary>Rules that creating and changing definitions share.</summary>
public static class FieldRules
{
    public const int MaxItems = 1000;

    public static Error? CheckShape(CustomFieldEntity entity, CustomFieldType type, bool multiple, IReadOnlyList<long>? pipelineIds)
    {
        if (multiple && type == CustomFieldType.Boolean)
        {
            return Error.Validation("multiple", "A yes/no field holds one value.");
        }

        return pipelineIds is { Count: > 0 } && entity != CustomFieldEntity.Deal
            ? Error.Validation("pipelineIds", "Only deal fields can be limited to pipelines.")
            : null;
    }

    public static async Task<Error?> CheckPipelinesAsync(KontorDb db, IReadOnlyList<long>? pipelineIds, CancellationToken ct)
    {
        if (pipelineIds is not { Count: > 0 })
        {
            return null;
        }

        var ids = pipelineIds.Distinct().ToList();
        return await db.Set<Pipeline>().CountAsync(p => ids.Contains(p.Id), ct) == ids.Count ? null : CustomFieldErrors.PipelineNotFound;
    }

    /// <summary>Checks and sets the default value (null clears it); list defaults must name a current, unretired item.</summary>
    public static Error? Default(FieldDefinition field, JsonElement value)
    {
        var (node, message) = CustomFieldValidator.CheckShape(field, value);
        if (message is not null)
        {
            return Error.Validation("defaultValue", message);
        }

        if (field.Type == CustomFieldType.List && node is not null)
        {
            var ids = node is System.Text.Json.Nodes.JsonArray array ? array.Select(n => n!.GetValue<long>()) : [node.GetValue<long>()];
            if (ids.Any(id => !field.Items.Exists(i => i.Id == id && !i.Retired)))
            {
                return Error.Validation("defaultValue", "The default must name items of the list that are not retired.");
            }
        }

        field.DefaultValue = node?.ToJsonString(CustomValues.Storage);
        return null;
    }
}
