namespace LocalAction.Web.Features.Updates;

/// <summary>How a reported figure was worded ("over 2,500", "nearly 5,000"), so it is never shown as more precise than it is.</summary>
public enum FigureQualifier
{
    Exact,
    MoreThan,
    About,
    LessThan,
}
