using System.ComponentModel.DataAnnotations;

namespace Kontor.Features.CustomFields;

/// <summary>A label in both languages; both are required.</summary>
public sealed record LabelsInput
{
    [Required, StringLength(255, MinimumLength = 1)]
    public string De { get; init; } = "";

    [Required, StringLength(255, MinimumLength = 1)]
    public string En { get; init; } = "";
}

public sealed record HelpInput
{
    [StringLength(2000)]
    public string? De { get; init; }

    [StringLength(2000)]
    public string? En { get; init; }
}

/// <summary>An item of a list field. Items are retired, never removed, so their ids stay meaningful in stored values.</summary>
public sealed record ItemInput
{
    [Required]
    public LabelsInput? Labels { get; init; }

    public bool? Retired { get; init; }
}
