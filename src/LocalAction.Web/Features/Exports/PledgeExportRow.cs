namespace LocalAction.Web.Features.Exports;

/// <summary>
/// One published pledge as every export format writes it: stored values as their stable codes (the words the API and the
/// URLs use), with names already in the export's language. Lists are in the order the pledge page shows them.
/// </summary>
public sealed record PledgeExportRow
{
    /// <summary>Database id, for loading the pledge's updates; never written.</summary>
    public required int Id { get; init; }
    public required string PublicId { get; init; }
    public string? ExternalId { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? OriginalLanguage { get; init; }

    /// <summary>The title and description translated into the export's language, where a translation exists.</summary>
    public string? TranslatedTitle { get; init; }
    public string? TranslatedDescription { get; init; }
    public required string RoundCode { get; init; }
    public required string RoundName { get; init; }
    public ExportTerm? Compact { get; init; }
    public ExportTerm? Kind { get; init; }
    public ExportTerm? Stage { get; init; }
    public required ExportTerm Completeness { get; init; }
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public bool? Ongoing { get; init; }
    public decimal? BudgetAmount { get; init; }
    public string? BudgetCurrency { get; init; }
    public DateOnly? PledgedOn { get; init; }
    public ExportOrganization? Lead { get; init; }
    public IReadOnlyList<ExportOrganization> CoPledgers { get; init; } = [];
    public IReadOnlyList<ExportPartner> Partners { get; init; } = [];
    public IReadOnlyList<ExportTerm> Beneficiaries { get; init; } = [];
    public IReadOnlyList<ExportTerm> Priorities { get; init; } = [];
    public IReadOnlyList<ExportTerm> GcmObjectives { get; init; } = [];
    public IReadOnlyList<ExportTerm> GuidingPrinciples { get; init; } = [];
    public IReadOnlyList<ExportTerm> GcrObjectives { get; init; } = [];
    public IReadOnlyList<ExportTerm> GcrAreas { get; init; } = [];
    public IReadOnlyList<ExportTerm> Sdgs { get; init; } = [];

    /// <summary>The seed file name or "submission"/"synthetic", as stored (the importer needs it verbatim).</summary>
    public required string SourceDocument { get; init; }
    public required string SourceName { get; init; }
    public string? SourceSection { get; init; }
    public string? SourceNote { get; init; }
    public bool IsSynthetic { get; init; }

    /// <summary>The lead's country's UN M49 region, in English (the M49 names are recorded in English only).</summary>
    public string? Region { get; init; }
    public int ValidatedUpdates { get; init; }

    /// <summary>People reached by the latest validated update that gives a figure (the dashboard's rule).</summary>
    public long? PeopleReached { get; init; }

    /// <summary>Money mobilized in US dollars, summed over the validated updates that state it.</summary>
    public decimal? MoneyMobilizedUsd { get; init; }
    public required string Url { get; init; }
}
