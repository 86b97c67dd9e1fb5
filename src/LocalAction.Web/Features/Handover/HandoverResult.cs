namespace LocalAction.Web.Features.Handover;

/// <summary>A built package: its columns and rows (in pledge order), the validation report and the left-out list.</summary>
public sealed record HandoverResult(
    HandoverPackage Package, string RoundCode, string RoundName, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<HandoverIssue> Issues, IReadOnlyList<HandoverLeftOut> LeftOut, int Candidates)
{
    /// <summary>Pledges that cannot be handed over (at least one blocking problem).</summary>
    public int Blocked => Issues.Where(i => i.Blocking).Select(i => i.PublicId).Distinct().Count();
}
