namespace LocalAction.Web.Data.Seed;

/// <summary>
/// The shape of forums.json: what seeds 000, 002 and 004 state about the forums. Sessions are referred to by a key local
/// to the file, delegation members by their name as written; every record keeps its source (seed and verbatim quote).
/// </summary>
public sealed record ForumFile(
    List<ForumFile.ForumRow> Forums, List<ForumFile.SessionRow> Sessions, List<ForumFile.DelegationRow> Delegations,
    List<ForumFile.RoleRow> SpeakingRoles, List<ForumFile.EventPageRow> EventPages, List<ForumFile.DeclarationRow> Declarations,
    List<ForumFile.QuoteRow> Quotes)
{
    public sealed record ForumRow(string Code, string Series, int Year, string Name, string? City, DateOnly? StartsOn, DateOnly? EndsOn,
        string? TimeZone, bool TimeZoneInferred, string? Round, string? Summary, string? Source);

    public sealed record SessionRow(string Forum, string Key, string? Group, string Title, string? Type, DateOnly? Date, TimeOnly? Start, TimeOnly? End,
        string? Room, string? GcmObjectives, string? Hosts, string? Source);

    public sealed record DelegationRow(string Forum, string Name, string? Organization, string? Kind, string? Country,
        bool? InNationalDelegation, string? Accreditation, bool Listed, string? Source, List<PersonRow>? People);

    public sealed record PersonRow(string Name, string? Title);

    public sealed record RoleRow(string Forum, string Session, string Member, string? Person, string? Role);

    public sealed record EventPageRow(string Forum, string Session, string Slug, string TimeZone, string? Place, string? AccessNote,
        string? Background, int? Capacity, DateTimeOffset? RegistrationClosesAt, bool InvitationOnly,
        List<string>? Objectives, List<string>? Panel, List<AgendaRow>? Agenda);

    public sealed record AgendaRow(string? Time, string Text);

    public sealed record DeclarationRow(string Forum, string Symbol, string Title, int Year, DateOnly? AdoptedOn, string? Adoption,
        int? VotesInFavour, int? VotesAgainst, int? Abstentions, string? VotedAgainst, string? Source,
        List<ParagraphRow>? Paragraphs, List<ProposalRow>? ProposedLanguage);

    public sealed record ParagraphRow(string? Number, string Summary, string? Source);

    public sealed record ProposalRow(string Text, bool? Adopted, string? Source);

    public sealed record QuoteRow(string Forum, string Text, string? Speaker, string? Role, string? Source);
}
