using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Dashboard;
using LocalAction.Web.Features.Statistics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Dashboard;

/// <summary>/dashboard: headline figures beside the published ones, every breakdown as a chart, a table and a CSV file; all filtered alike.</summary>
public sealed class IndexModel(LocalActionDbContext db, DashboardFigures figures, IStringLocalizer<SharedResource> l) : PageModel
{
    /// <summary>Which published figure each headline is compared with (the registry holds the 2022 and 2023 rounds' pledges).</summary>
    public static class PublishedKeys
    {
        public const string Pledges = "pledges.total.2022-2023";
        public const string Entities = "entities.total.2022-2023";
        public const string Countries = "countries.total.2022-2023";
        public const string Residents = "residents.total.2022-2023";
        public const string UpdatedPledges = "pledges.updated.2022-2023";
        public const string Money = "funding.mobilized.2022-2023";
    }

    public DashboardFilter Filter { get; private set; } = DashboardFilter.None;
    public DashboardOptions Options { get; private set; } = null!;
    public DashboardSummary? Summary { get; private set; }
    public List<Headline> Headlines { get; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public ErrorSummaryModel ErrorSummary => new(Errors, "/dashboard");
    public DashboardFilterForm FilterForm => new(Options, Filter, "/dashboard");

    public async Task OnGetAsync(CancellationToken ct)
    {
        var culture = CultureInfo.CurrentCulture;
        Options = await DashboardOptions.LoadAsync(db, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, ct);
        await figures.EnsureVocabularyAsync(ct);
        (Filter, Errors) = DashboardFilterParser.Parse(Request.Query, ignoreUnknownParameters: true);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Filter = DashboardFilter.None;
            return;
        }

        var s = Summary = await figures.ComputeAsync(Filter, ct);
        var published = await db.PublishedStatistics.AsNoTracking().ToDictionaryAsync(x => x.Key, ct);
        PublishedStatistic? Find(string key) => published.GetValueOrDefault(key);
        string N(long n) => n.ToString("N0", culture);

        Headlines.Add(new("pledges", N(s.Pledges), l["Pledges"],
            l["{0} of them serve internally displaced people only and are not GCM or GCR pledges.", N(s.IdpOnlyPledges)],
            Find(PublishedKeys.Pledges),
            l["{0} of these pledges have no documented details: the reports count them, but only their pledger and round are known.", N(s.PledgesWithoutDocumentedDetails)]));
        Headlines.Add(new("entities", N(s.PledgingEntities), l["Pledging governments, networks and partners"], null,
            Find(PublishedKeys.Entities), l["Every lead and co-pledger of a published pledge is counted once."]));
        Headlines.Add(new("countries", N(s.Countries), l["Countries"], null,
            Find(PublishedKeys.Countries), l["Global networks have no country and are not counted."]));
        Headlines.Add(new("residents", N(s.ResidentsRepresented), l["Residents represented"],
            l["{0} of {1} populations known", N(s.PopulationsKnown), N(s.PledgingEntities)],
            Find(PublishedKeys.Residents), l["Only pledgers with a recorded population are added up, so the live figure is a lower bound."]));
        Headlines.Add(new("updated", N(s.PledgesWithValidatedUpdate), l["Pledges with a validated update"], null,
            Find(PublishedKeys.UpdatedPledges), l["Only updates validated in this registry are counted."]));
        Headlines.Add(new("money", "USD " + N((long)decimal.Round(s.MoneyMobilizedUsd)), l["Money mobilized"],
            l["from {0} amounts in validated updates", N(s.MoneyFiguresCounted)],
            Find(PublishedKeys.Money), l["Only amounts in US dollars, or converted at a rate recorded with the update, are added up."]));
        Headlines.Add(new("people", N(s.PeopleReached), l["People reached"],
            l["from {0} figures in validated updates", N(s.PeopleFiguresCounted)], null, null));
    }

    public string PublishedValue(PublishedStatistic statistic) => PublishedStatisticText.Value(statistic, l, CultureInfo.CurrentCulture);

    /// <summary>One headline card: the live figure, what it rests on, and the published figure with what explains a difference.</summary>
    public sealed record Headline(string Key, string Value, string Label, string? Detail, PublishedStatistic? Published, string? Explanation);
}
