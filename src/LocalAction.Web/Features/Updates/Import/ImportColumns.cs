using F = LocalAction.Web.Features.Updates.UpdateFields;

namespace LocalAction.Web.Features.Updates.Import;

/// <summary>
/// The columns of an import file: "pledge" first, then the update form's field names, so a file, the form and the API
/// share one vocabulary. Attachments cannot travel in a spreadsheet, so they have no column.
/// </summary>
public static class ImportColumns
{
    public const string Pledge = "pledge";

    /// <summary>Several challenges share one cell, separated by this (a comma would clash with CSV).</summary>
    public const char ListSeparator = ';';

    private static readonly (string Name, Action<UpdateInput, string?> Set)[] Fields =
    [
        (F.Stage, (i, v) => i.Stage = v),
        (F.Results, (i, v) => i.Results = v),
        (F.PeopleReachedTotal, (i, v) => i.PeopleReachedTotal = v),
        (F.PeopleReachedMigrants, (i, v) => i.PeopleReachedMigrants = v),
        (F.PeopleReachedRefugees, (i, v) => i.PeopleReachedRefugees = v),
        (F.PeopleReachedIdps, (i, v) => i.PeopleReachedIdps = v),
        (F.PeopleReachedHostCommunity, (i, v) => i.PeopleReachedHostCommunity = v),
        (F.PeopleReachedWomen, (i, v) => i.PeopleReachedWomen = v),
        (F.PeopleReachedChildren, (i, v) => i.PeopleReachedChildren = v),
        (F.MoneyAmount, (i, v) => i.MoneyAmount = v),
        (F.MoneyCurrency, (i, v) => i.MoneyCurrency = v),
        (F.UsdRate, (i, v) => i.UsdRate = v),
        (F.UsdRateOn, (i, v) => i.UsdRateOn = v),
        (F.Challenges, (i, v) => i.Challenges = [.. (v ?? "").Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]),
        (F.ChallengesText, (i, v) => i.ChallengesText = v),
        (F.ChallengesAddressed, (i, v) => i.ChallengesAddressed = v),
        (F.LessonsLearned, (i, v) => i.LessonsLearned = v),
        (F.NationalEngagement, (i, v) => i.NationalEngagement = v),
        (F.ConsentToPublish, (i, v) => i.ConsentToPublish = v),
        (F.Language, (i, v) => i.Language = v),
    ];

    private static readonly Dictionary<string, (string Name, Action<UpdateInput, string?> Set)> ByName =
        Fields.ToDictionary(f => f.Name, f => f, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every column in file order: the template's header row.</summary>
    public static IReadOnlyList<string> All { get; } = [Pledge, .. Fields.Select(f => f.Name)];

    /// <summary>The canonical name of a header (any case), or null when it is not a column.</summary>
    public static string? Canonical(string header) =>
        string.Equals(header, Pledge, StringComparison.OrdinalIgnoreCase) ? Pledge : ByName.TryGetValue(header, out var f) ? f.Name : null;

    public static void Set(UpdateInput input, string column, string? value) => ByName[column].Set(input, value);

    /// <summary>The template: the header row only, as UTF-8 with a BOM so Excel opens accents correctly.</summary>
    public static byte[] TemplateCsv() => [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(string.Join(',', All) + "\r\n")];
}
