using System.Globalization;

namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// A horizontal bar chart of one breakdown, laid out on the server for an inline SVG (no script). Each bar has its label
/// on the line above and its value written after it, so the chart reads in print, in greyscale and without colour; the
/// page prints the same numbers in a table beside it.
/// </summary>
public sealed record BarChart(string Key, string Title, IReadOnlyList<BarChart.Bar> Bars)
{
    public const int Width = 640;
    public const int RowHeight = 38;
    private const int Pad = 4;
    private const int LabelHeight = 14;
    private const int BarHeight = 16;

    /// <summary>The bar area leaves room on the right for the longest written value.</summary>
    private const int BarSpace = Width - 2 * Pad - 130;

    /// <summary>One bar: its row, the value as the table shows it, and the exact value (invariant) for machines and tests.</summary>
    public sealed record Bar(string Code, string Label, decimal Value, string Shown, string Exact, double LabelY, double BarY, double BarWidth, double ValueX, double ValueY);

    public int Height => Math.Max(1, Bars.Count) * RowHeight + Pad;
    public static int X => Pad;
    public static int BarThickness => BarHeight;

    public static BarChart For(Breakdown breakdown, CultureInfo culture)
    {
        // Negative values cannot be drawn as a length; none of the breakdowns has any, but a bad figure must not break the page.
        var max = breakdown.Rows.Count == 0 ? 0 : breakdown.Rows.Max(r => Math.Max(0, r.Value));
        var bars = breakdown.Rows.Select((row, i) =>
        {
            var top = Pad + i * RowHeight;
            var width = max == 0 ? 0 : (double)(Math.Max(0, row.Value) / max) * BarSpace;
            return new Bar(row.Code, row.Label, row.Value, Format(row.Value, breakdown.Unit, culture), Exact(row.Value),
                top + LabelHeight - 2, top + LabelHeight + 2, width, Pad + width + 6, top + LabelHeight + 2 + BarHeight - 4);
        }).ToList();
        return new BarChart(breakdown.Key, breakdown.Title, bars);
    }

    /// <summary>A value as the reader sees it, in the unit of the breakdown.</summary>
    public static string Format(decimal value, string unit, CultureInfo culture) => unit switch
    {
        BreakdownUnits.Usd => "USD " + value.ToString("N0", culture),
        BreakdownUnits.Percent => value.ToString("0.#", culture) + " %",
        _ => value == decimal.Truncate(value) ? value.ToString("N0", culture) : value.ToString("N1", culture),
    };

    /// <summary>The value as the CSV file writes it: invariant, without grouping, trailing zeros dropped.</summary>
    public static string Exact(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Num(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);
}
