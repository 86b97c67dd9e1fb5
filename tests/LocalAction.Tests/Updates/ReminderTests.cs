using System.Globalization;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Campaigns;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Reminders;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace LocalAction.Tests.Updates;

/// <summary>
/// The reminder job on both providers with the test clock. Every test makes its own organizations, pledges and people:
/// the app (and the clock's offset) is shared by the class, and a run sends whatever is due for everyone.
/// </summary>
public abstract class ReminderTests<TApp>(TApp app) where TApp : SeededApp
{
    private LocalActionFactory F => app.Factory;
    private DateOnly Today => F.Clock.Today;

    [Fact]
    public async Task A_pledge_in_an_open_campaign_gets_one_opened_reminder_and_a_second_run_sends_nothing()
    {
        var (pledgeId, publicId, organizationId) = await CreatePledgeAsync(Today);
        var campaignId = await CreateCampaignAsync(Today.AddDays(-1), Today.AddDays(30), pledgeId);
        var focal = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, organizationId);

        (await RunAsync()).ShouldBeGreaterThanOrEqualTo(1);
        (await StepsAsync(pledgeId)).ShouldBe([$"campaign:{campaignId}:opened"]);
        var mail = (await RemindersToAsync(focal.Email!)).ShouldHaveSingleItem();
        mail.Subject.ShouldContain(publicId);
        mail.Body.ShouldContain($"/pledges/{publicId}/update");
        mail.Body.ShouldContain(Long(Today.AddDays(30), "en"));

        await RunAsync();
        (await StepsAsync(pledgeId)).Count.ShouldBe(1);
        (await RemindersToAsync(focal.Email!)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Two_runners_at_once_send_each_reminder_exactly_once()
    {
        var pledges = new List<int>();
        var organizations = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            var (pledgeId, _, organizationId) = await CreatePledgeAsync(Today);
            pledges.Add(pledgeId);
            organizations.Add(organizationId);
        }
        var campaignId = await CreateCampaignAsync(Today, Today.AddDays(40), [.. pledges]);
        var focal = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, [.. organizations]);
        var network = await CreateOrganizationAsync();
        await AddToNetworkAsync(network, organizations);
        var staff = await TestAccounts.CreateUserAsync(F, Roles.NetworkStaff, network);

        for (var round = 0; round < 2; round++)
        {
            await using var one = F.Services.CreateAsyncScope();
            await using var two = F.Services.CreateAsyncScope();
            var first = one.ServiceProvider.GetRequiredService<ReminderJob>();
            var second = two.ServiceProvider.GetRequiredService<ReminderJob>();
            await Task.WhenAll(Task.Run(() => first.RunOnceAsync()), Task.Run(() => second.RunOnceAsync()));
        }

