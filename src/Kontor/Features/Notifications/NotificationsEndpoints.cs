namespace Kontor.Features.Notifications;

public static class NotificationsEndpoints
{
    /// <summary>Outgoing mail (<c>Kontor:Smtp</c>) for notifications.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<SmtpSettings>(config.GetSection("Kontor:Smtp"));
        services.AddSingleton<Mailer>();
        return services;
    }

    public static RouteGroupBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization();
        notifications.MapGet("/", ListNotifications.Handle);
        notifications.MapPost("/{id:long}/read", ListNotifications.MarkRead);
        notifications.MapPost("/read", ListNotifications.MarkAllRead);
        return notifications;
    }
}
