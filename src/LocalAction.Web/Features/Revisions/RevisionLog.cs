using System.Text.Encodings.Web;
using System.Text.Json;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Updates;

namespace LocalAction.Web.Features.Revisions;

/// <summary>Builds the append-only revision rows kept for every change to a pledge or an update.</summary>
public static class RevisionLog
{
    // Snapshots are stored, never rendered as HTML: keep accents and other scripts as they are (smaller, readable).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Revision Created(Pledge pledge, string actor, DateTime at, string? reason) =>
        new()
        {
            EntityType = nameof(Pledge), EntityId = pledge.Id, EntityVersion = pledge.Version, Action = "created",
            ChangedBy = actor, ChangedAt = at, Reason = reason, Snapshot = JsonSerializer.Serialize(Snapshot(pledge), Json),
        };

    public static Revision Revised(Pledge pledge, string actor, DateTime at, string? reason) =>
        new()
        {
            EntityType = nameof(Pledge), EntityId = pledge.Id, EntityVersion = pledge.Version, Action = "revised",
            ChangedBy = actor, ChangedAt = at, Reason = reason, Snapshot = JsonSerializer.Serialize(Snapshot(pledge), Json),
        };

    public static Revision Created(PledgeUpdate update, string actor, DateTime at, string? reason) =>
        new()
        {
            EntityType = nameof(PledgeUpdate), EntityId = update.Id, EntityVersion = update.Version, Action = "created",
            ChangedBy = actor, ChangedAt = at, Reason = reason, Snapshot = JsonSerializer.Serialize(Snapshot(update), Json),
        };

    public static object Snapshot(Pledge p) => new
    {
        p.PublicId, p.Title, p.Description, p.OriginalLanguage, p.RoundId, Kind = p.Kind?.ToString(), Compact = p.Compact?.ToString(),
        p.StartYear, p.EndYear, p.Ongoing, p.BudgetAmount, p.BudgetCurrency, Stage = p.Stage?.ToString(), ReviewState = p.ReviewState.ToString(),
        Completeness = p.Completeness.ToString(), p.SourceDocument, p.SourceSection, p.SourceNote,
        Organizations = p.Organizations.Select(o => new { o.OrganizationId, Role = o.Role.ToString() }),
        Beneficiaries = p.Beneficiaries.Select(b => b.Group.ToString()),
        Priorities = p.Priorities.Select(x => x.PriorityNumber),
        GcmObjectives = p.GcmObjectives.Select(x => new { x.GcmObjectiveNumber, Origin = x.Origin.ToString() }),
        GuidingPrinciples = p.GuidingPrinciples.Select(x => new { x.GuidingPrincipleCode, Origin = x.Origin.ToString() }),
        GcrObjectives = p.GcrObjectives.Select(x => new { x.GcrObjectiveNumber, Origin = x.Origin.ToString() }),
        GcrAreas = p.GcrAreas.Select(x => new { x.GcrAreaCode, Origin = x.Origin.ToString() }),
        Sdgs = p.Sdgs.Select(x => new { x.SdgNumber, Origin = x.Origin.ToString() }),
        Partners = p.Partners.Select(x => new { x.Name, Type = x.Type?.ToString() }),
    };

    public static object Snapshot(PledgeUpdate u) => new
    {
        u.PledgeId, u.ReportedOn, u.AsOf, Stage = u.Stage?.ToString(), u.Results, u.PeopleReachedTotal, PeopleReachedQualifier = u.PeopleReachedQualifier?.ToString(),
        u.PeopleReachedMigrants, u.PeopleReachedRefugees, u.PeopleReachedIdps, u.PeopleReachedHostCommunity, u.PeopleReachedWomen, u.PeopleReachedChildren,
        u.PeopleReachedNote, u.MoneyMobilizedAmount, u.MoneyMobilizedCurrency, MoneyMobilizedQualifier = u.MoneyMobilizedQualifier?.ToString(),
        Challenges = u.Challenges.Select(c => c.Challenge.ToString()), u.ChallengesText, u.ChallengesAddressed, u.LessonsLearned,
        NationalEngagement = u.NationalEngagement?.ToString(), Status = u.Status.ToString(), u.SourceDocument, u.SourceSection,
    };
}
