using Kontor.Common;

namespace Kontor.Features.CustomFields;

/// <summary>The record types that carry custom fields; each has its own set of definitions.</summary>
public enum CustomFieldEntity
{
    Deal,
    Contact,
    Company,
}

/// <summary>The value types of custom fields; the JSON names are the API's type names.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The members are the type names of the API (string, integer, decimal).")]
public enum CustomFieldType
{
    String,
    Text,
    Integer,
    Decimal,
    Boolean,
    Date,
    Datetime,
    List,
    Money,
    Url,
    Email,
    Phone,
    User,
    Crm,
    File,
}

/// <summary>
/// A custom field of one record type. Values live in the record's <c>custom_fields</c> JSON column keyed by
/// <see cref="Code"/>; code, type, record type and "multiple" never change, because stored values depend on them.
/// </summary>
public sealed class FieldDefinition : IVersioned
{
    public const string CodePrefix = "UF_CRM_";
    public const string CodePattern = "^UF_CRM_[A-Z0-9_]{1,43}$";
    public const int MaxCodeLength = 50;

    public long Id { get; private set; }

    public CustomFieldEntity Entity { get; init; }

    public string Code { get; init; } = "";

    public CustomFieldType Type { get; init; }

    public bool Multiple { get; init; }

    public string LabelDe { get; set; } = "";

    public string LabelEn { get; set; } = "";

    public bool Mandatory { get; set; }

    /// <summary>The value a new record gets when it is created without one, as stored JSON; null for none.</summary>
    public string? DefaultValue { get; set; }

    public int Sort { get; set; }

    public bool ShowInList { get; set; }

    /// <summary>Offered as a list filter and backed by an expression index (see <see cref="CustomFieldIndexes"/>).</summary>
    public bool Filterable { get; set; }

    public string? HelpDe { get; set; }

    public string? HelpEn { get; set; }

    /// <summary>Deals only: the pipelines whose deals show the field; none means every pipeline.</summary>
    public List<FieldPipeline> Pipelines { get; private set; } = [];

    /// <summary>List fields: the items in order. Items are retired, never removed, so stored ids stay meaningful.</summary>
    public List<FieldItem> Items { get; private set; } = [];

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; private set; } = 1;

    public void BumpVersion() => Version++;

    /// <summary>True when a deal of <paramref name="pipelineId"/> shows the field (always for contacts and companies).</summary>
    public bool IsVisibleIn(long? pipelineId) =>
        Pipelines.Count == 0 || pipelineId is null || Pipelines.Exists(p => p.PipelineId == pipelineId);

    public string Label(string language) => language == "en" ? LabelEn : LabelDe;
}

public sealed class FieldItem
{
    public long Id { get; private set; }

    public long FieldId { get; private set; }

    public int Sort { get; set; }

    public string LabelDe { get; set; } = "";

    public string LabelEn { get; set; } = "";

    public bool Retired { get; set; }
}

public sealed class FieldPipeline
{
    public long FieldId { get; set; }

    public long PipelineId { get; set; }
}
