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
    public const string Comment = "comment";
    public const string Activity = "activity";
    public const string Call = "call";
    public const string Email = "email";
    public const string Payment = "payment";
    public const string Delivery = "delivery";

    /// <summary>Entries written by changes of the record itself.</summary>
    public static readonly IReadOnlyList<string> SystemKinds = [Created, FieldsChanged, StageMoved, ProductsChanged, Closed, Reopened];

    /// <summary>Entries of what people add to a record.</summary>
    public static readonly IReadOnlyList<string> RecordKinds = [Comment, Activity, Call, Email, Payment, Delivery];
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

    /// <summary>The comment, activity, call or e-mail, payment or delivery the entry is about; at most one is set.</summary>
    public long? CommentId { get; init; }

    public long? ActivityId { get; init; }

    public long? CommunicationId { get; init; }

    public long? PaymentId { get; init; }

    public long? DeliveryId { get; init; }

    // Navigations let an entry point at a record inserted in the same save, before its id is known.
    public Comments.Comment? Comment { get; init; }

    public Activities.Activity? Activity { get; init; }

    public Activities.Communication? Communication { get; init; }

    public Payments.Payment? Payment { get; init; }

    public Deliveries.Delivery? Delivery { get; init; }

    /// <summary>An entry of a record that exists already (deal, contact or company).</summary>
    public static TimelineEntry For(Owner owner, string kind, long? authorId, DateTime at, object data) => new()
    {
        OwnerType = owner.Code,
        DealId = owner.DealId,
        ContactId = owner.ContactId,
        CompanyId = owner.CompanyId,
        Kind = kind,
        AuthorId = authorId,
        CreatedAt = at,
        Data = System.Text.Json.JsonSerializer.Serialize(data, TimelineJson.Options),
    };

    /// <summary>A copy pointing at the record it is about.</summary>
    public TimelineEntry About(
        Comments.Comment? comment = null, Activities.Activity? activity = null, Activities.Communication? communication = null,
        Payments.Payment? payment = null, Deliveries.Delivery? delivery = null) => new()
        {
            OwnerType = OwnerType,
            DealId = DealId,
            ContactId = ContactId,
            CompanyId = CompanyId,
            Kind = Kind,
            AuthorId = AuthorId,
            CreatedAt = CreatedAt,
            Data = Data,
            Comment = comment,
            Activity = activity,
            Communication = communication,
            Payment = payment,
            Delivery = delivery,
        };
}

internal static class TimelineJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web);
}
