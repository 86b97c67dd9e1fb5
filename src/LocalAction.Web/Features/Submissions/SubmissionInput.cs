using System.Text.Json.Serialization;

namespace LocalAction.Web.Features.Submissions;

/// <summary>
/// A submission as typed into the form or sent to the API: everything as text, so each bad value can be named in its own
/// message instead of failing the whole request. <see cref="SubmissionValidator"/> turns it into <see cref="SubmissionContent"/>.
/// Organizations are given by their public id (slug).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class SubmissionInput
{
    public string? Round { get; set; }
    public string? LeadOrganization { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Language { get; set; }
    public List<TranslationInput> Translations { get; set; } = [];
    public string? Compact { get; set; }
    public List<string> Beneficiaries { get; set; } = [];
    public List<string> Priorities { get; set; } = [];
    public List<string> GcmObjectives { get; set; } = [];
    public List<string> GuidingPrinciples { get; set; } = [];
    public List<string> GcrObjectives { get; set; } = [];
    public List<string> GcrAreas { get; set; } = [];
    public List<string> Sdgs { get; set; } = [];
    public string? StartYear { get; set; }
    public string? EndYear { get; set; }
    public bool Ongoing { get; set; }
    public string? BudgetAmount { get; set; }
    public string? BudgetCurrency { get; set; }
    public string? Stage { get; set; }
    public List<PartnerInput> Partners { get; set; } = [];
    public List<string> CoPledgers { get; set; } = [];
}

/// <summary>The title and description in another language, as typed.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class TranslationInput
{
    public string? Language { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
}

/// <summary>A partner row as typed.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed class PartnerInput
{
    public string? Name { get; set; }
    public string? Type { get; set; }
}

/// <summary>Moving between stored content and what the form and API show.</summary>
public static class SubmissionInputMapping
{
    public static SubmissionInput ToInput(this SubmissionContent c, IReadOnlyDictionary<int, string> slugs) => new()
    {
        Round = c.Round,
        LeadOrganization = c.LeadOrganizationId is { } lead ? slugs.GetValueOrDefault(lead) : null,
        Title = c.Title, Description = c.Description, Language = c.Language, Compact = c.Compact?.ToString(),
        Translations = [.. c.Translations.Select(t => new TranslationInput { Language = t.Language, Title = t.Title, Description = t.Description })],
        Beneficiaries = [.. c.Beneficiaries.Select(b => b.ToString())],
        Priorities = [.. c.Priorities.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        GcmObjectives = [.. c.GcmObjectives.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        GuidingPrinciples = [.. c.GuidingPrinciples],
        GcrObjectives = [.. c.GcrObjectives.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        GcrAreas = [.. c.GcrAreas],
        Sdgs = [.. c.Sdgs.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        StartYear = c.StartYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        EndYear = c.EndYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Ongoing = c.Ongoing,
        BudgetAmount = c.BudgetAmount?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BudgetCurrency = c.BudgetCurrency, Stage = c.Stage?.ToString(),
        Partners = [.. c.Partners.Select(p => new PartnerInput { Name = p.Name, Type = p.Type?.ToString() })],
        CoPledgers = [.. c.CoPledgers.Select(id => slugs.GetValueOrDefault(id) ?? "")],
    };

    /// <summary>Replaces the given fields (one form step) of <paramref name="target"/> with the posted values.</summary>
    public static SubmissionInput Overlay(this SubmissionInput target, SubmissionInput posted, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            switch (field)
            {
                case SubmissionFields.Round: target.Round = posted.Round; break;
                case SubmissionFields.LeadOrganization: target.LeadOrganization = posted.LeadOrganization; break;
                case SubmissionFields.Title: target.Title = posted.Title; break;
                case SubmissionFields.Description: target.Description = posted.Description; break;
                case SubmissionFields.Language: target.Language = posted.Language; break;
                case SubmissionFields.Translations: target.Translations = posted.Translations; break;
                case SubmissionFields.Compact: target.Compact = posted.Compact; break;
                case SubmissionFields.Beneficiaries: target.Beneficiaries = posted.Beneficiaries; break;
                case SubmissionFields.Priorities: target.Priorities = posted.Priorities; break;
                case SubmissionFields.GcmObjectives: target.GcmObjectives = posted.GcmObjectives; break;
                case SubmissionFields.GuidingPrinciples: target.GuidingPrinciples = posted.GuidingPrinciples; break;
                case SubmissionFields.GcrObjectives: target.GcrObjectives = posted.GcrObjectives; break;
                case SubmissionFields.GcrAreas: target.GcrAreas = posted.GcrAreas; break;
                case SubmissionFields.Sdgs: target.Sdgs = posted.Sdgs; break;
                case SubmissionFields.StartYear: target.StartYear = posted.StartYear; target.Ongoing = posted.Ongoing; break;
                case SubmissionFields.EndYear: target.EndYear = posted.EndYear; break;
                case SubmissionFields.BudgetAmount: target.BudgetAmount = posted.BudgetAmount; break;
                case SubmissionFields.BudgetCurrency: target.BudgetCurrency = posted.BudgetCurrency; break;
                case SubmissionFields.Stage: target.Stage = posted.Stage; break;
                case SubmissionFields.Partners: target.Partners = posted.Partners; break;
                case SubmissionFields.CoPledgers: target.CoPledgers = posted.CoPledgers; break;
            }
        }
        return target;
    }
}
