namespace Kontor.Features.Calendar;

public static class CalendarEndpoints
{
    public static RouteGroupBuilder MapCalendar(this IEndpointRouteBuilder app)
    {
        var feed = app.MapGroup("/api/v1/calendar-feed").WithTags("Calendar").RequireAuthorization();
        feed.MapGet("/", CalendarFeeds.Get);
        feed.MapPost("/", CalendarFeeds.Rotate);
        feed.MapDelete("/", CalendarFeeds.Delete);

        // Calendar apps cannot sign in: the long random secret in the address is the credential.
        app.MapGet("/calendar/{secret}.ics", CalendarFeeds.Ics).AllowAnonymous().WithTags("Calendar");
        return feed;
    }
}
