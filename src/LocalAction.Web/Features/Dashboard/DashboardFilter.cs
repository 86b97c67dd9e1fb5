namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// What the dashboard, its CSV files, the report and the stats API are filtered by; every figure obeys all three.
/// <see cref="Round"/> is a round code ("imrf-2022"), <see cref="Region"/> the reports' region as a URL word
/// ("latin-america-and-the-caribbean", see FilterValues.ReportRegionSlug), <see cref="Priority"/> a priority number (1-8).
/// </summary>
public sealed record DashboardFilter(string? Round = null, string? Region = null, int? Priority = null)
{
    public static readonly DashboardFilter None = new();
    public bool IsEmpty => Round is null && Region is null && Priority is null;
}
