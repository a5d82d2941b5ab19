namespace Kontor.Features.Files;

public static class FilesEndpoints
{
    public static RouteGroupBuilder MapFiles(this IEndpointRouteBuilder app)
    {
        var files = app.MapGroup("/api/v1/files").WithTags("Files").RequireAuthorization();

        // The form is read by the handler, not bound: cross-site form posts cannot carry the SameSite=Lax cookie, and
        // API clients authenticate with a bearer token, so antiforgery tokens would only stand in their way.
        files.MapPost("/", UploadFile.Handle).DisableAntiforgery().Accepts<UploadFile.Form>("multipart/form-data");
        files.MapGet("/{id:long}", DownloadFile.Handle);
        return files;
    }
}
