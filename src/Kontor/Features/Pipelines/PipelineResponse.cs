namespace Kontor.Features.Pipelines;

/// <summary>A pipeline with its stages in order. <c>Version</c> changes with every change of the pipeline or a stage.</summary>
public sealed record PipelineResponse(long Id, string Name, int Sort, bool IsDefault, int Version, IReadOnlyList<StageResponse> Stages)
{
    public static PipelineResponse From(Pipeline p, string language) =>
        new(p.Id, p.Name, p.Sort, p.IsDefault, p.Version, StageRules.Ordered(p.Stages).Select(s => StageResponse.From(s, language)).ToList());
}

/// <summary>A stage; <c>Name</c> is the name in the request's language, <c>Names</c> holds both.</summary>
public sealed record StageResponse(long Id, string Code, string Name, StageNames Names, StageSemantic Semantic, string Color, int Sort)
{
    public static StageResponse From(Stage s, string language) =>
        new(s.Id, s.Code, s.Name(language), new StageNames(s.NameDe, s.NameEn), s.Semantic, s.Color, s.Sort);
}

public sealed record StageNames(string De, string En);

public sealed record PipelineList(IReadOnlyList<PipelineResponse> Items);
