using LocalAction.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Statistics;

/// <summary>Read API for the headline figures (computed) and the figures the reports published (with sources).</summary>
public static class StatisticsApi
{
    public static RouteGroupBuilder MapStatisticsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/statistics").WithTags("Statistics");
        group.MapGet("/headline", GetHeadline).WithName("GetHeadline").WithSummary("The registry's headline figures, computed live");
        group.MapGet("/published", GetPublished).WithName("GetPublishedStatistics").WithSummary("Every figure the source reports published, with document, section and verbatim quote");
        return api;
    }

    public static async Task<Ok<Headline>> GetHeadline(HeadlineFigures figures, CancellationToken cancellationToken) =>
        TypedResults.Ok(await figures.ComputeAsync(cancellationToken));

    public static async Task<Ok<List<PublishedStatistic>>> GetPublished(LocalActionDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.PublishedStatistics.AsNoTracking().OrderBy(s => s.Key).ToListAsync(cancellationToken));
}
