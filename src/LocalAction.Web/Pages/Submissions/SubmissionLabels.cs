using LocalAction.Web.Features.Submissions;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Pages.Submissions;

/// <summary>Each submission field's label, for the form, the preview and the error summaries.</summary>
public static class SubmissionLabels
{
    public static IReadOnlyDictionary<string, string> For(IStringLocalizer l) => new Dictionary<string, string>
    {
        [SubmissionFields.LeadOrganization] = l["Pledging organization"],
        [SubmissionFields.Round] = l["Round"],
        [SubmissionFields.Title] = l["Title"],
        [SubmissionFields.Description] = l["Description"],
        [SubmissionFields.Language] = l["Language of the submission"],
        [SubmissionFields.Translations] = l["Title and description in other languages"],
        [SubmissionFields.Compact] = l["Compact"],
        [SubmissionFields.Beneficiaries] = l["Beneficiaries"],
        [SubmissionFields.Priorities] = l["Priorities"],
        [SubmissionFields.GcmObjectives] = l["GCM objectives"],
        [SubmissionFields.GuidingPrinciples] = l["GCM guiding principles"],
        [SubmissionFields.GcrObjectives] = l["GCR objectives"],
        [SubmissionFields.GcrAreas] = l["GCR areas"],
        [SubmissionFields.Sdgs] = l["Sustainable Development Goals"],
        [SubmissionFields.StartYear] = l["Start year"],
        [SubmissionFields.EndYear] = l["End year"],
        [SubmissionFields.BudgetAmount] = l["Budget"],
        [SubmissionFields.BudgetCurrency] = l["Currency"],
        [SubmissionFields.Stage] = l["Stage"],
        [SubmissionFields.Partners] = l["Partners"],
        [SubmissionFields.CoPledgers] = l["Co-pledgers"],
        ["comment"] = l["Comment"],
        ["action"] = l["Action"],
    };
}
