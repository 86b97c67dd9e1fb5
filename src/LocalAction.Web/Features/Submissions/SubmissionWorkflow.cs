using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Mail;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Submissions;

/// <summary>
/// Every change to a submission, for the pages and the API alike: create, save (with a version check), submit, the
/// Secretariat's decisions (one or in bulk, all or nothing), co-pledgers' acceptance, and publishing into the registry.
/// Each change is one transaction with its review decision, audit event and e-mails.
/// </summary>
public sealed class SubmissionWorkflow(
    LocalActionDbContext db, SubmissionValidator validator, ActingOrganizations acting, SearchIndex searchIndex,
    TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static SubmissionContent ContentOf(Submission s) => JsonSerializer.Deserialize<SubmissionContent>(s.ContentJson, Json) ?? new SubmissionContent();

    public Task<Submission?> FindAsync(int id, CancellationToken ct = default) =>
        db.Submissions.Include(s => s.CoPledgers).ThenInclude(c => c.Organization).Include(s => s.Decisions)
            .Include(s => s.LeadOrganization).Include(s => s.Round).Include(s => s.Pledge)
            .SingleOrDefaultAsync(s => s.Id == id, ct);

    public async Task<SubmissionPermissions> PermissionsAsync(ClaimsPrincipal user, Submission s, CancellationToken ct = default) =>
        SubmissionPermissions.For(s, ActingOrganizations.IsSecretariat(user), await acting.ForAsync(user, ct));

    /// <summary>Public ids of organizations by internal id, for showing content as the form and API show it.</summary>
    public async Task<IReadOnlyDictionary<int, string>> SlugsAsync(SubmissionContent c, CancellationToken ct = default)
    {
        var ids = c.CoPledgers.Append(c.LeadOrganizationId ?? 0).Distinct().ToList();
        return await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Slug, ct);
    }

    public async Task<WorkflowResult> CreateAsync(ClaimsPrincipal user, SubmissionInput input, CancellationToken ct = default)
    {
        var outcome = await validator.ValidateAsync(input, ValidationMode.Draft, ct: ct);
        var errors = outcome.Errors.ToDictionary(e => e.Key, e => e.Value);
        if (outcome.Content.LeadOrganizationId is null && !errors.ContainsKey(SubmissionFields.LeadOrganization))
            errors[SubmissionFields.LeadOrganization] = [l["This field is required."]];
        if (outcome.Content.Round is null && !errors.ContainsKey(SubmissionFields.Round))
            errors[SubmissionFields.Round] = [l["This field is required."]];
        if (errors.Count > 0) return WorkflowResult.Invalid(errors, l["The pledge was not saved: correct the fields marked below."]);
        var lead = outcome.Content.LeadOrganizationId!.Value;
        if (!ActingOrganizations.IsSecretariat(user) && !(await acting.ForAsync(user, ct)).Contains(lead))
            return WorkflowResult.Forbidden(l["You do not act for the organization '{0}'.", input.LeadOrganization!.Trim()]);

        var now = Now;
        var roundId = await db.Rounds.Where(r => r.Code == outcome.Content.Round).Select(r => r.Id).SingleAsync(ct);
        var submission = new Submission
        {
            LeadOrganizationId = lead, RoundId = roundId, State = ReviewState.Draft, Title = outcome.Content.Title, Compact = outcome.Content.Compact,
            Language = outcome.Content.Language ?? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            ContentJson = Serialize(outcome.Content), Version = 1, CreatedByUserId = UserId(user), CreatedAt = now, UpdatedAt = now,
            UpdatedByUserId = UserId(user),
        };
        await SyncCoPledgersAsync(submission, outcome.Content, now, ct);
        // The decision row needs the new id: two saves, one transaction, so there is never a submission without its history.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        Decide(submission, user, await NameAsync(user, ct), "created", ReviewState.Draft, null, now);
        db.Record(now, Actor(user), "submission.created", $"submission:{submission.Id}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return WorkflowResult.Ok(submission);
    }

    /// <summary>
    /// Saves the given fields (a form step, or all of them from the API) if nobody saved since <paramref name="expectedVersion"/>.
    /// </summary>
    public async Task<WorkflowResult> SaveAsync(ClaimsPrincipal user, int id, int expectedVersion, SubmissionInput posted,
        IReadOnlyCollection<string>? fields, CancellationToken ct = default)
    {
        var s = await FindAsync(id, ct);
        if (s is null) return WorkflowResult.NotFound;
        var permissions = await PermissionsAsync(user, s, ct);
        if (!permissions.CanView) return WorkflowResult.NotFound;
        if (!permissions.CanEdit) return WorkflowResult.Forbidden(WhyNotEditable(s, permissions));
        if (s.Version != expectedVersion) return Conflict(s);

        var current = ContentOf(s);
        var merged = fields is null ? posted : current.ToInput(await SlugsAsync(current, ct)).Overlay(posted, fields);
        var outcome = await validator.ValidateAsync(merged, ValidationMode.Draft, isEditOfPublishedPledge: s.PledgeId is not null, ct: ct);
        if (!outcome.IsValid) return WorkflowResult.Invalid(outcome.Errors, l["The pledge was not saved: correct the fields marked below."]);
        var content = outcome.Content;
        if (content.LeadOrganizationId is null || content.Round is null)
        {
            return WorkflowResult.Invalid(new Dictionary<string, string[]>
            {
                [content.LeadOrganizationId is null ? SubmissionFields.LeadOrganization : SubmissionFields.Round] = [l["This field is required."]],
            }, l["The pledge was not saved: correct the fields marked below."]);
        }
        var mine = await acting.ForAsync(user, ct);
        var isSecretariat = ActingOrganizations.IsSecretariat(user);
        if (content.LeadOrganizationId != s.LeadOrganizationId && !isSecretariat && !mine.Contains(content.LeadOrganizationId.Value))
            return WorkflowResult.Forbidden(l["You do not act for the organization '{0}'.", merged.LeadOrganization ?? ""]);
        // A co-pledger edits the pledge, but only the lead (or the Secretariat) decides who pledges it.
        var changesWhoPledges = content.LeadOrganizationId != s.LeadOrganizationId || s.CoPledgers.Any(c => !content.CoPledgers.Contains(c.OrganizationId));
        if (changesWhoPledges && !isSecretariat && !mine.Contains(s.LeadOrganizationId))
            return WorkflowResult.Forbidden(l["Only the lead organization or the Secretariat can change the lead or remove a co-pledger."]);
        if (s.PledgeId is not null && content.Round != s.Round!.Code)
            return WorkflowResult.Invalid(new Dictionary<string, string[]> { [SubmissionFields.Round] = [l["An edit keeps the pledge's round."]] },
                l["The pledge was not saved: correct the fields marked below."]);

        var now = Now;
        s.LeadOrganizationId = content.LeadOrganizationId.Value;
        s.RoundId = await db.Rounds.Where(r => r.Code == content.Round).Select(r => r.Id).SingleAsync(ct);
        s.Title = content.Title;
        s.Compact = content.Compact;
        if (content.Language is not null) s.Language = content.Language;
        s.ContentJson = Serialize(content);
        await SyncCoPledgersAsync(s, content, now, ct);
        if (s.State == ReviewState.Validated)
        {
            // What was validated is no longer what is stored: it goes back to review before it can be published.
            s.State = ReviewState.InReview;
            Decide(s, user, await NameAsync(user, ct), "edited-after-validation", ReviewState.Validated, null, now);
        }
        return await SaveVersionedAsync(s, user, now, ct);
    }

    public async Task<WorkflowResult> SubmitAsync(ClaimsPrincipal user, int id, int expectedVersion, CancellationToken ct = default)
    {
        var s = await FindAsync(id, ct);
        if (s is null) return WorkflowResult.NotFound;
        var permissions = await PermissionsAsync(user, s, ct);
        if (!permissions.CanView) return WorkflowResult.NotFound;
        if (!permissions.CanSubmit) return WorkflowResult.Forbidden(WhyNotEditable(s, permissions));
        if (s.Version != expectedVersion) return Conflict(s);
        var errors = await CompletenessErrorsAsync(s, ct);
        if (errors.Count > 0) return WorkflowResult.Invalid(errors, l["The pledge cannot be submitted yet: complete the fields listed."]);

        var now = Now;
        var from = s.State;
        s.State = ReviewState.Submitted;
        s.SubmittedAt = now;
        Decide(s, user, await NameAsync(user, ct), from == ReviewState.ChangesRequested ? "resubmitted" : "submitted", from, null, now);
        db.Record(now, Actor(user), "submission.submitted", $"submission:{s.Id}");
        return await SaveVersionedAsync(s, user, now, ct);
    }

    public async Task<WorkflowResult> WithdrawAsync(ClaimsPrincipal user, int id, int expectedVersion, CancellationToken ct = default)
    {
        var s = await FindAsync(id, ct);
        if (s is null) return WorkflowResult.NotFound;
        var permissions = await PermissionsAsync(user, s, ct);
        if (!permissions.CanView) return WorkflowResult.NotFound;
        if (!permissions.CanWithdraw) return WorkflowResult.Forbidden(l["Only the pledgers can withdraw a submission, and only before review starts."]);
        if (s.Version != expectedVersion) return Conflict(s);
        var now = Now;
        var from = s.State;
        s.State = ReviewState.Withdrawn;
        Decide(s, user, await NameAsync(user, ct), "withdrawn", from, null, now);
        return await SaveVersionedAsync(s, user, now, ct);
    }

    /// <summary>Every required field still missing or invalid, keyed by field, as a submission or validation needs it.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> CompletenessErrorsAsync(Submission s, CancellationToken ct = default)
    {
        var content = ContentOf(s);
        var outcome = await validator.ValidateAsync(content.ToInput(await SlugsAsync(content, ct)), ValidationMode.Complete,
            isEditOfPublishedPledge: s.PledgeId is not null, ct: ct);
        return outcome.Errors;
    }

    /// <summary>A Secretariat decision on one submission. <paramref name="expectedVersion"/> null skips the check (bulk).</summary>
    public async Task<WorkflowResult> DecideAsync(ClaimsPrincipal user, int id, int? expectedVersion, string action, string? comment, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        WorkflowResult result;
        try
        {
            result = await DecideOneAsync(user, id, expectedVersion, action, comment, ct);
        }
        catch (DbUpdateException)
        {
            // Two decisions at once (the same submission, or two publications taking the same public id): the second waits
            // for nothing and says so; nothing of it is kept.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var current = await FindAsync(id, ct);
            return current is null ? WorkflowResult.NotFound : Conflict(current);
        }
        if (result.Succeeded) await transaction.CommitAsync(ct);
        if (result.Succeeded && result.Submission!.State == ReviewState.Published)
            searchIndex.Invalidate(result.Submission.PledgeId is { } pledgeId ? [pledgeId] : null);
        return result;
    }

    /// <summary>The same decision on many submissions: all are changed, or none is and every refusal is listed.</summary>
    public async Task<(bool Succeeded, IReadOnlyDictionary<int, string> Refusals)> DecideManyAsync(ClaimsPrincipal user, IReadOnlyList<int> ids,
        string action, string? comment, CancellationToken ct = default)
    {
        var refusals = new Dictionary<int, string>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            foreach (var id in ids.Distinct())
            {
                var result = await DecideOneAsync(user, id, null, action, comment, ct);
                if (!result.Succeeded) refusals[id] = result.Message ?? result.Outcome.ToString();
            }
        }
        catch (DbUpdateException)
        {
            refusals[0] = l["Someone else changed these submissions at the same time; nothing was changed. Try again."];
        }
        if (refusals.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return (false, refusals);
        }
        await transaction.CommitAsync(ct);
        // Naming the pledges lets the dashboard reread only them; a pledge reread without a change is harmless.
        var decided = ids.Distinct().ToList();
        searchIndex.Invalidate(await db.Submissions.AsNoTracking().Where(s => decided.Contains(s.Id) && s.PledgeId != null)
            .Select(s => s.PledgeId!.Value).ToListAsync(ct));
        return (true, refusals);
    }

    private async Task<WorkflowResult> DecideOneAsync(ClaimsPrincipal user, int id, int? expectedVersion, string action, string? comment, CancellationToken ct)
    {
        // The role first: nobody else learns which ids exist or which actions there are.
        if (!ActingOrganizations.IsSecretariat(user)) return WorkflowResult.Forbidden(l["Only the Secretariat reviews pledges."]);
        if (!ReviewAction.Rules.TryGetValue(action, out var rule)) return WorkflowResult.Invalid(
            new Dictionary<string, string[]> { ["action"] = [l["'{0}' is not a review action.", action.Length > 40 ? action[..40] : action]] }, l["Unknown review action."]);
        var s = await FindAsync(id, ct);
        if (s is null) return WorkflowResult.NotFound;
        if (expectedVersion is not null && s.Version != expectedVersion) return Conflict(s);
        comment = comment?.Trim();
        if (rule.NeedsComment && string.IsNullOrEmpty(comment))
            return WorkflowResult.Invalid(new Dictionary<string, string[]> { ["comment"] = [l["Say why: the submitters will read it."]] }, l["A reason is needed."]);
        if (comment is { Length: > SubmissionFields.CommentMaxLength })
            return WorkflowResult.Invalid(new Dictionary<string, string[]> { ["comment"] = [l["This text has {0:N0} characters; the limit is {1:N0}.", comment.Length, SubmissionFields.CommentMaxLength]] }, l["The comment is too long."]);
        if (!rule.From.Contains(s.State))
            return WorkflowResult.Invalid(new Dictionary<string, string[]> { ["action"] = [l["A submission in state '{0}' cannot take this action.", l[$"ReviewState.{s.State}"]]] },
                l["A submission in state '{0}' cannot take this action.", l[$"ReviewState.{s.State}"]]);
        if (action is ReviewAction.Validate or ReviewAction.Publish or ReviewAction.MarkIdpOnly)
        {
            var errors = (await CompletenessErrorsAsync(s, ct)).ToDictionary(e => e.Key, e => e.Value);
            var pending = s.CoPledgers.Where(c => c.AcceptedAt is null).Select(c => c.Organization!.Name).ToList();
            if (pending.Count > 0) errors[SubmissionFields.CoPledgers] = [l["Co-pledgers who have not accepted yet: {0}.", string.Join(", ", pending)]];
            if (errors.Count > 0) return WorkflowResult.Invalid(errors, l["The pledge is not complete: it cannot be validated or published."]);
        }

        var now = Now;
        var from = s.State;
        s.State = rule.To;
        if (action is ReviewAction.Publish or ReviewAction.MarkIdpOnly)
        {
            var content = ContentOf(s);
            if (action == ReviewAction.MarkIdpOnly) content = content with { Compact = Pledges.Compact.IdpOnly };
            s.ContentJson = Serialize(content);
            s.Compact = content.Compact;
            var pledge = await PledgePublisher.PublishAsync(db, s, content, now, ct);
            s.PublishedPublicId = pledge.PublicId;
            if (s.PledgeId is null) s.PledgeId = pledge.Id;
        }
        Decide(s, user, await NameAsync(user, ct), action, from, comment, now);
        db.Record(now, Actor(user), $"review.{action}", $"submission:{s.Id}", comment);
        await NotifySubmittersAsync(s, action, comment, ct);
        var saved = await SaveVersionedAsync(s, user, now, ct);
        return saved;
    }

    public async Task<WorkflowResult> AcceptCoPledgeAsync(ClaimsPrincipal user, int id, int organizationId, CancellationToken ct = default)
    {
        var s = await FindAsync(id, ct);
        if (s is null) return WorkflowResult.NotFound;
        var permissions = await PermissionsAsync(user, s, ct);
        if (!permissions.CanView) return WorkflowResult.NotFound;
        var invitation = s.CoPledgers.SingleOrDefault(c => c.OrganizationId == organizationId);
        if (invitation is null) return WorkflowResult.Invalid(new Dictionary<string, string[]> { [SubmissionFields.CoPledgers] = [l["This organization is not a co-pledger of this pledge."]] }, l["Not a co-pledger."]);
        if (invitation.AcceptedAt is not null) return WorkflowResult.Ok(s);
        if (!permissions.CanAcceptFor.Contains(organizationId)) return WorkflowResult.Forbidden(l["You do not act for the organization '{0}'.", invitation.Organization!.Slug]);
        var now = Now;
        invitation.AcceptedAt = now;
        invitation.AcceptedByUserId = UserId(user);
        Decide(s, user, await NameAsync(user, ct), "co-pledge-accepted", s.State, invitation.Organization!.Name, now);
        db.Record(now, Actor(user), "submission.co-pledge-accepted", $"submission:{s.Id}", invitation.Organization.Slug);
        return await SaveVersionedAsync(s, user, now, ct, keepState: true);
    }

    /// <summary>Opens an edit of a published pledge, or returns the edit already open, so there is only ever one.</summary>
    public async Task<WorkflowResult> StartEditAsync(ClaimsPrincipal user, string publicId, CancellationToken ct = default)
    {
        var pledge = await db.Pledges.Include(p => p.Organizations).Include(p => p.Round).Include(p => p.Beneficiaries).Include(p => p.Priorities)
            .Include(p => p.GcmObjectives).Include(p => p.GuidingPrinciples).Include(p => p.GcrObjectives).Include(p => p.GcrAreas)
            .Include(p => p.Sdgs).Include(p => p.Partners).Include(p => p.Translations)
            .SingleOrDefaultAsync(p => p.PublicId == publicId && p.ReviewState == ReviewState.Published, ct);
        if (pledge is null) return new WorkflowResult(WorkflowOutcome.NotFound, Message: l["There is no published pledge with this id."]);
        var orgs = pledge.Organizations.Select(o => o.OrganizationId).ToList();
        var mine = await acting.ForAsync(user, ct);
        if (!ActingOrganizations.IsSecretariat(user) && !orgs.Any(mine.Contains))
            return WorkflowResult.Forbidden(l["Only the pledging organizations' focal points and network staff can propose an edit."]);
        var open = await db.Submissions.Where(s => s.PledgeId == pledge.Id).ToListAsync(ct);
        if (open.FirstOrDefault(s => ReviewAction.IsOpen(s.State)) is { } existing) return WorkflowResult.Ok((await FindAsync(existing.Id, ct))!);

        var lead = pledge.Organizations.FirstOrDefault(o => o.Role == PledgeRole.Lead)?.OrganizationId ?? orgs.First();
        var content = PledgePublisher.ContentOf(pledge, lead);
        var now = Now;
        var submission = new Submission
        {
            PledgeId = pledge.Id, LeadOrganizationId = lead, RoundId = pledge.RoundId, State = ReviewState.Draft, Title = pledge.Title,
            Compact = pledge.Compact, Language = pledge.OriginalLanguage ?? "en", ContentJson = Serialize(content), Version = 1,
            CreatedByUserId = UserId(user), CreatedAt = now, UpdatedAt = now, UpdatedByUserId = UserId(user), PublishedPublicId = pledge.PublicId,
        };
        // The pledge's co-pledgers already pledged: they keep their rights in the edit.
        foreach (var co in content.CoPledgers)
        {
            submission.CoPledgers.Add(new SubmissionCoPledger { OrganizationId = co, InvitedAt = now, AcceptedAt = now, AcceptedByUserId = UserId(user) });
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        Decide(submission, user, await NameAsync(user, ct), "edit-started", ReviewState.Draft, pledge.PublicId, now);
        db.Record(now, Actor(user), "submission.edit-started", $"submission:{submission.Id}", pledge.PublicId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return WorkflowResult.Ok((await FindAsync(submission.Id, ct))!);
    }

    private async Task<WorkflowResult> SaveVersionedAsync(Submission s, ClaimsPrincipal user, DateTime now, CancellationToken ct, bool keepState = false)
    {
        s.Version++;
        s.UpdatedAt = now;
        if (!keepState) s.UpdatedByUserId = UserId(user);
        try
        {
            await db.SaveChangesAsync(ct);
            return WorkflowResult.Ok(s);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: report what is stored now.
            db.ChangeTracker.Clear();
            return Conflict((await FindAsync(s.Id, ct))!);
        }
    }

    private WorkflowResult Conflict(Submission current) => WorkflowResult.Conflict(current,
        l["Someone else saved this pledge at {0:yyyy-MM-dd HH:mm} UTC (version {1}). Your changes were not saved; they are still in the form. Compare them with the current version and save again.", current.UpdatedAt, current.Version]);

    private string WhyNotEditable(Submission s, SubmissionPermissions p) =>
        s.State is ReviewState.Submitted or ReviewState.InReview or ReviewState.Validated
            ? l["This pledge is with the Secretariat for review: only the Secretariat can change it now."]
            : !ReviewAction.IsOpen(s.State) ? l["This submission is closed ({0}).", l[$"ReviewState.{s.State}"]]
            : p.CanAcceptFor.Count > 0 ? l["Accept the invitation to pledge jointly before editing."]
            : l["You do not act for any organization of this pledge."];

    private async Task SyncCoPledgersAsync(Submission s, SubmissionContent content, DateTime now, CancellationToken ct)
    {
        foreach (var gone in s.CoPledgers.Where(c => !content.CoPledgers.Contains(c.OrganizationId)).ToList()) s.CoPledgers.Remove(gone);
        foreach (var added in content.CoPledgers.Where(id => s.CoPledgers.All(c => c.OrganizationId != id)))
        {
            s.CoPledgers.Add(new SubmissionCoPledger { OrganizationId = added, InvitedAt = now });
            var recipients = await db.Memberships.Where(m => m.OrganizationId == added)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, u.PreferredLanguage }).Where(r => r.Email != null).ToListAsync(ct);
            foreach (var to in recipients)
            {
                // Each focal point reads it in their own language, not in the language of whoever named their organization.
                MailCulture.In(to.PreferredLanguage, () => db.Enqueue(now, to.Email!, l["You are invited to pledge jointly"],
                    l["An organization has named yours as a co-pledger of the pledge “{0}”. Sign in and open My submissions to accept; once you accept, your organization can edit it too.", content.Title ?? ""],
                    "co-pledge"));
            }
        }
    }

    private async Task NotifySubmittersAsync(Submission s, string action, string? comment, CancellationToken ct)
    {
        var submitter = await db.Users.Where(u => u.Id == s.CreatedByUserId).Select(u => new { u.Email, u.PreferredLanguage }).SingleOrDefaultAsync(ct);
        if (submitter?.Email is null || action == ReviewAction.StartReview) return;
        // Never the reviewer's language. The pledge's language first: the submitters chose it for this very pledge, the
        // message quotes its title and a comment most likely written in it, and accounts made before people had a
        // preference all read English. The submitter's preference is better only when the interface does not have the
        // pledge's language (a pledge in Arabic or Portuguese), where English used to be the fallback.
        var reader = UserLanguages.IsSupported(s.Language) ? s.Language : submitter.PreferredLanguage;
        MailCulture.In(reader, () =>
        {
            var state = l[$"ReviewState.{s.State}"];
            var body = l["Your pledge “{0}” is now: {1}.", s.Title ?? "", state] + (string.IsNullOrEmpty(comment) ? "" : "\n\n" + comment);
            db.Enqueue(Now, submitter.Email, l["Review of your pledge: {0}", state], body, "review");
        });
    }

    private void Decide(Submission s, ClaimsPrincipal user, string name, string action, ReviewState from, string? comment, DateTime at) =>
        db.ReviewDecisions.Add(new ReviewDecision
        {
            SubmissionId = s.Id, Action = action, FromState = from, ToState = s.State, ActorUserId = UserId(user), ActorName = name, At = at, Comment = comment,
        });

    private async Task<string> NameAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = UserId(user);
        return await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? "?";
    }

    private static string UserId(ClaimsPrincipal user) => ActingOrganizations.UserId(user) ?? throw new InvalidOperationException("Not signed in.");
    private static string Actor(ClaimsPrincipal user) => AuditLog.Actor(user);
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private static string Serialize(SubmissionContent c) => JsonSerializer.Serialize(c, Json);
}
