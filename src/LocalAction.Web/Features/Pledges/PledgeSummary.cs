using LocalAction.Web.Features.Search;

namespace LocalAction.Web.Features.Pledges;

/// <summary>A pledge as listed: enough to recognise it and open it.</summary>
public sealed record PledgeSummary(
    string PublicId, string? Title, string LeadOrganization, string LeadOrganizationSlug, IReadOnlyList<string> CoPledgers,
    string? CountryCode, string? CountryName, string Round, string RoundName, string? Compact, string? Stage, string Completeness,
    IReadOnlyList<int> Priorities, IReadOnlyList<int> Sdgs, bool HasUpdates, bool IsSynthetic, string Url,
    IReadOnlyDictionary<string, string>? TranslatedTitles = null)
{
    public static PledgeSummary From(IndexedPledge p) => new(
        p.PublicId, p.Title, p.LeadOrganization, p.LeadOrganizationSlug, p.CoPledgers, p.CountryCode, p.CountryName, p.RoundCode, p.RoundName,
        p.Compact, p.Stage, p.Completeness, p.Priorities, p.Sdgs, p.HasUpdates, p.IsSynthetic, $"/pledges/{p.PublicId}",
        p.TranslatedTitles);
}
