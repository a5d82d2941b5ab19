namespace Kontor.Features.Timeline;

public static class TimelineEndpoints
{
    public static RouteGroupBuilder MapTimeline(this IEndpointRouteBuilder app)
    {
        var timeline = app.MapGroup("/api/v1").WithTags("Timeline").RequireAuthorization();
        timeline.MapGet("/deals/{id:long}/timeline", GetTimeline.ForDeal);
        timeline.MapGet("/contacts/{id:long}/timeline", GetTimeline.ForContact);
        timeline.MapGet("/companies/{id:long}/timeline", GetTimeline.ForCompany);
        return timeline;
    }
}
