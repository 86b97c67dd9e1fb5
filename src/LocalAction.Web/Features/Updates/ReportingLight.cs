namespace LocalAction.Web.Features.Updates;

/// <summary>
/// A pledge's reporting state, as the UN's SDG partnerships registry shows it: green when updated within 12 months, amber
/// when an update is due, red after more than 24 months without one (the pledge is then marked inactive).
/// </summary>
public enum ReportingLight
{
    Green,
    Amber,
    Red,
}

/// <summary>A pledge's light with the day it is measured from and why that day.</summary>
public sealed record ReportingState(ReportingLight Light, DateOnly Since, bool FromUpdate)
{
    public bool IsInactive => Light == ReportingLight.Red;

    /// <summary>
    /// The light on <paramref name="today"/>, measured from the last validated update or, without one, from the day the
    /// pledge was made. "Within 12 months" includes the anniversary day; "more than 24 months" starts the day after.
    /// </summary>
    public static ReportingState On(DateOnly today, DateOnly? lastUpdate, DateOnly pledgedOn)
    {
        var since = lastUpdate ?? pledgedOn;
        var light = today <= since.AddMonths(12) ? ReportingLight.Green
            : today <= since.AddMonths(24) ? ReportingLight.Amber
            : ReportingLight.Red;
        return new ReportingState(light, since, lastUpdate is not null);
    }
}
