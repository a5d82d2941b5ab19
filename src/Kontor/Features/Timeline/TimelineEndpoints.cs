namespace Kontor.Features.Timeline;

public static class TimelineEndpoints
{
    public static RouteGroupBuilder MapTimeline(this IEndpointRouteBuilder app)
    {
        var timeline = app.MapGroup("/api/v1").WithTags("Timeline").RequireAuthorization();
        timeline.MapGet("/deals/{id:long}/timeline", GetTimeline.ForDeal);
        return timeline;
    }
}
