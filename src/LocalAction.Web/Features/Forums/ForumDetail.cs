namespace LocalAction.Web.Features.Forums;

/// <summary>Everything a forum's page and its API answer show, read once.</summary>
public sealed record ForumDetail(
    Forum Forum, string? RoundCode, int PledgesDelivered, IReadOnlyList<ForumDetail.SessionView> Programme,
    IReadOnlyList<ForumDetail.MemberView> Delegation, IReadOnlyList<ForumQuote> Quotes, IReadOnlyList<Declaration> Declarations,
    Engagement Engagement)
{
    public sealed record SessionView(ForumSession Session, string? EventSlug, IReadOnlyList<RoleView> Roles);

    public sealed record RoleView(string Member, string? OrganizationSlug, string? Person, SpeakingRoleKind? Role);

    public sealed record MemberView(DelegationMember Member, string? OrganizationSlug, string? CountryName, string? Region);
}
