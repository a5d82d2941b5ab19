using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Users;

namespace Kontor.Hosting;

/// <summary>
/// Gives an API request's database context the signed-in user's <see cref="AccessScope"/>, so that every read the
/// request makes is filtered to what the user may see. A deactivated user's cookie is refused here (tokens already are).
/// The UI sets the scope per action in <c>UiData</c>.
/// </summary>
public static class RequestAccess
{
    public static void UseRequestAccess(this WebApplication app) => app.UseWhen(
        ctx => ctx.Request.Path.StartsWithSegments("/api") && ctx.User.Identity?.IsAuthenticated == true,
        api => api.Use(async (ctx, next) =>
        {
            var db = ctx.RequestServices.GetRequiredService<KontorDb>();
            if (await LoadAccess.ForUserAsync(db, ctx.User.Id(), ctx.RequestAborted) is not { } scope)
            {
                ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            db.Access = scope;
            await next(ctx);
        }));
}
