using Kontor.Common;
using Kontor.Features.Pipelines;

namespace Kontor.Features.Deals;

public sealed record FieldChange(string Field, string? From, string? To);

public sealed record DealCreated(Deal Deal, Stage Stage) : IDomainEvent;

public sealed record DealFieldsChanged(Deal Deal, IReadOnlyList<FieldChange> Changes, long UserId, DateTime At) : IDomainEvent;

public sealed record DealMoved(Deal Deal, long FromStageId, long ToStageId, long FromPipelineId, long ToPipelineId, long UserId, DateTime At) : IDomainEvent;

public sealed record DealClosed(Deal Deal, StageSemantic Result, long UserId, DateTime At) : IDomainEvent;

public sealed record DealReopened(Deal Deal, long UserId, DateTime At) : IDomainEvent;

public sealed record DealProductsChanged(Deal Deal, IReadOnlyList<string> Before, IReadOnlyList<string> After, IReadOnlyList<FieldChange> Changes, long UserId, DateTime At) : IDomainEvent;
