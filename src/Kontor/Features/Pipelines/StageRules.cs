using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Kontor.Features.Pipelines;

/// <summary>
/// The rules every stage change keeps (Bitrix24's stage model): in-progress stages sort before the one won stage, which
/// sorts before the lost stages; codes are <c>[A-Za-z0-9_-]</c>, at most 22 characters before the pipeline's prefix.
/// </summary>
public static partial class StageRules
{
    public const int MaxCodeLength = 22;

    /// <summary>A code as a client may send it: bare, or already carrying a <c>C{id}:</c> prefix.</summary>
    public const string CodePattern = "^(C[0-9]{1,19}:)?[A-Za-z0-9_-]{1,22}$";

    /// <summary>The longest prefix (<c>C</c>, 19 digits, <c>:</c>) plus the longest code.</summary>
    public const int MaxPrefixedCodeLength = 21 + MaxCodeLength;

    public const string ColorPattern = "^#[0-9A-Fa-f]{6}$";

    public const int MaxSort = 1_000_000;

    public const int MaxNameLength = 255;

    public static IEnumerable<Stage> Ordered(IEnumerable<Stage> stages) => stages.OrderBy(s => s.Sort).ThenBy(s => s.Id);

    private static int Rank(StageSemantic semantic) => semantic switch
    {
        StageSemantic.InProgress => 0,
        StageSemantic.Won => 1,
        StageSemantic.Lost => 2,
        _ => throw new ArgumentOutOfRangeException(nameof(semantic)),
    };

    /// <summary>True when every stage of a lower rank sorts strictly before every stage of a higher rank.</summary>
    public static bool InOrder(IEnumerable<(StageSemantic Semantic, int Sort)> stages)
    {
        int? previousMax = null;
        foreach (var rank in stages.GroupBy(s => Rank(s.Semantic)).OrderBy(g => g.Key))
        {
            if (previousMax is { } max && rank.Min(s => s.Sort) <= max)
            {
                return false;
            }

            previousMax = rank.Max(s => s.Sort);
        }

        return true;
    }

    public static bool InOrder(IEnumerable<Stage> stages) => InOrder(stages.Select(s => (s.Semantic, s.Sort)));

    /// <summary>True when a list of semantics in list order keeps in-progress, then won, then lost.</summary>
    public static bool InOrder(IEnumerable<StageSemantic> semantics)
    {
        var last = 0;
        foreach (var rank in semantics.Select(Rank))
        {
            if (rank < last)
            {
                return false;
            }

            last = rank;
        }

        return true;
    }

    /// <summary>
    /// Gives a new stage without an explicit sort its place: an in-progress stage goes right before the won stage, a
    /// lost stage goes last. When there is no free sort value between the neighbours, all stages are renumbered.
    /// </summary>
    public static void Place(Pipeline pipeline, Stage stage)
    {
        var ordered = Ordered(pipeline.Stages).ToList();
        var index = stage.Semantic == StageSemantic.InProgress
            ? ordered.FindIndex(s => s.Semantic != StageSemantic.InProgress)
            : -1;
        if (index < 0)
        {
            index = ordered.Count;
        }

        int? lower = index > 0 ? ordered[index - 1].Sort : null;
        int? upper = index < ordered.Count ? ordered[index].Sort : null;
        int? sort = (lower, upper) switch
        {
            (null, null) => 10,
            ({ } l, null) => l + 10,
            (null, { } u) => u > 10 ? u - 10 : u > 0 ? u / 2 : null,
            ({ } l, { } u) => u - l > 10 ? l + 10 : u - l >= 2 ? l + ((u - l) / 2) : null,
        };
        if (sort is { } free)
        {
            stage.Sort = free;
            return;
        }

        ordered.Insert(index, stage);
        Renumber(ordered);
    }

    /// <summary>Assigns sorts 10, 20, 30, ... in list order.</summary>
    public static void Renumber(IReadOnlyList<Stage> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Sort = (i + 1) * 10;
        }
    }

    /// <summary>
    /// The code as stored: with the pipeline's prefix (none for the default pipeline). A code that already carries this
    /// pipeline's prefix is kept; one that carries another pipeline's prefix is refused.
    /// </summary>
    public static bool TryStoredCode(Pipeline pipeline, string code, out string stored)
    {
        var prefix = PrefixRegex().Match(code);
        if (prefix.Success)
        {
            stored = code;
            return pipeline.CodePrefix.Length > 0 && prefix.Value == pipeline.CodePrefix;
        }

        stored = pipeline.CodePrefix + code;
        return true;
    }

    /// <summary>Codes compare without case: <c>new</c> next to <c>NEW</c> would only confuse people and connectors.</summary>
    public static bool CodeTaken(Pipeline pipeline, string code) =>
        pipeline.Stages.Any(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>A free code in Bitrix24's style for user-created stages: <c>UC_</c> and six random letters or digits.</summary>
    public static string NewCode(Pipeline pipeline)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        while (true)
        {
            var code = pipeline.CodePrefix + "UC_" + RandomNumberGenerator.GetString(alphabet, 6);
            if (!CodeTaken(pipeline, code))
            {
                return code;
            }
        }
    }

    public static string DefaultColor(StageSemantic semantic) => semantic switch
    {
        StageSemantic.Won => "#7BD500",
        StageSemantic.Lost => "#FF5752",
        _ => "#39A8EF",
    };

    [GeneratedRegex("^C[0-9]+:")]
    private static partial Regex PrefixRegex();
}
