using LocalAction.Web.Data;
using LocalAction.Web.Features.Forums;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Pages.DeclarationPages;

/// <summary>
/// /declarations: the Progress Declaration tracker: each declaration's paragraphs on local governments, the language local
/// governments proposed and whether it was adopted, the vote; and the declarations side by side (2022 against 2026).
/// </summary>
public sealed class IndexModel(LocalActionDbContext db) : PageModel
{
    public sealed record Entry(Declaration Declaration, string ForumCode, string ForumName);

    public IReadOnlyList<Entry> Declarations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await (from d in db.Declarations.AsNoTracking().Include(d => d.Paragraphs).Include(d => d.ProposedLanguage)
                          join f in db.Forums on d.ForumId equals f.Id
                          orderby d.Year
                          select new { d, f.Code, f.Name }).ToListAsync(ct);
        Declarations = rows.Select(r => new Entry(r.d, r.Code, r.Name)).ToList();
    }

    public static string Anchor(Declaration d) => d.Symbol.Replace('/', '-');
}
