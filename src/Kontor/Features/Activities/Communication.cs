using Kontor.Common;

namespace Kontor.Features.Activities;

public enum CommunicationChannel
{
    Call,
    Email,
}

/// <summary>How a call or e-mail went. Calls: answered, noAnswer, busy, voicemail, failed; e-mails: sent, received, bounced.</summary>
public enum CommunicationOutcome
{
    Answered,
    NoAnswer,
    Busy,
    Voicemail,
    Failed,
    Sent,
    Received,
    Bounced,
}

/// <summary>
/// A call or e-mail that happened, logged by hand or (later) by intake from the mail server or telephone system.
/// Immutable once written. <see cref="Source"/> and <see cref="ExternalId"/> let intake write each message or call once.
/// </summary>
public sealed class Communication : IHasDomainEvents
{
    public const string ManualSource = "manual";

    private readonly List<IDomainEvent> _events = [];

    private Communication()
    {
    }

    public long Id { get; private set; }

    public long DealId { get; private set; }

    public CommunicationChannel Channel { get; private set; }

    public Direction Direction { get; private set; }

    public CommunicationOutcome? Outcome { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public int? DurationSeconds { get; private set; }

    public string? Subject { get; private set; }

    public string? Note { get; private set; }

    public long? ContactId { get; private set; }

    /// <summary>The customer's phone number or e-mail address.</summary>
    public string? CustomerAddress { get; private set; }

    /// <summary><c>manual</c> for logged by hand; intake names itself.</summary>
    public string Source { get; private set; } = ManualSource;

    /// <summary>The call id or message id of intake; null for manual entries.</summary>
    public string? ExternalId { get; private set; }

    public long? LoggedById { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    public static Communication Log(
        long dealId, CommunicationChannel channel, Direction direction, CommunicationOutcome? outcome, DateTime occurredAt,
        int? durationSeconds, string? subject, string? note, long? contactId, string? customerAddress, string source,
        string? externalId, long? userId, DateTime utcNow)
    {
        var c = new Communication
        {
            DealId = dealId,
            Channel = channel,
            Direction = direction,
            Outcome = outcome,
            OccurredAt = occurredAt,
            DurationSeconds = durationSeconds,
            Subject = subject,
            Note = note,
            ContactId = contactId,
            CustomerAddress = customerAddress,
            Source = source,
            ExternalId = externalId,
            LoggedById = userId,
            CreatedAt = utcNow,
        };
        c._events.Add(new CommunicationLogged(c));
        return c;
    }
}

public sealed record CommunicationLogged(Communication Communication) : IDomainEvent;
