using System.Data.Common;
using System.Globalization;
using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// The pledges' own columns for a batch of ids, read with a plain data reader (EF's materializer cost more than SQLite
/// itself here); their links come from <see cref="PledgeLinks"/>.
/// </summary>
public static class PledgeBatch
{
    public sealed record PledgeFacts(int Id, string PublicId, string? ExternalId, string? Title, string? Description, string? OriginalLanguage, int RoundId,
        Compact? Compact, PledgeKind? Kind, PledgeStage? Stage, Completeness Completeness, int? StartYear, int? EndYear, bool? Ongoing,
        decimal? BudgetAmount, string? BudgetCurrency, DateOnly? PledgedOn, string SourceDocument, string? SourceSection, string? SourceNote, bool IsSynthetic,
        string? TranslatedTitle, string? TranslatedDescription);

    /// <summary>The published pledges among <paramref name="ids"/>, by id, with their title and description translated into <paramref name="language"/> where they are.</summary>
    public static async Task<Dictionary<int, PledgeFacts>> ReadAsync(DbConnection connection, IReadOnlyList<int> ids, string language, CancellationToken ct)
    {
        var pledges = new Dictionary<int, PledgeFacts>(ids.Count);
        if (ids.Count == 0) return pledges;
        // Ids are integers formatted here, never text from a request: a literal list is safe and lets both databases use the keys.
        var list = string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT p."Id", p."PublicId", p."ExternalId", p."Title", p."Description", p."OriginalLanguage", p."RoundId", p."Compact", p."Kind", p."Stage", p."Completeness",
                   p."StartYear", p."EndYear", p."Ongoing", p."BudgetAmount", p."BudgetCurrency", p."PledgedOn", p."SourceDocument", p."SourceSection", p."SourceNote", p."IsSynthetic",
                   t."Title", t."Description"
            FROM "Pledges" p LEFT JOIN "PledgeTranslations" t ON t."PledgeId" = p."Id" AND t."Language" = @language
            WHERE p."Id" IN ({list}) AND p."ReviewState" = 'Published'
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@language";
        parameter.Value = language;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt32(0);
            pledges[id] = new PledgeFacts(id, reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5), reader.GetInt32(6),
                Enum<Compact>(reader, 7), Enum<PledgeKind>(reader, 8), Enum<PledgeStage>(reader, 9), Enum<Completeness>(reader, 10)!.Value,
                Int(reader, 11), Int(reader, 12), reader.IsDBNull(13) ? null : reader.GetBoolean(13), Decimal(reader, 14), Text(reader, 15),
                reader.IsDBNull(16) ? null : reader.GetFieldValue<DateOnly>(16), reader.GetString(17), Text(reader, 18), Text(reader, 19), reader.GetBoolean(20),
                Text(reader, 21), Text(reader, 22));
        }
        return pledges;
    }

    /// <summary>An enum value from the name it is stored under.</summary>
    public static T Parse<T>(string name) where T : struct, Enum => EnumNames<T>.ByName[name];

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static int? Int(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt32(i);

    private static decimal? Decimal(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDecimal(i);

    private static T? Enum<T>(DbDataReader reader, int i) where T : struct, Enum =>
        reader.IsDBNull(i) ? null : EnumNames<T>.ByName[reader.GetString(i)];

    /// <summary>Enum values by their stored names, built once per type (Enum.Parse per cell would dominate the reading).</summary>
    private static class EnumNames<T> where T : struct, Enum
    {
        public static readonly Dictionary<string, T> ByName = System.Enum.GetValues<T>().ToDictionary(v => v.ToString(), StringComparer.Ordinal);
    }
}
