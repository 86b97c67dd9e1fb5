using LocalAction.Web.Features.Forums;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Revisions;
using LocalAction.Web.Features.Rounds;
using LocalAction.Web.Features.Statistics;
using LocalAction.Web.Features.Taxonomy;
using LocalAction.Web.Features.Updates;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Mail;
using LocalAction.Web.Features.Submissions;
using LocalAction.Web.Features.Campaigns;
using LocalAction.Web.Features.Reminders;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Data;

/// <summary>
/// The one database context, including ASP.NET Core Identity's tables. Each feature configures its own entities (see the
/// *Configuration classes).
/// </summary>
public sealed class LocalActionDbContext(DbContextOptions<LocalActionDbContext> options) : IdentityDbContext<LocalActionUser>(options)
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Priority> Priorities => Set<Priority>();
    public DbSet<GcmObjective> GcmObjectives => Set<GcmObjective>();
    public DbSet<GuidingPrinciple> GuidingPrinciples => Set<GuidingPrinciple>();
    public DbSet<GcrObjective> GcrObjectives => Set<GcrObjective>();
    public DbSet<GcrArea> GcrAreas => Set<GcrArea>();
    public DbSet<Sdg> Sdgs => Set<Sdg>();
    public DbSet<CitySizeClass> CitySizeClasses => Set<CitySizeClass>();
    public DbSet<Round> Rounds => Set<Round>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<ChampionCountry> ChampionCountries => Set<ChampionCountry>();
    public DbSet<Pledge> Pledges => Set<Pledge>();
    public DbSet<PledgeUpdate> PledgeUpdates => Set<PledgeUpdate>();
    public DbSet<Features.Translations.PledgeTranslation> PledgeTranslations => Set<Features.Translations.PledgeTranslation>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<PublishedStatistic> PublishedStatistics => Set<PublishedStatistic>();
    public DbSet<OrganizationMembership> Memberships => Set<OrganizationMembership>();
    public DbSet<NetworkMember> NetworkMembers => Set<NetworkMember>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<ReviewDecision> ReviewDecisions => Set<ReviewDecision>();
    public DbSet<UpdateCampaign> UpdateCampaigns => Set<UpdateCampaign>();
    public DbSet<UpdateCampaignPledge> UpdateCampaignPledges => Set<UpdateCampaignPledge>();
    public DbSet<UpdateInterview> UpdateInterviews => Set<UpdateInterview>();
    public DbSet<UpdateAttachment> UpdateAttachments => Set<UpdateAttachment>();
    public DbSet<ReminderDelivery> ReminderDeliveries => Set<ReminderDelivery>();
    public DbSet<Forum> Forums => Set<Forum>();
    public DbSet<ForumSession> ForumSessions => Set<ForumSession>();
    public DbSet<DelegationMember> DelegationMembers => Set<DelegationMember>();
    public DbSet<DelegatePerson> DelegatePeople => Set<DelegatePerson>();
    public DbSet<SpeakingRole> SpeakingRoles => Set<SpeakingRole>();
    public DbSet<ForumQuote> ForumQuotes => Set<ForumQuote>();
    public DbSet<EventPage> EventPages => Set<EventPage>();
    public DbSet<EventPageLine> EventPageLines => Set<EventPageLine>();
    public DbSet<EventRegistration> EventRegistrations => Set<EventRegistration>();
    public DbSet<EventInvitation> EventInvitations => Set<EventInvitation>();
    public DbSet<Declaration> Declarations => Set<Declaration>();
    public DbSet<DeclarationParagraph> DeclarationParagraphs => Set<DeclarationParagraph>();
    public DbSet<ProposedLanguage> ProposedLanguage => Set<ProposedLanguage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LocalActionDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database stays readable and reordering an enum never corrupts data.
        configurationBuilder.Properties<ForumSeries>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<OrganizationKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<PledgeKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Compact>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<BeneficiaryGroup>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<PledgeStage>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Features.Translations.TranslationSource>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<ReviewState>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Completeness>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<PledgeRole>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<PartnerType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<MappingOrigin>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Challenge>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<NationalEngagement>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<UpdateStatus>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<FigureQualifier>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<AttachmentKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<SessionType>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<Accreditation>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<SpeakingRoleKind>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<EventPageSection>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<RegistrationStatus>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 2);
    }
}
