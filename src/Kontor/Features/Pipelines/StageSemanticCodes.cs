using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kontor.Features.Pipelines;

/// <summary>Bitrix24's one-letter semantics, used in storage and in the dialect: P in progress, S won, F lost.</summary>
public static class StageSemanticCodes
{
    public static string ToCode(StageSemantic s) => s switch
    {
        StageSemantic.InProgress => "P",
        StageSemantic.Won => "S",
        StageSemantic.Lost => "F",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static StageSemantic FromCode(string code) => code switch
    {
        "S" => StageSemantic.Won,
        "F" => StageSemantic.Lost,
        _ => StageSemantic.InProgress,
    };

    public static readonly ValueConverter<StageSemantic, string> Converter = new(s => ToCode(s), c => FromCode(c));
}
