using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Dashboard;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Reports;

/// <summary>
/// The report's "trends and examples": per priority, the published pledges filed under it that have a validated update,
/// each shown through its latest validated update, like the examples of the Delivering Results report (seed 001, section 05).
/// </summary>
public sealed class TrendsAndExamples(LocalActionDbContext db)
{
    public async Task<IReadOnlyList<PriorityTrend>> ComputeAsync(DashboardFilter filter, CancellationToken ct = default)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var priorities = (await db.Priorities.AsNoTracking().ToListAsync(ct))
            .Where(p => filter.Priority is null || p.Number == filter.Priority).OrderBy(p => p.Number).ToList();

        var published = db.Pledges.AsNoTracking().Where(p => p.ReviewState == ReviewState.Published);
        if (filter.Round is { } round) published = published.Where(p => p.Round!.Code == round);
        var pledges = await published.Select(p => new PledgeRow(
                p.Id, p.PublicId, p.Title,
                p.Priorities.Select(x => x.PriorityNumber).ToList(),
                p.Organizations.Where(o => o.Role == PledgeRole.Lead).Select(o => o.Organization!.Name).FirstOrDefault(),
                p.Organizations.Where(o => o.Role == PledgeRole.Lead).Select(o => o.Organization!.Country!.Name).FirstOrDefault(),
                p.Organizations.Where(o => o.Role == PledgeRole.Lead).Select(o => o.Organization!.Country!.ReportRegion).FirstOrDefault()))
            .ToListAsync(ct);
        // The region is the lead pledger's, as in the search facets; its URL word is computed, so it is matched here.
        if (filter.Region is { } region)
            pledges = pledges.Where(p => p.ReportRegion is { } r && FilterValues.ReportRegionSlug(r) == region).ToList();

        var ids = pledges.Select(p => p.Id).ToList();
        var updates = await db.PledgeUpdates.AsNoTracking()
            .Where(u => u.Status == UpdateStatus.Validated && ids.Contains(u.PledgeId))
            .Select(u => new UpdateRow(u.Id, u.PledgeId, u.ReportedOn, u.SourceDocument, u.ValidatedAt, u.Stage, u.Results, u.ConsentToPublish,
                u.PeopleReachedTotal, u.PeopleReachedQualifier, u.PeopleReachedNote,
                u.MoneyMobilizedAmount, u.MoneyMobilizedCurrency, u.MoneyMobilizedQualifier, u.MoneyMobilizedUsd))
            .ToListAsync(ct);
        var latest = updates.GroupBy(u => u.PledgeId).ToDictionary(g => g.Key, g => Latest(g));

        return priorities.Select(priority =>
        {
            var filed = pledges.Where(p => p.Priorities.Contains(priority.Number)).ToList();
            var examples = filed.Where(p => latest.ContainsKey(p.Id))
                .OrderBy(p => p.PublicId, StringComparer.Ordinal)
                .Select(p => Example(p, latest[p.Id]))
                .ToList();
            return new PriorityTrend(priority.Number, priority.NameIn(language), filed.Count, examples.Count, examples);
        }).ToList();
    }

    /// <summary>The update the pledge page shows last: ordered by the day it counts from (undated last), then by id.</summary>
    private static UpdateRow Latest(IEnumerable<UpdateRow> updates) => updates
        .OrderBy(u => ReportingBasis.ForUpdate(u.ReportedOn, u.SourceDocument, u.ValidatedAt).Day ?? DateOnly.MaxValue)
        .ThenBy(u => u.Id).Last();

    private static PledgeExample Example(PledgeRow p, UpdateRow u)
    {
        // Without consent the figures stay public but the narrative does not (as on the pledge page); null is a seeded update.
        var narrative = u.ConsentToPublish != false;
        var usd = u.MoneyMobilizedUsd ?? (u.MoneyMobilizedCurrency == "USD" ? u.MoneyMobilizedAmount : null);
        return new PledgeExample(
            p.PublicId, p.Title, p.LeadOrganization, p.Country,
            u.Stage is { } s ? FilterValues.Stages[s] : null,
            narrative ? u.Results : null,
            u.PeopleReachedTotal, u.PeopleReachedTotal is null ? null : u.PeopleReachedQualifier,
            narrative ? u.PeopleReachedNote : null,
            u.MoneyMobilizedAmount, u.MoneyMobilizedCurrency, u.MoneyMobilizedQualifier, usd,
            !narrative);
    }

    private sealed record PledgeRow(int Id, string PublicId, string? Title, List<int> Priorities, string? LeadOrganization, string? Country, string? ReportRegion);

    private sealed record UpdateRow(int Id, int PledgeId, DateOnly? ReportedOn, string SourceDocument, DateTime? ValidatedAt, PledgeStage? Stage,
        string? Results, bool? ConsentToPublish, long? PeopleReachedTotal, FigureQualifier? PeopleReachedQualifier, string? PeopleReachedNote,
        decimal? MoneyMobilizedAmount, string? MoneyMobilizedCurrency, FigureQualifier? MoneyMobilizedQualifier, decimal? MoneyMobilizedUsd);
}

/// <summary>One priority's section: how many pledges are filed under it, how many have a validated update, and those pledges.</summary>
public sealed record PriorityTrend(int Number, string Name, int Pledges, int PledgesWithValidatedUpdate, IReadOnlyList<PledgeExample> Examples);

/// <summary>
/// A pledge with its latest validated update. <see cref="Stage"/> is the URL word ("in-progress"); <see cref="MoneyUsd"/> is the
/// amount in US dollars where it was reported in dollars or converted at a recorded rate; <see cref="NarrativeWithheld"/> says
/// the pledger did not agree to publish the results text.
/// </summary>
public sealed record PledgeExample(
    string PublicId, string? Title, string? LeadOrganization, string? Country, string? Stage, string? Results,
    long? PeopleReached, FigureQualifier? PeopleReachedQualifier, string? PeopleReachedNote,
    decimal? MoneyAmount, string? MoneyCurrency, FigureQualifier? MoneyQualifier, decimal? MoneyUsd, bool NarrativeWithheld);
