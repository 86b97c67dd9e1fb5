using System.Globalization;
using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Pages.Pledges;

/// <summary>
/// A small step chart of one figure over the validated updates, drawn on the server as SVG so it needs no script; the
/// page shows the same numbers in a table next to it for readers who cannot see the drawing.
/// </summary>
public sealed record ProgressChart(string Id, string Title, string Unit, IReadOnlyList<ProgressChart.Point> Points)
{
    public const int Width = 320;
    public const int Height = 120;
    private const int Pad = 8;

    public sealed record Point(string Date, decimal Value, string Shown);

    private decimal Max => Points.Max(p => p.Value);
    private double X(int i) => Pad + (Points.Count == 1 ? 0 : i * (Width - 2.0 * Pad) / (Points.Count - 1));
    private double Y(decimal v) => Height - Pad - (Max == 0 ? 0 : (double)(v / Max) * (Height - 2.0 * Pad));

    /// <summary>The step line: each value holds until the next update reports another.</summary>
    public string Path => string.Concat(Points.Select((p, i) => i == 0 ? $"M{Num(X(0))},{Num(Y(p.Value))}" : $" H{Num(X(i))} V{Num(Y(p.Value))}"));

    public IEnumerable<(string X, string Y)> Dots => Points.Select((p, i) => (Num(X(i)), Num(Y(p.Value))));

    public static string Num(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>People reached, when at least two updates give a number.</summary>
    public static ProgressChart? PeopleReached(IReadOnlyList<PledgeDetail.Update> updates, string title, string unit, CultureInfo culture)
    {
        var points = updates.Where(u => u.PeopleReachedTotal is not null)
            .Select(u => new Point(u.Date ?? u.AsOf ?? "", u.PeopleReachedTotal!.Value, u.PeopleReachedTotal.Value.ToString("N0", culture))).ToList();
        return points.Count >= 2 ? new ProgressChart("people-chart", title, unit, points) : null;
    }

    /// <summary>
    /// Money mobilized in US dollars when at least two updates were converted; otherwise in the original currency when at
    /// least two updates share it (different currencies are never drawn on one line).
    /// </summary>
    public static ProgressChart? Money(IReadOnlyList<PledgeDetail.Update> updates, string title, CultureInfo culture)
    {
        var usd = updates.Where(u => u.MoneyMobilizedUsd is not null)
            .Select(u => new Point(u.Date ?? u.AsOf ?? "", u.MoneyMobilizedUsd!.Amount, "USD " + u.MoneyMobilizedUsd.Amount.ToString("N0", culture))).ToList();
        if (usd.Count >= 2) return new ProgressChart("money-chart", title, "USD", usd);
        var original = updates.Where(u => u.MoneyMobilized is not null).ToList();
        var currencies = original.Select(u => u.MoneyMobilized!.Currency).Distinct().ToList();
        if (original.Count < 2 || currencies.Count != 1) return null;
        return new ProgressChart("money-chart", title, currencies[0],
            original.Select(u => new Point(u.Date ?? u.AsOf ?? "", u.MoneyMobilized!.Amount, currencies[0] + " " + u.MoneyMobilized.Amount.ToString("N0", culture))).ToList());
    }
}
