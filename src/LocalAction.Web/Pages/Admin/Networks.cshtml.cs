using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Admin;

/// <summary>/admin/networks: which organizations belong to which network, so network staff may act for them.</summary>
[Authorize(Policy = AccountsSetup.SecretariatPolicy)]
public sealed class NetworksModel(LocalActionDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : FormPageModel
{
    public sealed class InputModel
    {
        public string? Network { get; set; }
        public string? Member { get; set; }
    }

    public sealed record Row(int NetworkId, string NetworkSlug, string NetworkName, int MemberId, string MemberSlug, string MemberName, DateTime CreatedAt, string CreatedBy);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Networks { get; private set; } = [];
    public PageLinks Paging { get; private set; } = null!;
    public Row? ToUnlink { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] int? pageNumber, int? network, int? member)
    {
        await LoadAsync(pageNumber);
        if (network is not null && member is not null)
        {
            ToUnlink = await Links(db.NetworkMembers.Where(n => n.NetworkId == network && n.MemberId == member)).SingleOrDefaultAsync();
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var networkSlug = Input.Network?.Trim();
        var memberSlug = Input.Member?.Trim();
        Organization? network = null, member = null;
        if (string.IsNullOrEmpty(networkSlug)) ModelState.AddModelError("Input.Network", l["Enter the network's identifier."]);
        else
        {
            network = await db.Organizations.SingleOrDefaultAsync(o => o.Slug == networkSlug && !o.IsSynthetic);
            if (network is null) ModelState.AddModelError("Input.Network", string.Format(l["There is no organization with the identifier '{0}'."].Value, networkSlug));
            else if (network.Kind != OrganizationKind.LocalGovernmentNetwork)
            {
                ModelState.AddModelError("Input.Network", string.Format(l["{0} is not a network."].Value, network.Name));
            }
        }
        if (string.IsNullOrEmpty(memberSlug)) ModelState.AddModelError("Input.Member", l["Enter the member organization's identifier."]);
        else
        {
            member = await db.Organizations.SingleOrDefaultAsync(o => o.Slug == memberSlug && !o.IsSynthetic);
            if (member is null) ModelState.AddModelError("Input.Member", string.Format(l["There is no organization with the identifier '{0}'."].Value, memberSlug));
            else if (network is not null && member.Id == network.Id) ModelState.AddModelError("Input.Member", l["A network cannot be a member of itself."]);
            else if (network is not null && await db.NetworkMembers.AnyAsync(n => n.NetworkId == network.Id && n.MemberId == member.Id))
            {
                ModelState.AddModelError("Input.Member", string.Format(l["{0} is already a member of {1}."].Value, member.Name, network.Name));
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(1);
            return FormWithErrors();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.NetworkMembers.Add(new NetworkMember { NetworkId = network!.Id, MemberId = member!.Id, CreatedAt = now, CreatedBy = User.Identity!.Name! });
        db.Record(now, User.Identity!.Name!, "network.linked", $"organization:{member.Slug}", $"member of {network.Slug}");
        await db.SaveChangesAsync();
        Message = string.Format(l["{0} is now a member of {1}."].Value, member.Name, network.Name);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlinkAsync(int network, int member)
    {
        var link = await db.NetworkMembers.Include(n => n.Network).Include(n => n.Member).SingleOrDefaultAsync(n => n.NetworkId == network && n.MemberId == member);
        if (link is null) return NotFound();
        db.NetworkMembers.Remove(link);
        db.Record(clock.GetUtcNow().UtcDateTime, User.Identity!.Name!, "network.unlinked", $"organization:{link.Member!.Slug}", $"no longer a member of {link.Network!.Slug}");
        await db.SaveChangesAsync();
        Message = string.Format(l["{0} is no longer a member of {1}."].Value, link.Member.Name, link.Network.Name);
        return RedirectToPage();
    }

    private IQueryable<Row> Links(IQueryable<NetworkMember>? links = null) => (links ?? db.NetworkMembers).AsNoTracking()
        .OrderBy(n => n.Network!.Name).ThenBy(n => n.Member!.Name)
        .Select(n => new Row(n.NetworkId, n.Network!.Slug, n.Network.Name, n.MemberId, n.Member!.Slug, n.Member.Name, n.CreatedAt, n.CreatedBy));

    private async Task LoadAsync(int? pageNumber)
    {
        var total = await db.NetworkMembers.CountAsync();
        var pages = PageLinks.Pages(total);
        var current = Math.Min(PageLinks.Clamp(pageNumber), pages);
        Paging = new PageLinks(current, pages, p => $"/admin/networks?page={p}");
        Rows = await Links().Skip((current - 1) * PageLinks.PageSize).Take(PageLinks.PageSize).ToListAsync();
        Networks = (await db.Organizations.AsNoTracking().Where(o => o.Kind == OrganizationKind.LocalGovernmentNetwork && !o.IsSynthetic)
            .OrderBy(o => o.Name).Select(o => new { o.Slug, o.Name }).ToListAsync()).Select(o => (o.Slug, o.Name)).ToList();
    }
}
