using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Dashboard;
using LocalAction.Web.Features.Reports;
using LocalAction.Web.Features.Statistics;
using LocalAction.Web.Features.Updates;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Reports;

/// <summary>
/// /reports/at-a-glance: the printable report of a round (or all rounds), modelled on the "report at a glance" and the
/// per-priority results of Delivering Results (seed 001). The PDF at /reports/at-a-glance.pdf is this page printed.
/// </summary>
public sealed class AtAGlanceModel(
    LocalActionDbContext db, DashboardFigures figures, TrendsAndExamples trends, IStringLocalizer<SharedResource> l, TimeProvider time) : PageModel
{
    /// <summary>The breakdowns the report prints, in its order.</summary>
    public static readonly string[] ReportBreakdowns = [BreakdownKeys.Priorities, BreakdownKeys.Compacts, BreakdownKeys.ReportRegions];

    public Dictionary<string, string[]> Errors { get; private set; } = [];
    public ErrorSummaryModel ErrorSummary => new(Errors, ReportEndpoints.PagePath);
    public DashboardFilter Filter { get; private set; } = DashboardFilter.None;
    public string RoundName { get; private set; } = "";
    public DateTimeOffset GeneratedAt { get; private set; }
    public DashboardSummary Summary { get; private set; } = null!;
    public List<ReportFigure> Figures { get; } = [];
    public IReadOnlyList<Breakdown> Breakdowns { get; private set; } = [];
    public IReadOnlyList<PriorityTrend> Trends { get; private set; } = [];

    public string Heading => l["Report at a glance — {0}", RoundName];
    public string PdfLink => ReportEndpoints.PagePath + ".pdf" + Request.QueryString;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await figures.EnsureVocabularyAsync(ct);
        var (filter, errors) = DashboardFilterParser.Parse(Request.Query, ignoreUnknownParameters: true);
        Errors = errors.ToDictionary(e => e.Key, e => e.Value);
        var round = filter.Round is null ? null : await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Code == filter.Round, ct);
        // The parser checks the round too; checked again here because the report's title needs the round to exist.
        if (filter.Round is not null && round is null && !Errors.ContainsKey("round"))
            Errors["round"] = [l["There is no round \"{0}\".", filter.Round]];
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        Filter = filter;
        RoundName = round?.Name ?? l["All rounds"];
        GeneratedAt = time.GetUtcNow();
        Summary = await figures.ComputeAsync(filter, ct);
        Breakdowns = ReportBreakdowns.Select(k => Summary[k]).OfType<Breakdown>().ToList();
        Trends = await trends.ComputeAsync(filter, ct);
        await AddFiguresAsync(round?.Year, ct);
    }

    private async Task AddFiguresAsync(int? roundYear, CancellationToken ct)
    {
        // Published figures are for whole rounds: by the round's year ("2022" is IMRF 2022), or 2022-2026 for all the rounds
        // reported so far. With a region or priority chosen no published figure compares, so none is shown.
        var scope = Filter.Region is not null || Filter.Priority is not null ? null : roundYear?.ToString(CultureInfo.InvariantCulture) ?? "2022-2026";
        var published = scope is null ? [] : await db.PublishedStatistics.AsNoTracking()
            .Where(p => p.Scope == scope).ToDictionaryAsync(p => p.Key, ct);
        PublishedStatistic? Find(string metric) => published.GetValueOrDefault($"{metric}.{scope}");
        string N(long n) => n.ToString("N0", CultureInfo.CurrentCulture);
        var s = Summary;

        Figures.Add(new("pledges", N(s.Pledges), l["Pledges"], Find("pledges.total"), null));
        Figures.Add(new("entities", N(s.PledgingEntities), l["Pledging governments and networks"], Find("entities.total"), null));
        Figures.Add(new("countries", N(s.Countries), l["Countries"], Find("countries.total"), l["Global networks have no country and are not counted."]));
        Figures.Add(new("residents", N(s.ResidentsRepresented), l["Residents represented"], Find("residents.total"),
            l["Population known for {0} of {1} pledging governments and networks.", N(s.PopulationsKnown), N(s.PledgingEntities)]));
        Figures.Add(new("updated", N(s.PledgesWithValidatedUpdate), l["Pledges with a validated update"], Find("pledges.updated"), null));
        Figures.Add(new("money", "USD " + N((long)Math.Round(s.MoneyMobilizedUsd)), l["Money mobilized"], Find("funding.mobilized"),
            l["From {0} reported amounts in US dollars or converted at a recorded rate.", N(s.MoneyFiguresCounted)]));
        Figures.Add(new("people", N(s.PeopleReached), l["People reached"], null, l["From {0} reported figures.", N(s.PeopleFiguresCounted)]));
    }

    public string FormatPublished(PublishedStatistic statistic)
    {
        var value = (statistic.Unit == "usd" ? "USD " : "") + statistic.Value.ToString("N0", CultureInfo.CurrentCulture);
        return statistic.Qualifier switch
        {
            "more-than" => l["more than {0}", value],
            "at-least" => l["at least {0}", value],
            "about" => l["about {0}", value],
            "less-than" => l["less than {0}", value],
            _ => value,
        };
    }

    /// <summary>A figure with its wording ("more than 2,500"), so it is never shown as more precise than reported.</summary>
    public string Qualified(string value, FigureQualifier? qualifier) => qualifier switch
    {
        FigureQualifier.MoreThan => l["more than {0}", value],
        FigureQualifier.About => l["about {0}", value],
        FigureQualifier.LessThan => l["less than {0}", value],
        _ => value,
    };

    public string FormatValue(Breakdown breakdown, decimal value) => breakdown.Unit switch
    {
        BreakdownUnits.Usd => "USD " + value.ToString("N0", CultureInfo.CurrentCulture),
        BreakdownUnits.Percent => value.ToString("0.#", CultureInfo.CurrentCulture) + " %",
        _ => value.ToString("N0", CultureInfo.CurrentCulture),
    };

    /// <summary>One headline: the live value, and the published one where a report gives it for this scope.</summary>
    public sealed record ReportFigure(string Key, string Value, string Label, PublishedStatistic? Published, string? Note);
}
