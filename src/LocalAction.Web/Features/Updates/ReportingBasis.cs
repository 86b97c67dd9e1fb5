namespace LocalAction.Web.Features.Updates;

/// <summary>
/// The day a pledge's traffic light counts from and which rule gave it, shared by the pledge page and the campaign pages
/// so both always show the same light.
/// </summary>
public static class ReportingBasis
{
    public const string UpdateReported = "update-reported";
    public const string UpdateSourceMonth = "update-source-month";
    public const string UpdateValidated = "update-validated";
    public const string PledgePublished = "pledge-published";
    public const string RoundYearEnd = "round-year-end";

    /// <summary>
    /// The day a validated update counts from and why. Platform updates carry the day they were reported; an update with
    /// neither that nor a dated source document falls back to the day the Secretariat validated it.
    /// </summary>
    public static (DateOnly? Day, string Basis) ForUpdate(DateOnly? reportedOn, string sourceDocument, DateTime? validatedAt)
    {
        if (reportedOn is { } reported) return (reported, UpdateReported);
        if (ReportingDates.ReportedOn(null, sourceDocument) is { } fromSource) return (fromSource, UpdateSourceMonth);
        return validatedAt is { } v ? (DateOnly.FromDateTime(v), UpdateValidated) : (null, UpdateValidated);
    }

    /// <summary>The light of a pledge from its validated updates' days (in any order), its publication day and its round's year.</summary>
    public static (ReportingState State, string Basis) For(DateOnly today, IEnumerable<(DateOnly? Day, string Basis)> validatedUpdates,
        DateOnly? pledgedOn, int roundYear)
    {
        var last = validatedUpdates.Where(u => u.Day is not null).OrderByDescending(u => u.Day).FirstOrDefault();
        var state = ReportingState.On(today, last.Day, ReportingDates.PledgedOn(pledgedOn, roundYear));
        var basis = last.Day is not null ? last.Basis : pledgedOn is not null ? PledgePublished : RoundYearEnd;
        return (state, basis);
    }

    public static string Name(ReportingLight light) => light switch
    {
        ReportingLight.Green => "green",
        ReportingLight.Amber => "amber",
        _ => "red",
    };
}
