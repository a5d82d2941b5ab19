namespace Kontor.Features.Pipelines;

/// <summary>The pipeline a new database starts with; its stages mirror Bitrix24's defaults.</summary>
public static class DefaultPipeline
{
    public static Pipeline Create()
    {
        var pipeline = new Pipeline { Name = "Allgemein", IsDefault = true, Sort = 10 };
        pipeline.Stages.AddRange(
        [
            Stage("NEW", "Neu", "New", StageSemantic.InProgress, 10, "#39A8EF"),
            Stage("PREPARATION", "Dokumente vorbereiten", "Document preparation", StageSemantic.InProgress, 20, "#2FC6F6"),
            Stage("PREPAYMENT_INVOICE", "Vorauszahlungsrechnung", "Prepayment invoice", StageSemantic.InProgress, 30, "#55D0E0"),
            Stage("EXECUTING", "In Bearbeitung", "In progress", StageSemantic.InProgress, 40, "#47E4C2"),
            Stage("FINAL_INVOICE", "Schlussrechnung", "Final invoice", StageSemantic.InProgress, 50, "#FFA900"),
            Stage("WON", "Auftrag bekommen", "Deal won", StageSemantic.Won, 60, "#7BD500"),
            Stage("LOSE", "Auftrag nicht bekommen", "Deal lost", StageSemantic.Lost, 70, "#FF5752"),
            Stage("APOLOGY", "Analyse der Absage", "Analysis of the failure", StageSemantic.Lost, 80, "#FF5752"),
        ]);
        return pipeline;
    }

    /// <summary>The stages a new, further pipeline starts with; codes get the pipeline's prefix once its id is known.</summary>
    public static IEnumerable<Stage> StagesForNewPipeline() =>
    [
        Stage("NEW", "Neu", "New", StageSemantic.InProgress, 10, "#39A8EF"),
        Stage("EXECUTING", "In Bearbeitung", "In progress", StageSemantic.InProgress, 20, "#47E4C2"),
        Stage("WON", "Auftrag bekommen", "Deal won", StageSemantic.Won, 30, "#7BD500"),
        Stage("LOSE", "Auftrag nicht bekommen", "Deal lost", StageSemantic.Lost, 40, "#FF5752"),
    ];

    private static Stage Stage(string code, string de, string en, StageSemantic semantic, int sort, string color) =>
        new() { Code = code, NameDe = de, NameEn = en, Semantic = semantic, Sort = sort, Color = color };
}
