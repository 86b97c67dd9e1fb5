using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Dashboard;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalAction.Web.Pages.Dashboard;

/// <summary>/dashboard/coverage: the Compacts' objectives, principles and areas and the SDGs against priorities and rounds, as heat maps.</summary>
public sealed class CoverageModel(LocalActionDbContext db, DashboardFigures figures) : PageModel
{
    public DashboardFilter Filter { get; private set; } = DashboardFilter.None;
    public DashboardOptions Options { get; private set; } = null!;
    public CoverageMatrix? Matrix { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public ErrorSummaryModel ErrorSummary => new(Errors, "/dashboard/coverage");
    public DashboardFilterForm FilterForm => new(Options, Filter, "/dashboard/coverage");

    public async Task OnGetAsync(CancellationToken ct)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Options = await DashboardOptions.LoadAsync(db, language, ct);
        await figures.EnsureVocabularyAsync(ct);
        (Filter, Errors) = DashboardFilterParser.Parse(Request.Query, ignoreUnknownParameters: true);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Filter = DashboardFilter.None;
            return;
        }
        Matrix = await CoverageMatrix.ComputeAsync(db, Filter, language, ct);
    }
}
