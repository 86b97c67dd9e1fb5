using System.Text.RegularExpressions;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Forums;

/// <summary>Read API for forums: the list with engagement figures, one forum's programme and delegation, the declarations.</summary>
public static partial class ForumsApi
{
    public sealed record ForumSummary(string Code, string Name, int Year, string Series, DateOnly? StartsOn, DateOnly? EndsOn, string? City, EngagementView Engagement, string Url);

    public sealed record EngagementView(int OfficialSessions, int OfficialSlots, int OfficialSessionsWithLrgSpeaking, int OfficialSlotsWithLrgSpeaking,
        int OtherEventsWithDelegation, int EventsWithDelegation, int LocalAndRegionalGovernments, int Networks, int Regions,
        int InNationalDelegation, int NationalDelegationUnknown, int TookPartUnlisted);

    public sealed record SessionView(string Title, string? Type, string? Group, DateOnly? Date, string? Start, string? End, string? TimeZone, string? Room,
        string? GcmObjectives, string? Hosts, string? EventUrl, IReadOnlyList<RoleView> Roles, string? Source);

    public sealed record RoleView(string Member, string? Organization, string? Person, string? Role);

    public sealed record MemberView(string Name, string? Organization, string? Kind, string? Country, string? Region, bool? InNationalDelegation,
        string? Accreditation, bool Listed, IReadOnlyList<PersonView> People, string? Source);

    public sealed record PersonView(string Name, string? Title);

    public sealed record ForumView(string Code, string Name, int Year, string Series, DateOnly? StartsOn, DateOnly? EndsOn, string? City, string? TimeZone, bool TimeZoneInferred,
        string? Round, int PledgesDelivered, EngagementView Engagement, IReadOnlyList<SessionView> Programme, IReadOnlyList<MemberView> Delegation,
        IReadOnlyList<string> Declarations, string? Source);

    public static RouteGroupBuilder MapForumsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/forums").WithTags("Forums");
        group.MapGet("/", List).WithName("ListForums").WithSummary("Every forum with its engagement figures counted from the recorded programme and delegation");
        group.MapGet("/{code}", Get).WithName("GetForum").WithSummary("One forum (code e.g. imrf-2026): programme with speaking roles, delegation, declarations");
        return api;
    }

    public static async Task<Ok<List<ForumSummary>>> List(LocalActionDbContext db, EngagementFigures figures, CancellationToken ct)
    {
        var forums = await db.Forums.AsNoTracking().OrderBy(f => f.Year).ThenBy(f => f.Code).ToListAsync(ct);
        var engagement = (await figures.ForAllAsync(ct)).ToDictionary(e => e.ForumCode);
        return TypedResults.Ok(forums.Select(f => new ForumSummary(f.Code, f.Name, f.Year, f.Series.ToString(), f.StartsOn, f.EndsOn, f.City,
            View(engagement[f.Code]), $"/forums/{f.Code}")).ToList());
    }

    public static async Task<Results<Ok<ForumView>, ProblemHttpResult>> Get(string code, ForumDetailLoader loader, CancellationToken ct)
    {
        if (!IsWellFormed(code))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed forum code",
                detail: $"code '{QueryParameters.Shorten(code)}' is not a forum code; codes are lower-case words and years joined by hyphens, e.g. imrf-2026.",
                extensions: new Dictionary<string, object?> { ["parameter"] = "code" });
        var d = await loader.LoadAsync(code, ct);
        if (d is null) return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Forum not found", detail: $"No forum has the code {code}.");
        var f = d.Forum;
        return TypedResults.Ok(new ForumView(f.Code, f.Name, f.Year, f.Series.ToString(), f.StartsOn, f.EndsOn, f.City, f.TimeZone, f.TimeZoneInferred, d.RoundCode, d.PledgesDelivered,
            View(d.Engagement),
            d.Programme.Select(s => new SessionView(s.Session.Title, s.Session.Type?.ToString(), s.Session.Group, s.Session.Date, s.Session.StartsAt?.ToString("HH:mm"),
                s.Session.EndsAt?.ToString("HH:mm"), f.TimeZone, s.Session.Room, s.Session.GcmObjectives, s.Session.Hosts,
                s.EventSlug is null ? null : $"/events/{s.EventSlug}",
                s.Roles.Select(r => new RoleView(r.Member, r.OrganizationSlug, r.Person, r.Role?.ToString())).ToList(), s.Session.Source)).ToList(),
            d.Delegation.Select(m => new MemberView(m.Member.NameAsWritten, m.OrganizationSlug, m.Member.Kind?.ToString(), m.Member.CountryCode, m.Region,
                m.Member.InNationalDelegation, m.Member.Accreditation?.ToString(), m.Member.Listed, m.Member.People.Select(p => new PersonView(p.Name, p.Title)).ToList(), m.Member.Source)).ToList(),
            d.Declarations.Select(x => x.Symbol).ToList(), f.Source));
    }

    private static EngagementView View(Engagement e) => new(e.OfficialSessions, e.OfficialSlots, e.OfficialSessionsWithLrgSpeaking,
        e.OfficialSlotsWithLrgSpeaking, e.OtherEventsWithDelegation, e.EventsWithDelegation, e.LocalAndRegionalGovernments, e.Networks, e.Regions,
        e.InNationalDelegation, e.NationalDelegationUnknown, e.TookPartUnlisted);

    public static bool IsWellFormed(string code) => CodePattern().IsMatch(code);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
