namespace Kontor.Common;

/// <summary>Something that happened to an entity, recorded in the same transaction as the change.</summary>
public interface IDomainEvent;

/// <summary>An entity that raises events; the database context hands them to reactions before commit.</summary>
public interface IHasDomainEvents
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}

/// <summary>An entity with an app-maintained version, used as the optimistic concurrency token.</summary>
public interface IVersioned
{
    int Version { get; }

    void BumpVersion();
}

public abstract class AggregateRoot : IHasDomainEvents, IVersioned
{
    private readonly List<IDomainEvent> _events = [];

    public long Id { get; private set; }

    public int Version { get; private set; } = 1;

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    public void BumpVersion() => Version++;

    protected void Raise(IDomainEvent e) => _events.Add(e);
}
