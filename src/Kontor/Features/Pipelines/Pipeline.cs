using Kontor.Common;

namespace Kontor.Features.Pipelines;

/// <summary>A sales pipeline: an ordered list of stages, in progress first, then one won stage, then lost stages.</summary>
public sealed class Pipeline : IVersioned
{
    public long Id { get; init; }

    public string Name { get; set; } = "";

    public int Sort { get; set; } = 500;

    public bool IsDefault { get; set; }

    public int Version { get; private set; } = 1;

    public List<Stage> Stages { get; private set; } = [];

    public void BumpVersion() => Version++;

    /// <summary>The stage a deal lands on when it enters this pipeline.</summary>
    public Stage FirstStage => Stages.Where(s => s.Semantic == StageSemantic.InProgress).OrderBy(s => s.Sort).First();

    /// <summary>The prefix of stage codes: none for the default pipeline, <c>C{id}:</c> for others (Bitrix24's rule).</summary>
    public string CodePrefix => IsDefault ? "" : $"C{Id}:";
}

public enum StageSemantic
{
    InProgress,
    Won,
    Lost,
}

/// <summary>A stage of one pipeline. <see cref="Code"/> is unique per pipeline and immutable (<c>NEW</c>, <c>C3:NEW</c>).</summary>
public sealed class Stage
{
    public long Id { get; init; }

    public long PipelineId { get; set; }

    public string Code { get; set; } = "";

    public string NameDe { get; set; } = "";

    public string NameEn { get; set; } = "";

    public StageSemantic Semantic { get; set; }

    public int Sort { get; set; }

    /// <summary>Colour as <c>#RRGGBB</c>.</summary>
    public string Color { get; set; } = "#39A8EF";

    public bool IsFinal => Semantic != StageSemantic.InProgress;

    public string Name(string? language) => language == "de" ? NameDe : NameEn;
}
