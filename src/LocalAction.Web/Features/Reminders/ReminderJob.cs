using LocalAction.Web.Data;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Mail;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalAction.Web.Features.Reminders;

/// <summary>
/// Sends the due reminder steps (<see cref="ReminderSteps"/>) through the outbox, once per pledge and step. Safe with
/// several app instances: the <see cref="ReminderDelivery"/> row and its e-mails are saved together, and the unique
/// (pledge, step) index makes a second runner's save fail, which rolls its e-mails back.
/// </summary>
public sealed class ReminderJob(
    LocalActionDbContext db, TimeProvider clock, IOptionsMonitor<ReminderSettings> settings, ReminderMail mail, ILogger<ReminderJob> logger)
{
    public const string Purpose = "reminder";

    /// <summary>Pledges read per query, so a registry of 100 000 pledges is never held in memory at once.</summary>
    private const int PageSize = 500;

    /// <summary>Sends what is due today; returns how many reminder steps were sent (not e-mails: a step may go to several people).</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var closingDays = Math.Max(0, settings.CurrentValue.ClosingDays);
        var openCampaigns = await db.UpdateCampaigns.AsNoTracking().Where(c => c.OpensOn <= today && c.ClosesOn >= today)
            .Select(c => new { c.Id, c.Name, c.OpensOn, c.ClosesOn }).ToListAsync(ct);
        var openIds = openCampaigns.Select(c => c.Id).ToList();

        var sent = 0;
        var lastId = 0;
        while (true)
        {
            var page = await db.Pledges.AsNoTracking()
                .Where(p => p.Id > lastId && p.ReviewState == ReviewState.Published && !p.IsSynthetic)
                .OrderBy(p => p.Id).Take(PageSize)
                .Select(p => new PledgeRow(p.Id, p.PublicId, p.Title, p.PledgedOn, p.Round!.Year)).ToListAsync(ct);
            if (page.Count == 0) return sent;
            lastId = page[^1].Id;
            var ids = page.Select(p => p.Id).ToList();

            var updates = await db.PledgeUpdates.AsNoTracking()
                .Where(u => ids.Contains(u.PledgeId) && (u.Status == UpdateStatus.Validated || u.Status == UpdateStatus.Submitted))
                .Select(u => new { u.PledgeId, u.Status, u.ReportedOn, u.SourceDocument, u.CampaignId }).ToListAsync(ct);
            var scopes = openIds.Count == 0 ? [] : await db.UpdateCampaignPledges.AsNoTracking()
                .Where(s => ids.Contains(s.PledgeId) && openIds.Contains(s.CampaignId)).ToListAsync(ct);
            var delivered = (await db.ReminderDeliveries.AsNoTracking().Where(r => ids.Contains(r.PledgeId))
                .Select(r => new { r.PledgeId, r.Step }).ToListAsync(ct)).Select(r => (r.PledgeId, r.Step)).ToHashSet();

            var pending = new List<(PledgeRow Pledge, ReminderStep Step)>();
            foreach (var pledge in page)
            {
                var own = updates.Where(u => u.PledgeId == pledge.Id).ToList();
                var campaigns = scopes.Where(s => s.PledgeId == pledge.Id)
                    .Select(s => openCampaigns.Single(c => c.Id == s.CampaignId))
                    .Select(c => new ReminderCampaign(c.Id, c.Name, c.OpensOn, c.ClosesOn, own.Any(u => u.CampaignId == c.Id)))
                    .ToList();
                var facts = new ReminderFacts(
                    ReportingDates.PledgedOn(pledge.PledgedOn, pledge.RoundYear),
                    own.Where(u => u.Status == UpdateStatus.Validated).Select(u => ReportingDates.ReportedOn(u.ReportedOn, u.SourceDocument)).Max(),
                    own.Any(u => u.Status == UpdateStatus.Submitted),
                    campaigns);
                pending.AddRange(ReminderSteps.Due(today, facts, closingDays).Where(s => !delivered.Contains((pledge.Id, s.Key))).Select(s => (pledge, s)));
            }
            if (pending.Count == 0) continue;

            var recipients = await RecipientsAsync(pending.Select(p => p.Pledge.Id).Distinct().ToList(), ct);
            foreach (var (pledge, step) in pending)
            {
                // Nothing is recorded without recipients, so a focal point who joins later still gets the reminder.
                if (!recipients.TryGetValue(pledge.Id, out var to) || to.Count == 0) continue;
                if (await SendAsync(pledge, step, to, ct)) sent++;
            }
        }
    }

    /// <summary>Records the step and queues its e-mails in one save; false when another runner recorded it first.</summary>
    private async Task<bool> SendAsync(PledgeRow pledge, ReminderStep step, IReadOnlyList<Recipient> to, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.ReminderDeliveries.Add(new ReminderDelivery { PledgeId = pledge.Id, Step = step.Key, SentAt = now, Recipients = to.Count });
        // The job runs in no request, so its thread's culture says nothing about the readers: each gets their own language.
        foreach (var language in to.GroupBy(r => r.Language))
        {
            var (subject, body) = MailCulture.In(language.Key, () => mail.Compose(pledge.PublicId, pledge.Title, step));
            foreach (var recipient in language) db.Enqueue(now, recipient.Email, subject, body, Purpose);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e)
        {
            // The save was one transaction: neither the delivery nor its e-mails were written.
            db.ChangeTracker.Clear();
            if (await db.ReminderDeliveries.AnyAsync(r => r.PledgeId == pledge.Id && r.Step == step.Key, ct))
            {
                logger.LogDebug("Reminder {Step} for pledge {Pledge} was sent by another runner", step.Key, pledge.PublicId);
            }
            else
            {
                logger.LogWarning(e, "Reminder {Step} for pledge {Pledge} could not be recorded", step.Key, pledge.PublicId);
            }
            return false;
        }
    }

    /// <summary>
    /// By pledge: the confirmed addresses of its organizations' focal points and of the staff of networks those
    /// organizations belong to, each once.
    /// </summary>
    private async Task<Dictionary<int, List<Recipient>>> RecipientsAsync(List<int> pledgeIds, CancellationToken ct)
    {
        var pledgers = await db.Set<PledgeOrganization>().AsNoTracking().Where(o => pledgeIds.Contains(o.PledgeId))
            .Select(o => new { o.PledgeId, o.OrganizationId }).ToListAsync(ct);
        var organizationIds = pledgers.Select(o => o.OrganizationId).Distinct().ToList();
        var networks = await db.NetworkMembers.AsNoTracking().Where(n => organizationIds.Contains(n.MemberId))
            .Select(n => new { n.MemberId, n.NetworkId }).ToListAsync(ct);
        var networkIds = networks.Select(n => n.NetworkId).Distinct().ToList();
        var people = await (
            from m in db.Memberships.AsNoTracking()
            join u in db.Users.AsNoTracking() on m.UserId equals u.Id
            where u.EmailConfirmed && u.Email != null
                && ((m.Role == Roles.FocalPoint && organizationIds.Contains(m.OrganizationId))
                    || (m.Role == Roles.NetworkStaff && networkIds.Contains(m.OrganizationId)))
            select new { m.OrganizationId, m.Role, Email = u.Email!, u.PreferredLanguage }).ToListAsync(ct);

        return pledgers.GroupBy(o => o.PledgeId).ToDictionary(g => g.Key, g =>
        {
            var organizations = g.Select(o => o.OrganizationId).ToHashSet();
            var theirNetworks = networks.Where(n => organizations.Contains(n.MemberId)).Select(n => n.NetworkId).ToHashSet();
            return people
                .Where(p => p.Role == Roles.FocalPoint ? organizations.Contains(p.OrganizationId) : theirNetworks.Contains(p.OrganizationId))
                .DistinctBy(p => p.Email, StringComparer.OrdinalIgnoreCase).OrderBy(p => p.Email, StringComparer.OrdinalIgnoreCase)
                .Select(p => new Recipient(p.Email, p.PreferredLanguage)).ToList();
        });
    }

    private sealed record Recipient(string Email, string Language);

    private sealed record PledgeRow(int Id, string PublicId, string? Title, DateOnly? PledgedOn, int RoundYear);
}
