using System.Globalization;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;

namespace Kontor.Hosting;

public static class KontorHosting
{
    public static WebApplicationBuilder AddKontor(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        builder.AddKontorDatabase();
        services.AddKontorAuthentication();

        services.Configure<JsonOptions>(o => Json.Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddValidation();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            ctx.ProblemDetails.Extensions.TryAdd("traceId", ctx.HttpContext.TraceIdentifier);
            if (ctx.ProblemDetails is HttpValidationProblemDetails validation)
            {
                // Validation names the C# members; clients know the JSON names.
                var camel = validation.Errors.ToDictionary(e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value);
                validation.Errors.Clear();
                foreach (var (key, value) in camel)
                {
                    validation.Errors[key] = value;
                }

                validation.Type = Problems.TypeBase + "request.invalid";
                validation.Title = Problems.TitleFor(StatusCodes.Status400BadRequest);
            }

            if (ctx.ProblemDetails.Status is { } status && !ctx.ProblemDetails.Extensions.ContainsKey("code"))
            {
                ctx.ProblemDetails.Extensions["code"] = status switch
                {
                    400 => "request.invalid",
                    401 => "auth.required",
                    403 => "auth.forbidden",
                    404 => "resource.not_found",
                    405 => "request.method_not_allowed",
                    _ => status >= 500 ? "server.error" : "request.failed",
                };
            }
        });
        services.AddExceptionHandler<ErrorHandling>();
        services.AddOpenApi(o =>
        {
            // Slices nest their request records (CreateDeal.Request); name schemas after the slice so they stay apart.
            o.CreateSchemaReferenceId = info => info.Type.IsNested && info.Type.DeclaringType is { } outer
                ? outer.Name + info.Type.Name
                : Microsoft.AspNetCore.OpenApi.OpenApiOptions.CreateDefaultSchemaReferenceId(info);
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "Kontor API";
                doc.Info.Description = "The native REST API of Kontor, a self-hosted CRM for deals. Authenticate with `Authorization: Bearer <token>` from `POST /api/v1/auth/tokens`.";
                return Task.CompletedTask;
            });
        });
        services.AddHealthChecks().AddDbContextCheck<KontorDb>("database");
        services.AddLocalization();
        return builder;
    }

    private static bool IsApi(HttpContext ctx) =>
        ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Path.StartsWithSegments("/openapi") || ctx.Request.Path.StartsWithSegments("/hubs");

    public static void UseKontor(this WebApplication app)
    {
        app.UseExceptionHandler();
        // The API answers empty error responses with problem details; the UI shows its own page.
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(ctx => !IsApi(ctx), ui => ui.UseStatusCodePagesWithReExecute("/not-found"));
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture("de-DE"),
            // Neutral cultures too, so that "Accept-Language: en" or "en-GB" picks English rather than the default.
            SupportedCultures = [new CultureInfo("de-DE"), new CultureInfo("en-US"), new CultureInfo("de"), new CultureInfo("en")],
            SupportedUICultures = [new CultureInfo("de-DE"), new CultureInfo("en-US"), new CultureInfo("de"), new CultureInfo("en")],
        });
        app.UseAuthentication();
        app.UseRequestAccess();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<Idempotency>();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Kontor API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapHealthChecks("/healthz");
    }
}
