using LocalAction.Web.Features.Statistics;

namespace LocalAction.Web.Features.Updates;

/// <summary>
/// The days the traffic light is measured from. Seeded records have no exact dates: the sources only give a year (the
/// round) or a month (the report). The rule takes the latest day consistent with the source, so a pledge is never shown
/// as more overdue than the data proves: a 2023 pledge counts from 31 December 2023, an update published in the December
/// 2025 report from 31 December 2025.
/// </summary>
public static class ReportingDates
{
    public static DateOnly PledgedOn(DateOnly? publishedOn, int roundYear) => publishedOn ?? new DateOnly(roundYear, 12, 31);

    /// <summary>The day an update counts from: the day it was reported, else the last day of its source document's month.</summary>
    public static DateOnly? ReportedOn(DateOnly? reportedOn, string sourceDocument) =>
        reportedOn ?? (SourceDocuments.PublishedIn(sourceDocument) is { } month
            ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month))
            : null);
}
