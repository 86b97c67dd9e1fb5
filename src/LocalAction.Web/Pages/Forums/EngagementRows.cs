using LocalAction.Web.Features.Forums;
using LocalAction.Web.Features.Statistics;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.ForumPages;

/// <summary>
/// The engagement figures as table rows: each computed figure beside the figure the seed reports published for that forum
/// (found by the published statistic's key, e.g. "delegation.lrgs.imrf-2022"), so differences are visible.
/// </summary>
public static class EngagementRows
{
    public sealed record Row(string Key, string Label, Func<Engagement, int> Computed, string[] PublishedKeys);

    public static IReadOnlyList<Row> All(IStringLocalizer l) =>
    [
        new("official-sessions", l["Official sessions"], e => e.OfficialSessions, ["forum.official-sessions"]),
        new("official-slots", l["Half-day slots of the official programme"], e => e.OfficialSlots, []),
        new("sessions-with-lrg-speaking", l["Official sessions with a local or regional government speaking"], e => e.OfficialSessionsWithLrgSpeaking, ["forum.sessions-with-lrg-speakers"]),
        new("slots-with-lrg-speaking", l["Official slots with a local or regional government speaking"], e => e.OfficialSlotsWithLrgSpeaking, []),
        new("other-events", l["Side events and other events with the delegation taking part"], e => e.OtherEventsWithDelegation, ["forum.side-events"]),
        new("all-events", l["Sessions and events of any kind with the delegation taking part"], e => e.EventsWithDelegation, ["forum.related-events"]),
        new("lrgs", l["Local and regional governments in the delegation"], e => e.LocalAndRegionalGovernments, ["delegation.lrgs"]),
        new("networks", l["Networks and associations in the delegation"], e => e.Networks, ["delegation.networks", "delegation.associations"]),
        new("regions", l["Regions represented"], e => e.Regions, ["delegation.regions"]),
        new("in-national-delegation", l["In their national government's delegation"], e => e.InNationalDelegation, ["delegation.in-national-delegations"]),
    ];

    public static PublishedStatistic? Published(Row row, string forumCode, IReadOnlyDictionary<string, PublishedStatistic> published) =>
        row.PublishedKeys.Select(k => published.GetValueOrDefault($"{k}.{forumCode}")).FirstOrDefault(p => p is not null);
}
