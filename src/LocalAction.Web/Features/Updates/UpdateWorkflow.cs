using System.Security.Claims;
using System.Text.Json;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Campaigns;
using LocalAction.Web.Features.Mail;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Updates;

/// <summary>
/// Every change to a pledge update, for the form, the API and the import alike: submit (in an open campaign, by the
/// pledge's focal points or network staff), the Secretariat's follow-up interviews, corrections (the submitted values are
/// kept), validation (which publishes the update) and rejection. Each change is one transaction with its audit event.
/// </summary>
public sealed class UpdateWorkflow(
    LocalActionDbContext db, UpdateValidator validator, AttachmentInspector inspector, ActingOrganizations acting, Campaigns.Campaigns campaigns,
    SearchIndex searchIndex, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const string FormSource = "update form";

    public Task<PledgeUpdate?> FindAsync(int id, CancellationToken ct = default) =>
        db.PledgeUpdates.Include(u => u.Challenges).Include(u => u.Interviews).Include(u => u.Attachments)
            .Include(u => u.Pledge!).ThenInclude(p => p.Organizations).ThenInclude(o => o.Organization)
            .AsSplitQuery().SingleOrDefaultAsync(u => u.Id == id, ct);

    /// <summary>Whether the person acts for one of the pledge's organizations (or is the Secretariat).</summary>
    public async Task<bool> ActsForAsync(ClaimsPrincipal user, Pledge pledge, CancellationToken ct = default)
    {
        if (ActingOrganizations.IsSecretariat(user)) return true;
        var mine = await acting.ForAsync(user, ct);
        return pledge.Organizations.Any(o => mine.Contains(o.OrganizationId));
    }

    /// <summary>
    /// Checks who, when and what for a new update, without saving: the import runs this for every row in its dry run.
    /// Returns the pledge's campaign on success.
    /// </summary>
    public async Task<(UpdateCampaign? Campaign, UpdateResult? Refusal)> CheckSubmissionAsync(ClaimsPrincipal user, Pledge? pledge, CancellationToken ct = default)
    {
        if (pledge is null || pledge.ReviewState != ReviewState.Published) return (null, UpdateResult.NotFound(l["There is no published pledge with this id."]));
        if (!await ActsForAsync(user, pledge, ct))
            return (null, UpdateResult.Forbidden(l["You do not act for any organization of the pledge {0}.", pledge.PublicId]));
        var campaign = await campaigns.OpenForAsync(pledge.Id, ct);
        if (campaign is null)
        {
            var closed = await campaigns.LastClosedForAsync(pledge.Id, ct);
            return (null, closed is not null
                ? UpdateResult.Conflict(l["The campaign '{0}' closed on {1:yyyy-MM-dd}: updates of {2} are no longer accepted.", closed.Name, closed.ClosesOn, pledge.PublicId])
                : UpdateResult.Conflict(l["No update campaign is open for the pledge {0}.", pledge.PublicId]));
        }
        var pending = await db.PledgeUpdates.AnyAsync(u => u.PledgeId == pledge.Id && u.CampaignId == campaign.Id && u.Status == UpdateStatus.Submitted, ct);
        if (pending) return (null, UpdateResult.Conflict(l["An update of {0} in this campaign is already awaiting validation.", pledge.PublicId]));
        return (campaign, null);
    }

    /// <summary>A new submitted update, not yet added to the context: shared by the form, the API and the import.</summary>
    public PledgeUpdate NewSubmitted(Pledge pledge, UpdateCampaign campaign, UpdateValues values, ClaimsPrincipal user, string source, DateTime now)
    {
        var update = new PledgeUpdate
        {
            PledgeId = pledge.Id, CampaignId = campaign.Id, Status = UpdateStatus.Submitted, ReportedOn = DateOnly.FromDateTime(now),
            SourceDocument = source, SubmittedJson = JsonSerializer.Serialize(values, SubmissionWorkflow.Json),
            SubmittedByUserId = UserId(user), SubmittedAt = now, Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        values.ApplyTo(update);
        if (update.Language is null) update.Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return update;
    }

    public async Task<UpdateResult> SubmitAsync(ClaimsPrincipal user, string pledgePublicId, UpdateInput input, IReadOnlyList<IncomingFile> files, CancellationToken ct = default)
    {
        var pledge = await db.Pledges.Include(p => p.Organizations).SingleOrDefaultAsync(p => p.PublicId == pledgePublicId, ct);
        var (campaign, refusal) = await CheckSubmissionAsync(user, pledge, ct);
        if (refusal is not null) return refusal;
        var now = Now;
        var validation = validator.Validate(input);
        var errors = validation.Errors.ToDictionary(e => e.Key, e => e.Value);
        var (attachments, fileErrors) = inspector.Inspect(files, UserId(user), now);
        if (fileErrors.Count > 0) errors[UpdateFields.Attachments] = [.. fileErrors];
        if (errors.Count > 0) return UpdateResult.Invalid(errors, l["The update was not sent: correct the fields marked below."]);

        var update = NewSubmitted(pledge!, campaign!, validation.Values, user, FormSource, now);
        update.Attachments.AddRange(attachments);
        db.PledgeUpdates.Add(update);
        db.Record(now, Actor(user), "update.submitted", $"pledge:{pledge!.PublicId}", campaign!.Code);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another update of this pledge was saved between the check and this save (IX_PledgeUpdates_OneAwaitingValidation).
            db.ChangeTracker.Clear();
            return UpdateResult.Conflict(l["An update of {0} in this campaign is already awaiting validation.", pledge.PublicId]);
        }
        return UpdateResult.Ok(update);
    }

    public async Task<UpdateResult> RecordInterviewAsync(ClaimsPrincipal user, int id, string? heldOn, string? interviewer, string? notes, CancellationToken ct = default)
    {
        var (update, refusal) = await ForSecretariatAsync(user, id, null, ct);
        if (refusal is not null) return refusal;
        var errors = new Dictionary<string, string[]>();
        DateOnly day = default;
        if (string.IsNullOrWhiteSpace(heldOn)) errors["heldOn"] = [l["This field is required."]];
        else if (!TryParseDay(heldOn, out day))
            errors["heldOn"] = [l["'{0}' is not a date (YYYY-MM-DD).", Shorten(heldOn)]];
        else if (day > DateOnly.FromDateTime(Now)) errors["heldOn"] = [l["The interview's date is in the future."]];
        interviewer = interviewer?.Trim();
        notes = notes?.Trim();
        if (string.IsNullOrEmpty(interviewer)) errors["interviewer"] = [l["This field is required."]];
        else if (interviewer.Length > 200) errors["interviewer"] = [l["This text has {0:N0} characters; the limit is {1:N0}.", interviewer.Length, 200]];
        if (string.IsNullOrEmpty(notes)) errors["notes"] = [l["This field is required."]];
        else if (notes.Length > 10_000) errors["notes"] = [l["This text has {0:N0} characters; the limit is {1:N0}.", notes.Length, 10_000]];
        if (errors.Count > 0) return UpdateResult.Invalid(errors, l["The interview was not recorded: correct the fields marked below."]);
        var now = Now;
        update!.Interviews.Add(new UpdateInterview
        {
            PledgeUpdateId = update.Id, HeldOn = day, Interviewer = interviewer!, Notes = notes!, RecordedByUserId = UserId(user), RecordedAt = now,
        });
        db.Record(now, Actor(user), "update.interview-recorded", $"update:{update.Id}", $"{day:yyyy-MM-dd} {interviewer}");
        await db.SaveChangesAsync(ct);
        return UpdateResult.Ok(update);
    }

    /// <summary>The Secretariat's corrections after an interview: the submitted values stay as they were sent.</summary>
    public async Task<UpdateResult> CorrectAsync(ClaimsPrincipal user, int id, int expectedVersion, UpdateInput input, CancellationToken ct = default)
    {
        var (update, refusal) = await ForSecretariatAsync(user, id, expectedVersion, ct);
        if (refusal is not null) return refusal;
        var validation = validator.Validate(input);
        if (!validation.IsValid) return UpdateResult.Invalid(validation.Errors, l["The corrections were not saved: correct the fields marked below."]);
        var before = UpdateValues.Of(update!);
        var changed = UpdateValues.Differences(before, validation.Values);
        validation.Values.ApplyTo(update!);
        var now = Now;
        db.Record(now, Actor(user), "update.corrected", $"update:{update!.Id}", changed.Count == 0 ? "no change" : string.Join(", ", changed));
        return await SaveVersionedAsync(update, now, ct);
    }

    /// <summary>Publishes the update: it joins the pledge's public timeline and the pledge takes its stage.</summary>
    public async Task<UpdateResult> ValidateAsync(ClaimsPrincipal user, int id, int expectedVersion, CancellationToken ct = default)
    {
        var (update, refusal) = await ForSecretariatAsync(user, id, expectedVersion, ct);
        if (refusal is not null) return refusal;
        var now = Now;
        update!.Status = UpdateStatus.Validated;
        update.ValidatedAt = now;
        update.ValidatedByUserId = UserId(user);
        var pledge = update.Pledge!;
        if (update.Stage is { } stage && pledge.Stage != stage)
        {
            pledge.Stage = stage;
            pledge.UpdatedAt = now;
        }
        db.Record(now, Actor(user), "update.validated", $"update:{update.Id}", pledge.PublicId);
        await NotifySubmitterAsync(update, () => l["Your update of {0} was validated and is now public.", pledge.PublicId], ct);
        var result = await SaveVersionedAsync(update, now, ct);
        if (result.Succeeded) searchIndex.Invalidate([update.PledgeId]);
        return result;
    }

    public async Task<UpdateResult> RejectAsync(ClaimsPrincipal user, int id, int expectedVersion, string? reason, CancellationToken ct = default)
    {
        var (update, refusal) = await ForSecretariatAsync(user, id, expectedVersion, ct);
        if (refusal is not null) return refusal;
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
            return UpdateResult.Invalid(new Dictionary<string, string[]> { ["reason"] = [l["Give the reason, for the pledger."]] }, l["The update was not rejected."]);
        if (reason.Length > 4_000)
            return UpdateResult.Invalid(new Dictionary<string, string[]> { ["reason"] = [l["This text has {0:N0} characters; the limit is {1:N0}.", reason.Length, 4_000]] }, l["The update was not rejected."]);
        var now = Now;
        update!.Status = UpdateStatus.Rejected;
        update.RejectionReason = reason;
        db.Record(now, Actor(user), "update.rejected", $"update:{update.Id}", reason);
        await NotifySubmitterAsync(update, () => l["Your update of {0} was not accepted. Reason: {1}", update.Pledge!.PublicId, reason], ct);
        return await SaveVersionedAsync(update, now, ct);
    }

    /// <summary>The submitted values, or the current ones for updates that were never submitted through the platform.</summary>
    public static UpdateValues SubmittedValues(PledgeUpdate u) =>
        u.SubmittedJson is null ? UpdateValues.Of(u) : JsonSerializer.Deserialize<UpdateValues>(u.SubmittedJson, SubmissionWorkflow.Json) ?? UpdateValues.Of(u);

    private async Task<(PledgeUpdate? Update, UpdateResult? Refusal)> ForSecretariatAsync(ClaimsPrincipal user, int id, int? expectedVersion, CancellationToken ct)
    {
        var update = await FindAsync(id, ct);
        if (update is null) return (null, UpdateResult.NotFound(l["There is no update with this id."]));
        if (!ActingOrganizations.IsSecretariat(user))
        {
            return await ActsForAsync(user, update.Pledge!, ct)
                ? (null, UpdateResult.Forbidden(l["Only the Secretariat can interview, correct, validate or reject an update."]))
                : (null, UpdateResult.NotFound(l["There is no update with this id."]));
        }
        if (update.Status != UpdateStatus.Submitted)
            return (null, UpdateResult.Conflict(l["This update is {0}: only updates awaiting validation can be changed.", l["UpdateStatus." + FilterValues.Kebab(update.Status)]], update));
        if (expectedVersion is { } v && v != update.Version)
            return (null, UpdateResult.Conflict(l["Someone else changed this update since you opened it (now version {0}). Your input is kept below: review the current values and save again.", update.Version], update));
        return (update, null);
    }

    private async Task<UpdateResult> SaveVersionedAsync(PledgeUpdate update, DateTime now, CancellationToken ct)
    {
        update.Version++;
        update.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return UpdateResult.Conflict(l["Someone else changed this update at the same moment. Reload it and try again."], await FindAsync(update.Id, ct));
        }
        return UpdateResult.Ok(update);
    }

    /// <summary>
    /// Tells the person who sent the update, in the update's language, else their preferred one, never the validator's
    /// (for the reasons given at <see cref="SubmissionWorkflow"/>'s review e-mails); the body is written only once that
    /// language is in force.
    /// </summary>
    private async Task NotifySubmitterAsync(PledgeUpdate update, Func<string> body, CancellationToken ct)
    {
        if (update.SubmittedByUserId is null) return;
        var to = await db.Users.Where(u => u.Id == update.SubmittedByUserId && u.EmailConfirmed)
            .Select(u => new { u.Email, u.PreferredLanguage }).SingleOrDefaultAsync(ct);
        if (to?.Email is null) return;
        var reader = UserLanguages.IsSupported(update.Language) ? update.Language : to.PreferredLanguage;
        MailCulture.In(reader, () => db.Enqueue(Now, to.Email, l["Your pledge update: {0}", update.Pledge!.PublicId], body(), "update"));
    }

    private static string UserId(ClaimsPrincipal user) => ActingOrganizations.UserId(user) ?? throw new InvalidOperationException("Not signed in.");
    private static string Actor(ClaimsPrincipal user) => AuditLog.Actor(user);
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
