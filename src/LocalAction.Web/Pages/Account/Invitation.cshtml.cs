using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Account;

/// <summary>
/// /account/invitation?token=: accepting an invitation. A new address gets an account (name, password) that must confirm
/// its e-mail; an address that already has an account must be signed in as it, and acceptance adds the role and
/// membership. Unknown, expired, used and revoked invitations each say so and change nothing.
/// </summary>
[EnableRateLimiting(AccountRateLimits.Policy)]
public sealed class InvitationModel(
    LocalActionDbContext db, UserManager<LocalActionUser> users, AccountMail mail, TimeProvider clock, IStringLocalizer<SharedResource> l) : FormPageModel
{
    public sealed class InputModel
    {
        public string? DisplayName { get; set; }
        public string? Password { get; set; }
        public string? ConfirmPassword { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Invitation? Invitation { get; private set; }

    /// <summary>Why the invitation cannot be accepted, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The account that already has the invitation's address, if any.</summary>
    public bool AccountExists { get; private set; }
    public bool SignedInAsInvitee { get; private set; }
    public bool Accepted { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Refused();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return Refused();
        var invitation = Invitation!;
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await users.FindByEmailAsync(invitation.Email);
        LocalActionUser user;
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (existing is not null)
        {
            if (!SignedInAsInvitee) return Forbid();
            user = existing;
        }
        else
        {
            var name = Input.DisplayName?.Trim();
            if (string.IsNullOrEmpty(name)) ModelState.AddModelError("Input.DisplayName", l["Enter your name."]);
            else if (name.Length > 200) ModelState.AddModelError("Input.DisplayName", l["The name can have at most 200 characters."]);
            // The Secretariat chose the invitation's language for this person; they can change it on their account page.
            user = new LocalActionUser
            {
                UserName = invitation.Email, Email = invitation.Email, DisplayName = name ?? "", CreatedAt = now,
                PreferredLanguage = UserLanguages.IsSupported(invitation.Language) ? invitation.Language : UserLanguages.Current,
            };
            var password = new PasswordInput { Password = Input.Password, ConfirmPassword = Input.ConfirmPassword };
            await PasswordInput.ValidateAsync(password, "Input", ModelState, users, user, l);
            if (!ModelState.IsValid) return FormWithErrors();
            var created = await users.CreateAsync(user, Input.Password!);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors) ModelState.AddModelError("Input.Password", PasswordInput.Describe(error, l));
                return FormWithErrors();
            }
            db.Record(now, invitation.Email, "account.created", $"user:{invitation.Email}", $"invitation:{invitation.Id}");
            await mail.QueueConfirmationAsync(Request, user);
        }

        if (!await users.IsInRoleAsync(user, invitation.Role)) await users.AddToRoleAsync(user, invitation.Role);
        db.Record(now, invitation.Email, "role.granted", $"user:{invitation.Email}", $"{invitation.Role} (invitation:{invitation.Id}, by {invitation.InvitedBy})");
        if (invitation.OrganizationId is { } organizationId
            && !await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.OrganizationId == organizationId))
        {
            db.Memberships.Add(new OrganizationMembership { UserId = user.Id, OrganizationId = organizationId, Role = invitation.Role, CreatedAt = now });
        }
        invitation.AcceptedAt = now;
        invitation.AcceptedByUserId = user.Id;
        db.Record(now, invitation.Email, "invitation.accepted", $"invitation:{invitation.Id}", invitation.Role);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        Accepted = true;
        AccountExists = existing is not null;
        return Page();
    }

    private PageResult Refused()
    {
        Response.StatusCode = Invitation is null ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return Page();
    }

    /// <summary>Finds the invitation and says whether it can still be accepted.</summary>
    private async Task<bool> LoadAsync()
    {
        Invitation = string.IsNullOrEmpty(Token) || Token.Length > 100 ? null
            : await db.Invitations.Include(i => i.Organization).SingleOrDefaultAsync(i => i.TokenHash == ApiTokens.Hash(Token));
        if (Invitation is null)
        {
            Problem = l["This invitation link is not valid. Check that you opened the whole link from the e-mail, or ask the Secretariat for a new invitation."];
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Problem = Invitations.State(Invitation, now) switch
        {
            InvitationState.Revoked => l["This invitation was withdrawn by the Secretariat. Ask the Secretariat if you think this is a mistake."],
            InvitationState.Accepted => l["This invitation has already been used. Sign in with the account it created, or ask the Secretariat for a new one."],
            InvitationState.Expired => string.Format(l["This invitation expired on {0} UTC; ask the Secretariat for a new one."].Value, Invitation.ExpiresAt.ToString("g")),
            _ => null,
        };
        if (Problem is not null) return false;
        var existing = await users.FindByEmailAsync(Invitation.Email);
        AccountExists = existing is not null;
        SignedInAsInvitee = existing is not null && ActingOrganizations.UserId(User) == existing.Id;
        return true;
    }
}
