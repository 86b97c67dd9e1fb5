using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// What an import can set on a pledge: every <c>ReadBack</c> column of <see cref="Exports.PledgeColumns"/>, with
/// organizations by their slug (an organization the file creates has no id before the commit). Comparing a pledge's values
/// before and after a row is what makes a second import of the same file change nothing.
/// </summary>
public sealed class PledgeValues
{
    public string? ExternalId { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? OriginalLanguage { get; set; }
    public int RoundId { get; set; }
    public Compact? Compact { get; set; }
    public PledgeKind? Kind { get; set; }
    public PledgeStage? Stage { get; set; }
    public Completeness Completeness { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public bool? Ongoing { get; set; }
    public decimal? BudgetAmount { get; set; }
    public string? BudgetCurrency { get; set; }
    public DateOnly? PledgedOn { get; set; }
    public string LeadSlug { get; set; } = "";
    public List<string> CoPledgerSlugs { get; set; } = [];
    public List<(string Name, PartnerType? Type)> Partners { get; set; } = [];
    public List<BeneficiaryGroup> Beneficiaries { get; set; } = [];
    public List<int> Priorities { get; set; } = [];
    public List<(int Code, MappingOrigin Origin)> GcmObjectives { get; set; } = [];
    public List<(string Code, MappingOrigin Origin)> GuidingPrinciples { get; set; } = [];
    public List<(int Code, MappingOrigin Origin)> GcrObjectives { get; set; } = [];
    public List<(string Code, MappingOrigin Origin)> GcrAreas { get; set; } = [];
    public List<(int Code, MappingOrigin Origin)> Sdgs { get; set; } = [];
    public string SourceDocument { get; set; } = "";
    public string? SourceSection { get; set; }
    public string? SourceNote { get; set; }
    public bool IsSynthetic { get; set; }

    public PledgeValues Clone()
    {
        var copy = (PledgeValues)MemberwiseClone();
        copy.CoPledgerSlugs = [.. CoPledgerSlugs];
        copy.Partners = [.. Partners];
        copy.Beneficiaries = [.. Beneficiaries];
        copy.Priorities = [.. Priorities];
        copy.GcmObjectives = [.. GcmObjectives];
        copy.GuidingPrinciples = [.. GuidingPrinciples];
        copy.GcrObjectives = [.. GcrObjectives];
        copy.GcrAreas = [.. GcrAreas];
        copy.Sdgs = [.. Sdgs];
        return copy;
    }

    /// <summary>Equal in everything an import sets; codes compare as sets, partners in order (their order is shown).</summary>
    public bool SameAs(PledgeValues o) =>
        ExternalId == o.ExternalId && Title == o.Title && Description == o.Description && OriginalLanguage == o.OriginalLanguage
        && RoundId == o.RoundId && Compact == o.Compact && Kind == o.Kind && Stage == o.Stage && Completeness == o.Completeness
        && StartYear == o.StartYear && EndYear == o.EndYear && Ongoing == o.Ongoing && BudgetAmount == o.BudgetAmount
        && BudgetCurrency == o.BudgetCurrency && PledgedOn == o.PledgedOn && LeadSlug == o.LeadSlug
        && SameSet(CoPledgerSlugs, o.CoPledgerSlugs) && Partners.SequenceEqual(o.Partners) && SameSet(Beneficiaries, o.Beneficiaries)
        && SameSet(Priorities, o.Priorities) && SameSet(GcmObjectives, o.GcmObjectives) && SameSet(GuidingPrinciples, o.GuidingPrinciples)
        && SameSet(GcrObjectives, o.GcrObjectives) && SameSet(GcrAreas, o.GcrAreas) && SameSet(Sdgs, o.Sdgs)
        && SourceDocument == o.SourceDocument && SourceSection == o.SourceSection && SourceNote == o.SourceNote && IsSynthetic == o.IsSynthetic;

    /// <summary>Sets the pledge's fields and replaces its links, in the file's order.</summary>
    public void ApplyTo(Pledge p, Func<string, int> organizationId)
    {
        p.ExternalId = ExternalId;
        p.Title = Title;
        p.Description = Description;
        p.OriginalLanguage = OriginalLanguage;
        p.RoundId = RoundId;
        p.Compact = Compact;
        p.Kind = Kind;
        p.Stage = Stage;
        p.Completeness = Completeness;
        p.StartYear = StartYear;
        p.EndYear = EndYear;
        p.Ongoing = Ongoing;
        p.BudgetAmount = BudgetAmount;
        p.BudgetCurrency = BudgetCurrency;
        p.PledgedOn = PledgedOn;
        p.SourceDocument = SourceDocument;
        p.SourceSection = SourceSection;
        p.SourceNote = SourceNote;
        p.Organizations.Clear();
        p.Organizations.Add(new PledgeOrganization { OrganizationId = organizationId(LeadSlug), Role = PledgeRole.Lead });
        p.Organizations.AddRange(CoPledgerSlugs.Select(s => new PledgeOrganization { OrganizationId = organizationId(s), Role = PledgeRole.CoPledger }));
        p.Partners.Clear();
        p.Partners.AddRange(Partners.Select(x => new PledgePartner { Name = x.Name, Type = x.Type }));
        p.Beneficiaries.Clear();
        p.Beneficiaries.AddRange(Beneficiaries.Select(x => new PledgeBeneficiary { Group = x }));
        p.Priorities.Clear();
        p.Priorities.AddRange(Priorities.Select(x => new PledgePriority { PriorityNumber = x }));
        p.GcmObjectives.Clear();
        p.GcmObjectives.AddRange(GcmObjectives.Select(x => new PledgeGcmObjective { GcmObjectiveNumber = x.Code, Origin = x.Origin }));
        p.GuidingPrinciples.Clear();
        p.GuidingPrinciples.AddRange(GuidingPrinciples.Select(x => new PledgeGuidingPrinciple { GuidingPrincipleCode = x.Code, Origin = x.Origin }));
        p.GcrObjectives.Clear();
        p.GcrObjectives.AddRange(GcrObjectives.Select(x => new PledgeGcrObjective { GcrObjectiveNumber = x.Code, Origin = x.Origin }));
        p.GcrAreas.Clear();
        p.GcrAreas.AddRange(GcrAreas.Select(x => new PledgeGcrArea { GcrAreaCode = x.Code, Origin = x.Origin }));
        p.Sdgs.Clear();
        p.Sdgs.AddRange(Sdgs.Select(x => new PledgeSdg { SdgNumber = x.Code, Origin = x.Origin }));
    }

    private static bool SameSet<T>(List<T> a, List<T> b) => a.Count == b.Count && a.ToHashSet().SetEquals(b);
}
