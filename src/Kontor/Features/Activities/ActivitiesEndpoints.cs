namespace Kontor.Features.Activities;

public static class ActivitiesEndpoints
{
    /// <summary>The reminder sweep, a hosted service on the app's clock.</summary>
    public static IServiceCollection AddActivities(this IServiceCollection services)
    {
        services.AddHostedService<ReminderService>();
        return services;
    }

    public static RouteGroupBuilder MapActivities(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Activities").RequireAuthorization();
        api.MapPost("/deals/{id:long}/activities", PlanActivity.Handle);
        api.MapGet("/deals/{id:long}/activities", ListActivities.OfDeal);
        api.MapGet("/activities", ListActivities.Mine);
        api.MapGet("/activities/{id:long}", ChangeActivity.Get);
        api.MapPatch("/activities/{id:long}", ChangeActivity.Patch);
        api.MapDelete("/activities/{id:long}", ChangeActivity.Delete);
        api.MapPost("/activities/{id:long}/complete", ChangeActivity.Complete);
        api.MapPost("/activities/{id:long}/cancel", ChangeActivity.Cancel);

        api.MapPost("/deals/{id:long}/calls", LogCommunication.Call);
        api.MapGet("/deals/{id:long}/calls", LogCommunication.CallsOfDeal);
        api.MapGet("/calls/{id:long}", LogCommunication.GetCall);
        api.MapPost("/deals/{id:long}/emails", LogCommunication.Email);
        api.MapGet("/deals/{id:long}/emails", LogCommunication.EmailsOfDeal);
        api.MapGet("/emails/{id:long}", LogCommunication.GetEmail);
        return api;
    }
}
