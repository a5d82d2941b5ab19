namespace Kontor.Features.Timeline;

/// <summary>The kinds of timeline entries. System kinds come from record changes; later kinds (comments, activities,
/// calls, mails, payments, deliveries) fit the same row through <see cref="TimelineEntry.Data"/>.</summary>
public static class TimelineKinds
{
    public const string Created = "created";
    public const string FieldsChanged = "fieldsChanged";
    public const string StageMoved = "stageMoved";
    public const string ProductsChanged = "productsChanged";
    public const string Closed = "closed";
    public const string Reopened = "reopened";
}

/// <summary>One thing that happened to a record. Written in the same transaction as the change; immutable.</summary>
public sealed class TimelineEntry
{
    public long Id { get; private set; }

    /// <summary>The record type the entry belongs to: <c>deal</c>, <c>contact</c>, <c>company</c>.</summary>
    public string OwnerType { get; init; } = "";

    /// <summary>Set for deal entries; a foreign key so that an entry of a new deal gets the deal's id on insert.</summary>
    public long? DealId { get; init; }

    public long? ContactId { get; init; }

    public long? CompanyId { get; init; }

    public string Kind { get; init; } = "";

    public long? AuthorId { get; init; }

    public DateTime CreatedAt { get; init; }

    /// <summary>Kind-specific details as JSON (old and new values, stage ids, row summaries, ...).</summary>
    public string Data { get; init; } = "{}";

    /// <summary>Writes a deal entry for a deal whose id may not exist yet: EF fills it from the navigation.</summary>
    public static TimelineEntry ForDeal(Deals.Deal deal, string kind, long? authorId, DateTime at, object data) => new()
    {
        OwnerType = "deal",
        Deal = deal,
        Kind = kind,
        AuthorId = authorId,
        CreatedAt = at,
        Data = System.Text.Json.JsonSerializer.Serialize(data, TimelineJson.Options),
    };

    public Deals.Deal? Deal { get; private init; }
}

internal static class TimelineJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web);
}
