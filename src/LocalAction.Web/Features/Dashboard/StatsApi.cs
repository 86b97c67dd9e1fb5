using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>The dashboard's figures as JSON: the summary with every breakdown, or one breakdown, for a filter.</summary>
public static class StatsApi
{
    public static RouteGroupBuilder MapStatsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/stats").WithTags("Statistics");
        group.MapGet("/summary", GetSummary).WithName("GetStatsSummary")
            .WithSummary("The dashboard: headline figures and all 16 breakdowns, computed live from published pledges and validated updates")
            .WithDescription("Filters (each applies to every figure): round (a round code, e.g. imrf-2022), region (the reports' region as a URL word, by the lead organization's country), priority (1-8). The breakdowns are included; GET /api/v1/stats/{breakdown} returns one.");
        group.MapGet("/{breakdown}", GetBreakdown).WithName("GetStatsBreakdown")
            .WithSummary("One breakdown of the dashboard (rounds, priorities, compacts, ...), with the same filters as the summary");
        return api;
    }

    public static async Task<Results<Ok<DashboardSummary>, ValidationProblem>> GetSummary(HttpContext context, DashboardFigures figures, CancellationToken ct)
    {
        var (summary, problem) = await ComputeAsync(context, figures, ct);
        return summary is null ? problem! : TypedResults.Ok(summary);
    }

    public static async Task<Results<Ok<Breakdown>, ValidationProblem, ProblemHttpResult>> GetBreakdown(string breakdown, HttpContext context,
        DashboardFigures figures, CancellationToken ct)
    {
        if (!BreakdownKeys.All.Contains(breakdown))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Breakdown not found",
                detail: $"There is no breakdown '{InputValues.Shorten(breakdown)}'. Valid breakdowns: {string.Join(", ", BreakdownKeys.All)}.");
        var (summary, problem) = await ComputeAsync(context, figures, ct);
        return summary is null ? problem! : TypedResults.Ok(summary[breakdown]!);
    }

    private static async Task<(DashboardSummary?, ValidationProblem?)> ComputeAsync(HttpContext context, DashboardFigures figures, CancellationToken ct)
    {
        // The parser checks round codes and region words against the registry: make sure they are loaded first.
        await figures.EnsureVocabularyAsync(ct);
        var (filter, errors) = DashboardFilterParser.Parse(context.Request.Query);
        if (errors.Count > 0) return (null, TypedResults.ValidationProblem(errors, title: "The dashboard filters are not valid."));
        var watch = Stopwatch.StartNew();
        var summary = await figures.ComputeAsync(filter, ct);
        // Server time of the computation, for the benchmark and for anyone curious (cached answers take microseconds).
        context.Response.Headers.Append("Server-Timing", $"dashboard;dur={watch.Elapsed.TotalMilliseconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}");
        return (summary, null);
    }

}
