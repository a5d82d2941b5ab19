namespace Kontor.Features.Comments;

public static class CommentsEndpoints
{
    public static RouteGroupBuilder MapComments(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Comments").RequireAuthorization();
        api.MapPost("/deals/{id:long}/comments", PostComment.ForDeal);
        api.MapGet("/deals/{id:long}/comments", GetComments.OfDeal);
        api.MapPost("/contacts/{id:long}/comments", PostComment.ForContact);
        api.MapGet("/contacts/{id:long}/comments", GetComments.OfContact);
        api.MapPost("/companies/{id:long}/comments", PostComment.ForCompany);
        api.MapGet("/companies/{id:long}/comments", GetComments.OfCompany);

        var comments = api.MapGroup("/comments");
        comments.MapGet("/{id:long}", GetComments.One);
        comments.MapPatch("/{id:long}", UpdateComment.Handle);
        comments.MapDelete("/{id:long}", DeleteComment.Handle);
        comments.MapPut("/{id:long}/pin", UpdateComment.Pin);
        comments.MapDelete("/{id:long}/pin", UpdateComment.Unpin);
        comments.MapGet("/{id:long}/revisions", GetComments.Revisions);
        // API clients authenticate with bearer tokens; the sign-in cookie is SameSite=Lax, so a cross-site form post carries none.
        comments.MapPost("/{id:long}/attachments", CommentAttachments.Add).DisableAntiforgery();
        comments.MapGet("/{id:long}/attachments/{attachmentId:long}", CommentAttachments.Download);
        return api;
    }
}
