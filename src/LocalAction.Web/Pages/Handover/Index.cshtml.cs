using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Handover;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

// Not LocalAction.Web.Pages.Handover: a namespace ending in Handover would shadow the feature's namespace in sibling pages.
namespace LocalAction.Web.Pages.HandoverPackages;

/// <summary>
/// /handover: the Secretariat chooses a round and a package, sees what will be handed over and what cannot be (the
/// validation report and the left-out list), and downloads the .zip.
/// </summary>
[Authorize(Policy = AccountsSetup.SecretariatPolicy)]
public sealed class IndexModel(LocalActionDbContext db, HandoverBuilder builder) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Round { get; set; }
    [BindProperty(SupportsGet = true)] public string? Package { get; set; }

    public IReadOnlyList<(string Code, string Name)> Rounds { get; private set; } = [];
    public HandoverResult? Result { get; private set; }

    /// <summary>"round" or "package" when the chosen value is unknown (the page says so beside the field).</summary>
    public string? Invalid { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Rounds = (await db.Rounds.AsNoTracking().OrderBy(r => r.Year).Select(r => new { r.Code, r.Name }).ToListAsync(ct)).Select(r => (r.Code, r.Name)).ToList();
        if (Round is null && Package is null) return Page();
        Result = await BuildAsync(ct);
        if (Result is null) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var result = await BuildAsync(ct);
        if (result is null) return BadRequest();
        return File(HandoverZip.Write(result), HandoverZip.ContentType, HandoverZip.FileName(result));
    }

    public string DownloadUrl => $"/handover?handler=download&round={Uri.EscapeDataString(Round ?? "")}&package={Uri.EscapeDataString(Package ?? "")}";

    private async Task<HandoverResult?> BuildAsync(CancellationToken ct)
    {
        if (Package is null || !HandoverBuilder.Packages.TryGetValue(Package, out var package))
        {
            Invalid = "package";
            return null;
        }
        var result = string.IsNullOrEmpty(Round) ? null : await builder.BuildAsync(package, Round, AccountLinks.Absolute(Request, ""), ct);
        if (result is null) Invalid = "round";
        return result;
    }
}
