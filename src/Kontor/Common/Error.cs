namespace Kontor.Common;

/// <summary>A refused request: a stable code, a human sentence and the HTTP status it maps to.</summary>
public sealed record Error(string Code, string Detail, int Status = StatusCodes.Status422UnprocessableEntity)
{
    /// <summary>Field errors for 400 validation problems, keyed by the JSON path of the field.</summary>
    public IReadOnlyDictionary<string, string[]>? Fields { get; init; }

    /// <summary>A 404 with the code <c>{feature}.not_found</c>, e.g. <c>deals.not_found</c>.</summary>
    public static Error NotFound(string feature, string noun) =>
        new($"{feature}.not_found", $"The {noun} does not exist.", StatusCodes.Status404NotFound);

    public static Error Validation(string field, string message) =>
        new("request.invalid", "One or more fields are invalid.", StatusCodes.Status400BadRequest)
        {
            Fields = new Dictionary<string, string[]> { [field] = [message] },
        };

    public static Error Validation(IReadOnlyDictionary<string, string[]> fields) =>
        new("request.invalid", "One or more fields are invalid.", StatusCodes.Status400BadRequest) { Fields = fields };
}
