using System.Text.Json;
using Kontor.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Hosting;

/// <summary>
/// Turns exceptions into ProblemDetails. Unreadable requests (malformed JSON, wrong types, unknown fields) are 400
/// with a stable code; concurrency losers are 409; everything else is a 500 with a trace id and no internals.
/// </summary>
public sealed class ErrorHandling(IProblemDetailsService problems, ILogger<ErrorHandling> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var error = Classify(exception);
        if (error is null)
        {
            log.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            return false;
        }

        httpContext.Response.StatusCode = error.Status;
        var result = error.ToProblem().ProblemDetails;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = result, Exception = exception });
    }

    private static Error? Classify(Exception exception) => exception switch
    {
        BadHttpRequestException { InnerException: JsonException json } => InvalidJson(json),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
            new Error("request.too_large", "The request body is too large.", StatusCodes.Status413PayloadTooLarge),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } =>
            new Error("request.unsupported_media_type", "Send the body as application/json.", StatusCodes.Status415UnsupportedMediaType),
        BadHttpRequestException bad => new Error("request.malformed", bad.Message, StatusCodes.Status400BadRequest),
        JsonException json => InvalidJson(json),
        DbUpdateConcurrencyException => new Error("concurrency.conflict", "The record was changed by someone else meanwhile; read it again and retry.", StatusCodes.Status409Conflict),
        _ => null,
    };

    private static Error InvalidJson(JsonException json)
    {
        var path = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
        var message = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
            ? "This field is unknown."
            : "The value has the wrong type or is not valid JSON.";
        return new Error("request.malformed_json", $"The JSON body could not be read at {path}.", StatusCodes.Status400BadRequest)
        {
            Fields = new Dictionary<string, string[]> { [path] = [message] },
        };
    }
}
