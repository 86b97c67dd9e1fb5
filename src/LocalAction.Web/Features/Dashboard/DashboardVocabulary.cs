namespace LocalAction.Web.Features.Dashboard;

/// <summary>
/// The round codes and region words a dashboard filter may name, kept from the last load of the registry so that the
/// (synchronous) <see cref="DashboardFilterParser"/> can name unknown values. Until the first load only the form is checked.
/// </summary>
public static class DashboardVocabulary
{
    private static volatile Known? _known;

    private sealed record Known(IReadOnlySet<string> Rounds, IReadOnlySet<string> Regions);

    public static bool IsLoaded => _known is not null;
    public static IReadOnlySet<string>? Rounds => _known?.Rounds;
    public static IReadOnlySet<string>? Regions => _known?.Regions;

    public static void Set(DashboardData data) => _known = new(
        data.Rounds.Select(r => r.Code).ToHashSet(StringComparer.Ordinal),
        data.Countries.Values.Select(c => c.ReportRegionSlug).OfType<string>().ToHashSet(StringComparer.Ordinal));
}
