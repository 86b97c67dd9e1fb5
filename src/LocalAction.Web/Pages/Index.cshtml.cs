using System.Globalization;
using LocalAction.Web.Data;
using System.Text.Encodings.Web;
using LocalAction.Web.Features.Map;
using LocalAction.Web.Features.Pledges;
using Microsoft.AspNetCore.Html;
using LocalAction.Web.Features.Statistics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages;

/// <summary>The home page: headline figures (computed) beside the published ones, and the latest pledges.</summary>
public sealed class IndexModel(
    LocalActionDbContext db, HeadlineFigures figures, IStringLocalizer<SharedResource> l, IWebHostEnvironment environment, HtmlEncoder encoder) : PageModel
{
    public const int LatestCount = 10;

    /// <summary>Which published figure each headline is compared with.</summary>
    public static class PublishedKeys
    {
        public const string Pledges = "pledges.total.2022-2023";
        public const string Organizations = "entities.total.2022-2023";
        public const string Countries = "countries.total.2022-2023";
        public const string UpdatedPledges = "pledges.updated.2022-2023";
    }

    public Headline Headline { get; private set; } = null!;
    public List<HeadlineFigure> Figures { get; } = [];
    public List<LatestPledge> Latest { get; private set; } = [];

    /// <summary>The small map of pledges per country; null when the shapes are missing (the map page says more).</summary>
    public IHtmlContent? Map { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Headline = await figures.ComputeAsync(cancellationToken);
        var published = await db.PublishedStatistics.AsNoTracking().ToDictionaryAsync(s => s.Key, cancellationToken);
        PublishedStatistic? Find(string key) => published.GetValueOrDefault(key);

        Figures.Add(new("pledges", Headline.Pledges, l["Pledges"], Find(PublishedKeys.Pledges), null));
        Figures.Add(new("organizations", Headline.GovernmentsAndNetworks, l["Governments and networks"], Find(PublishedKeys.Organizations), null));
        Figures.Add(new("countries", Headline.Countries, l["Countries"], Find(PublishedKeys.Countries),
            l["Global networks have no country and are not counted."]));
        Figures.Add(new("rounds", Headline.Rounds, l["Pledging rounds"], null,
            string.Join(", ", Headline.PledgesByRound.Select(r => $"{r.Round}: {r.Pledges.ToString("N0", CultureInfo.CurrentCulture)}"))));

        if (WorldMapGeometry.Load(environment.WebRootFileProvider) is { } geometry)
        {
            var byCountry = await PledgesByCountry.ComputeAsync(db, cancellationToken);
            Map = new WorldMapRenderer(l, encoder).Render(geometry, byCountry.Countries);
        }

        // Titles in the reader's language where translated; the original otherwise, marked with its language.
        var language = Features.Search.FacetLabels.Language;
        var latest = await db.Pledges.AsNoTracking()
            .Where(p => p.ReviewState == ReviewState.Published)
            .OrderByDescending(p => p.Round!.Year).ThenByDescending(p => p.PublicId)
            .Take(LatestCount)
            .Select(p => new
            {
                p.PublicId, p.Title, p.OriginalLanguage, p.SourceDocument,
                Translated = p.Translations.Where(t => t.Language == language).Select(t => t.Title).FirstOrDefault(),
                Organization = p.Organizations.Where(o => o.Role == PledgeRole.Lead).Select(o => o.Organization!.Name).FirstOrDefault() ?? "",
                Country = p.Organizations.Where(o => o.Role == PledgeRole.Lead).Select(o => o.Organization!.Country!.Name).FirstOrDefault(),
                Round = p.Round!.Name, p.Compact,
            })
            .ToListAsync(cancellationToken);
        Latest = latest.Select(p => new LatestPledge(
            p.PublicId, p.Translated ?? p.Title, p.Organization, p.Country, p.Round, p.Compact,
            p.Translated is not null ? language : p.OriginalLanguage ?? Features.Statistics.SourceDocuments.LanguageOf(p.SourceDocument))).ToList();
    }

    public string FormatPublished(PublishedStatistic statistic) => PublishedStatisticText.Value(statistic, l, CultureInfo.CurrentCulture);

    /// <summary>One headline: the live value, and the published one where a report gives it.</summary>
    public sealed record HeadlineFigure(string Key, long Value, string Label, PublishedStatistic? Published, string? Note);

    /// <summary>A row of the latest-pledges list.</summary>
    public sealed record LatestPledge(string PublicId, string? Title, string Organization, string? Country, string Round, Compact? Compact, string? TitleLanguage);
}