        foreach (var pledgeId in pledges) (await StepsAsync(pledgeId)).ShouldBe([$"campaign:{campaignId}:opened"]);
        (await RemindersToAsync(focal.Email!)).Count.ShouldBe(pledges.Count);
        (await RemindersToAsync(staff.Email!)).Count.ShouldBe(pledges.Count);
    }

    [Fact]
    public async Task Recipients_are_confirmed_focal_points_and_network_staff_each_once()
    {
        var network = await CreateOrganizationAsync();
        var (pledgeId, _, organizationId) = await CreatePledgeAsync(Today);
        var (_, _, coPledgerId) = await CreatePledgeAsync(Today);
        await using (var scope = F.CreateDbScope())
        {
            scope.Db.Set<PledgeOrganization>().Add(new PledgeOrganization { PledgeId = pledgeId, OrganizationId = coPledgerId, Role = PledgeRole.CoPledger });
            await scope.Db.SaveChangesAsync();
        }
        await AddToNetworkAsync(network, [organizationId]);
        await CreateCampaignAsync(Today, Today.AddDays(30), pledgeId);
        var lead = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, organizationId, coPledgerId); // both pledgers: still one message
        var coPledger = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, coPledgerId);
        var staff = await TestAccounts.CreateUserAsync(F, Roles.NetworkStaff, network);
        var unconfirmed = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, organizationId);
        await using (var scope = F.CreateDbScope())
        {
            var user = await scope.Db.Users.SingleAsync(u => u.Id == unconfirmed.Id);
            user.EmailConfirmed = false;
            await scope.Db.SaveChangesAsync();
        }

        await RunAsync();

        (await RemindersToAsync(lead.Email!)).Count.ShouldBe(1);
        (await RemindersToAsync(coPledger.Email!)).Count.ShouldBe(1);
        (await RemindersToAsync(staff.Email!)).Count.ShouldBe(1);
        (await RemindersToAsync(unconfirmed.Email!)).ShouldBeEmpty();
        await using var check = F.CreateDbScope();
        (await check.Db.ReminderDeliveries.SingleAsync(r => r.PledgeId == pledgeId)).Recipients.ShouldBe(3);
    }

    [Fact]
    public async Task The_closing_reminder_goes_once_when_the_clock_reaches_the_closing_window()
    {
        var (pledgeId, publicId, organizationId) = await CreatePledgeAsync(Today);
        var closesOn = Today.AddDays(20);
        var campaignId = await CreateCampaignAsync(Today, closesOn, pledgeId);
        var focal = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, organizationId);
        await RunAsync();

        F.Clock.SetToday(closesOn.AddDays(-8));
        await RunAsync();
        (await StepsAsync(pledgeId)).ShouldBe([$"campaign:{campaignId}:opened"]);

        F.Clock.Advance(TimeSpan.FromDays(1)); // 7 days left
        await RunAsync();
        await RunAsync();
        (await StepsAsync(pledgeId)).ShouldBe([$"campaign:{campaignId}:opened", $"campaign:{campaignId}:closing"], ignoreOrder: true);
        var mails = await RemindersToAsync(focal.Email!);
        mails.Count.ShouldBe(2);
        mails.Count(m => m.Subject.Contains(Long(closesOn, "en")) && m.Subject.Contains(publicId)).ShouldBe(1);
    }

    [Fact]
    public async Task An_answered_campaign_and_a_recent_validated_update_send_nothing()
    {
        var (pledgeId, _, organizationId) = await CreatePledgeAsync(Today.AddYears(-3));
        var campaignId = await CreateCampaignAsync(Today.AddDays(-2), Today.AddDays(30), pledgeId);
        await AddUpdateAsync(pledgeId, UpdateStatus.Validated, Today.AddMonths(-1), campaignId);
        var focal = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, organizationId);

        await RunAsync();

        (await StepsAsync(pledgeId)).ShouldBeEmpty();
        (await RemindersToAsync(focal.Email!)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_seeded_2022_pledge_without_update_gets_one_overdue_reminder()
    {
        int pledgeId, organizationId;
        string publicId;
        DateOnly? pledgedOn;
        await using (var scope = F.CreateDbScope())
        {
            var pledge = await scope.Db.Pledges.AsNoTracking()
                .Where(p => p.Round!.Year == 2022 && p.ReviewState == ReviewState.Published && !p.IsSynthetic && !p.Updates.Any() && p.Organizations.Any())
                .OrderBy(p => p.Id).Select(p => new { p.Id, p.PublicId, p.PledgedOn, Organization = p.Organizations.Select(o => o.OrganizationId).First() })
                .FirstAsync();
            (pledgeId, publicId, pledgedOn, organizationId) = (pledge.Id, pledge.PublicId, pledge.PledgedOn, pledge.Organization);
        }
        var focal = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, organizationId);

        await RunAsync();
        await RunAsync();

        var since = ReportingDates.PledgedOn(pledgedOn, 2022);
        (await StepsAsync(pledgeId)).ShouldBe([$"overdue:{since:yyyy-MM-dd}"]);
        (await RemindersToAsync(focal.Email!)).Count(m => m.Subject == $"Your pledge {publicId} is overdue for an update").ShouldBe(1);
    }

    [Fact]
    public async Task An_amber_pledge_gets_a_due_reminder_and_a_new_validated_update_starts_a_new_cycle()
    {
        var pledgedOn = Today.AddMonths(-18);
        var (pledgeId, publicId, organizationId) = await CreatePledgeAsync(pledgedOn);
        var focal = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, organizationId);
        await RunAsync();
        (await StepsAsync(pledgeId)).ShouldBe([$"due:{pledgedOn:yyyy-MM-dd}"]);

        var reported = Today.AddMonths(-13);
        await AddUpdateAsync(pledgeId, UpdateStatus.Validated, reported, campaignId: null);
        await RunAsync();
        await RunAsync();

        (await StepsAsync(pledgeId)).ShouldBe([$"due:{pledgedOn:yyyy-MM-dd}", $"due:{reported:yyyy-MM-dd}"], ignoreOrder: true);
        (await RemindersToAsync(focal.Email!)).Count(m => m.Subject == $"Your pledge {publicId} is due for an update").ShouldBe(2);
    }

    [Fact]
    public async Task Without_recipients_nothing_is_recorded_and_a_focal_point_who_joins_later_gets_the_reminder()
    {
        var (pledgeId, _, organizationId) = await CreatePledgeAsync(Today);
        var campaignId = await CreateCampaignAsync(Today, Today.AddDays(30), pledgeId);

        await RunAsync();
        (await StepsAsync(pledgeId)).ShouldBeEmpty();

        var focal = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, organizationId);
        await RunAsync();
        (await StepsAsync(pledgeId)).ShouldBe([$"campaign:{campaignId}:opened"]);
        (await RemindersToAsync(focal.Email!)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Each_recipient_reads_the_reminder_in_their_own_language_whatever_the_job_runs_in()
    {
        var (pledgeId, publicId, organizationId) = await CreatePledgeAsync(Today);
        var closesOn = Today.AddDays(30);
        await CreateCampaignAsync(Today, closesOn, pledgeId);
        var spanish = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, organizationId);
        var english = await TestAccounts.CreateUserAsync(F, Roles.FocalPoint, organizationId);
        await using (var scope = F.CreateDbScope())
        {
            (await scope.Db.Users.SingleAsync(u => u.Id == spanish.Id)).PreferredLanguage = "es";
            await scope.Db.SaveChangesAsync();
        }

        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
        try
        {
            await RunAsync();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }

        var es = (await RemindersToAsync(spanish.Email!)).ShouldHaveSingleItem();
        es.Subject.ShouldBe($"La campaña de actualización «Reminder test campaign» está abierta: le rogamos que actualice su compromiso {publicId}");
        es.Body.ShouldContain("Para actualizarlo, abra este enlace:");
        es.Body.ShouldContain($"hasta el {Long(closesOn, "es")}");
        var en = (await RemindersToAsync(english.Email!)).ShouldHaveSingleItem();
        en.Subject.ShouldBe($"Update campaign “Reminder test campaign” is open: please update your pledge {publicId}");
        en.Body.ShouldContain($"open until {Long(closesOn, "en")}");
    }

    private static string Long(DateOnly day, string language) => day.ToString("D", CultureInfo.GetCultureInfo(language));

    private async Task<int> RunAsync()
    {
        await using var scope = F.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunOnceAsync();
    }

    private async Task<List<string>> StepsAsync(int pledgeId)
    {
        await using var scope = F.CreateDbScope();
        return await scope.Db.ReminderDeliveries.Where(r => r.PledgeId == pledgeId).OrderBy(r => r.Id).Select(r => r.Step).ToListAsync();
    }

    private async Task<List<(string Subject, string Body)>> RemindersToAsync(string email)
    {
        await using var scope = F.CreateDbScope();
        var messages = await scope.Db.OutboxMessages.Where(m => m.To == email && m.Purpose == ReminderJob.Purpose)
            .OrderBy(m => m.Id).Select(m => new { m.Subject, m.Body }).ToListAsync();
        return messages.Select(m => (m.Subject, m.Body)).ToList();
    }

    private async Task<int> CreateOrganizationAsync()
    {
        await using var scope = F.CreateDbScope();
        var slug = "reminder-" + Guid.NewGuid().ToString("N")[..12];
        var organization = new Organization { Slug = slug, Name = $"Reminder test {slug}", Kind = OrganizationKind.CityOrMunicipality, CreatedAt = DateTime.UtcNow };
        scope.Db.Organizations.Add(organization);
        await scope.Db.SaveChangesAsync();
        return organization.Id;
    }

    private async Task AddToNetworkAsync(int networkId, IEnumerable<int> members)
    {
        await using var scope = F.CreateDbScope();
        foreach (var member in members)
        {
            scope.Db.NetworkMembers.Add(new NetworkMember { NetworkId = networkId, MemberId = member, CreatedAt = DateTime.UtcNow, CreatedBy = "test" });
        }
        await scope.Db.SaveChangesAsync();
    }

    /// <summary>A published pledge of a new organization (its lead).</summary>
    private async Task<(int PledgeId, string PublicId, int OrganizationId)> CreatePledgeAsync(DateOnly pledgedOn)
    {
        var organizationId = await CreateOrganizationAsync();
        await using var scope = F.CreateDbScope();
        var publicId = "T-" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var pledge = new Pledge
        {
            PublicId = publicId, Title = "Reminder test pledge", RoundId = await scope.Db.Rounds.Select(r => r.Id).FirstAsync(),
            PledgedOn = pledgedOn, ReviewState = ReviewState.Published, SourceDocument = "submission", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        };
        pledge.Organizations.Add(new PledgeOrganization { OrganizationId = organizationId, Role = PledgeRole.Lead });
        scope.Db.Pledges.Add(pledge);
        await scope.Db.SaveChangesAsync();
        return (pledge.Id, publicId, organizationId);
    }

    private async Task<int> CreateCampaignAsync(DateOnly opensOn, DateOnly closesOn, params int[] pledgeIds)
    {
        await using var scope = F.CreateDbScope();
        var campaign = new UpdateCampaign
        {
            Code = "reminder-" + Guid.NewGuid().ToString("N")[..12], Name = "Reminder test campaign", OpensOn = opensOn, ClosesOn = closesOn,
            CreatedAt = DateTime.UtcNow, CreatedByUserId = "test",
        };
        campaign.Pledges.AddRange(pledgeIds.Select(id => new UpdateCampaignPledge { PledgeId = id }));
        scope.Db.UpdateCampaigns.Add(campaign);
        await scope.Db.SaveChangesAsync();
        return campaign.Id;
    }

    private async Task AddUpdateAsync(int pledgeId, UpdateStatus status, DateOnly reportedOn, int? campaignId)
    {
        await using var scope = F.CreateDbScope();
        scope.Db.PledgeUpdates.Add(new PledgeUpdate
        {
            PledgeId = pledgeId, Status = status, ReportedOn = reportedOn, CampaignId = campaignId, SourceDocument = "update",
            CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
        });
        await scope.Db.SaveChangesAsync();
    }
}

public sealed class ReminderTestsOnSqlite(SqliteApp app) : ReminderTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class ReminderTestsOnPostgres(PostgresApp app) : ReminderTests<PostgresApp>(app), IClassFixture<PostgresApp>;
