using System.ComponentModel.DataAnnotations;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Admin;

/// <summary>
/// /admin/invitations: the Secretariat invites people (only administrators may invite administrators or Secretariat
/// members). The link goes only into the e-mail; the database keeps a hash of its secret.
/// </summary>
[Authorize(Policy = AccountsSetup.SecretariatPolicy)]
public sealed class InvitationsModel(LocalActionDbContext db, AccountMail mail, TimeProvider clock, IStringLocalizer<SharedResource> l) : FormPageModel
{
    public const int MaxDays = 30;
    public const int DefaultDays = 14;

    public sealed class InputModel
    {
        public string? Email { get; set; }
        public string? Role { get; set; } = Roles.FocalPoint;
        public string? Organization { get; set; }
        public int? Days { get; set; } = DefaultDays;

        /// <summary>The invitation's language; the form starts with the inviter's own.</summary>
        public string? Language { get; set; } = UserLanguages.Current;
    }

    public sealed record Row(Invitation Invitation, InvitationState State);

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public PageLinks Paging { get; private set; } = null!;
    public Invitation? ToRevoke { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public DateTime Now { get; } = clock.GetUtcNow().UtcDateTime;

    /// <summary>The roles this person may invite to.</summary>
    public IReadOnlyList<string> InvitableRoles => User.IsInRole(Roles.Administrator) ? Roles.All : [Roles.FocalPoint, Roles.NetworkStaff];

    public async Task OnGetAsync([Microsoft.AspNetCore.Mvc.FromQuery(Name = "page")] int? pageNumber, int? revoke)
    {
        await LoadAsync(pageNumber);
        if (revoke is not null)
        {
            ToRevoke = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == revoke);
            if (ToRevoke is not null && Invitations.State(ToRevoke, Now) != InvitationState.Pending) ToRevoke = null;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Input.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 256 || !Features.Accounts.EmailAddresses.IsPlain(email))
        {
            ModelState.AddModelError("Input.Email", l["Enter a valid e-mail address, like name@example.org."]);
        }
        var role = Input.Role;
        if (role is null || !Roles.All.Contains(role))
        {
            ModelState.AddModelError("Input.Role", l["Choose a role."]);
            role = null;
        }
        else if (!InvitableRoles.Contains(role))
        {
            ModelState.AddModelError("Input.Role", l["Only administrators may invite administrators or members of the Secretariat."]);
        }
        Organization? organization = null;
        var slug = Input.Organization?.Trim();
        if (role is not null && Roles.NeedsOrganization(role))
        {
            if (string.IsNullOrEmpty(slug))
            {
                ModelState.AddModelError("Input.Organization", l["Focal points and network staff act for an organization: enter its identifier."]);
            }
            else
            {
                organization = await db.Organizations.SingleOrDefaultAsync(o => o.Slug == slug && !o.IsSynthetic);
                if (organization is null) ModelState.AddModelError("Input.Organization", string.Format(l["There is no organization with the identifier '{0}'."].Value, slug));
                else if (role == Roles.NetworkStaff && organization.Kind != OrganizationKind.LocalGovernmentNetwork)
                {
                    ModelState.AddModelError("Input.Organization", string.Format(l["{0} is not a network: network staff are invited for a network."].Value, organization.Name));
                }
            }
        }
        else if (!string.IsNullOrEmpty(slug))
        {
            ModelState.AddModelError("Input.Organization", l["Only focal points and network staff belong to an organization: leave this empty."]);
        }
        if (ModelState.TryGetValue("Input.Days", out var daysState) && daysState.Errors.Count > 0) daysState.Errors.Clear();
        if (Input.Days is not (>= 1 and <= MaxDays))
        {
            ModelState.AddModelError("Input.Days", string.Format(l["Enter a number of days from 1 to {0}."].Value, MaxDays));
        }
        var language = Input.Language?.Trim();
        if (!UserLanguages.IsSupported(language))
        {
            ModelState.AddModelError("Input.Language", l["Choose English, French or Spanish."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(1);
            return FormWithErrors();
        }

        var token = Invitations.GenerateToken();
        var invitation = new Invitation
        {
            TokenHash = ApiTokens.Hash(token), Email = email!, Role = role!, OrganizationId = organization?.Id,
            InvitedBy = User.Identity!.Name!, CreatedAt = Now, ExpiresAt = Now.AddDays(Input.Days!.Value),
            Language = language!,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        mail.QueueInvitation(Request, invitation.Email, token, invitation.Role, organization?.Name, invitation.ExpiresAt, invitation.Language);
        db.Record(Now, invitation.InvitedBy, "invitation.created", $"invitation:{invitation.Id}",
            $"{invitation.Email} as {invitation.Role}" + (organization is null ? "" : $" for {organization.Slug}")
            + $", in {invitation.Language}, expires {invitation.ExpiresAt:yyyy-MM-dd}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        Message = string.Format(l["Invitation sent to {0}."].Value, invitation.Email);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id);
        if (invitation is null) return NotFound();
        // Who may not invite to a role may not withdraw such an invitation either.
        if (!InvitableRoles.Contains(invitation.Role)) return Forbid();
        if (Invitations.State(invitation, Now) == InvitationState.Pending)
        {
            invitation.RevokedAt = Now;
            db.Record(Now, User.Identity!.Name!, "invitation.revoked", $"invitation:{invitation.Id}", invitation.Email);
            await db.SaveChangesAsync();
            Message = string.Format(l["The invitation to {0} is withdrawn: its link no longer works."].Value, invitation.Email);
        }
        return RedirectToPage();
    }

    public string StateLabel(InvitationState state) => state switch
    {
        InvitationState.Pending => l["pending"],
        InvitationState.Accepted => l["accepted"],
        InvitationState.Expired => l["expired"],
        _ => l["revoked"],
    };

    private async Task LoadAsync(int? pageNumber)
    {
        var total = await db.Invitations.CountAsync();
        var pages = PageLinks.Pages(total);
        var current = Math.Min(PageLinks.Clamp(pageNumber), pages);
        Paging = new PageLinks(current, pages, p => $"/admin/invitations?page={p}");
        var invitations = await db.Invitations.AsNoTracking().Include(i => i.Organization)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Skip((current - 1) * PageLinks.PageSize).Take(PageLinks.PageSize).ToListAsync();
        Rows = invitations.Select(i => new Row(i, Invitations.State(i, Now))).ToList();
    }
}
