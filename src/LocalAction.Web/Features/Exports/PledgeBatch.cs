using System.Data.Common;
using System.Globalization;
using System.Text;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// Everything an export row needs about a batch of pledges, read in one round trip: one command of seven SELECTs, each
/// filtered by the batch's ids, read with a plain data reader. At 100 000 pledges the link tables hold about two million
/// rows, and reading them without EF's materializer is what keeps a whole-registry export within seconds. The SQL is the
/// same on SQLite and PostgreSQL (quoted names, integer lists); enums are stored by name, as EF stores them.
/// </summary>
public sealed class PledgeBatch
{
    public sealed record PledgeFacts(int Id, string PublicId, string? ExternalId, string? Title, string? Description, string? OriginalLanguage, int RoundId,
        Compact? Compact, PledgeKind? Kind, PledgeStage? Stage, Completeness Completeness, int? StartYear, int? EndYear, bool? Ongoing,
        decimal? BudgetAmount, string? BudgetCurrency, DateOnly? PledgedOn, string SourceDocument, string? SourceSection, string? SourceNote, bool IsSynthetic);

    public sealed record Pledger(int OrganizationId, PledgeRole Role);
    public sealed record OrganizationFacts(string Slug, string Name, OrganizationKind Kind, string? CountryCode, string? Location);
    public sealed record Partner(int Id, string Name, PartnerType? Type);

    /// <summary>
    /// A code link (priority, GCM objective, principle, GCR objective or area, SDG, beneficiary group): its code, the code's
    /// number for the numbered taxonomies (0 otherwise), and whether it was set explicitly.
    /// </summary>
    public sealed record Link(string Code, int Number, bool Explicit);

    public sealed record UpdateFigures(int Id, DateOnly? ReportedOn, long? PeopleReachedTotal, decimal? MoneyMobilizedAmount, string? MoneyMobilizedCurrency, decimal? MoneyMobilizedUsd);

    /// <summary>The link tables of <see cref="Links"/>, by their index there.</summary>
    public const int Beneficiaries = 0, Priorities = 1, GcmObjectives = 2, GuidingPrinciples = 3, GcrObjectives = 4, GcrAreas = 5, Sdgs = 6;

    private static readonly (string Table, string Code, bool HasOrigin)[] LinkTables =
    [
        ("PledgeBeneficiary", "Group", false), ("PledgePriority", "PriorityNumber", false), ("PledgeGcmObjective", "GcmObjectiveNumber", true),
        ("PledgeGuidingPrinciple", "GuidingPrincipleCode", true), ("PledgeGcrObjective", "GcrObjectiveNumber", true),
        ("PledgeGcrArea", "GcrAreaCode", true), ("PledgeSdg", "SdgNumber", true),
    ];

    public Dictionary<int, PledgeFacts> Pledges { get; } = [];
    public Dictionary<int, List<Pledger>> Pledgers { get; } = [];
    public Dictionary<int, OrganizationFacts> Organizations { get; } = [];
    public Dictionary<int, List<Partner>> Partners { get; } = [];

    /// <summary>Per link table (see the constants), per pledge, its links.</summary>
    public Dictionary<int, List<Link>>[] Links { get; } = LinkTables.Select(_ => new Dictionary<int, List<Link>>()).ToArray();
    public Dictionary<int, List<UpdateFigures>> ValidatedUpdates { get; } = [];

    public static async Task<PledgeBatch> ReadAsync(DbConnection connection, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var batch = new PledgeBatch();
        if (ids.Count == 0) return batch;
        // Ids are integers formatted here, never text from a request: a literal list is safe and lets both databases use the keys.
        var list = string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var sql = new StringBuilder();
        sql.Append($"""
            SELECT "Id", "PublicId", "ExternalId", "Title", "Description", "OriginalLanguage", "RoundId", "Compact", "Kind", "Stage", "Completeness",
                   "StartYear", "EndYear", "Ongoing", "BudgetAmount", "BudgetCurrency", "PledgedOn", "SourceDocument", "SourceSection", "SourceNote", "IsSynthetic"
            FROM "Pledges" WHERE "Id" IN ({list}) AND "ReviewState" = 'Published';
            SELECT "PledgeId", "OrganizationId", "Role" FROM "PledgeOrganization" WHERE "PledgeId" IN ({list});
            SELECT "Id", "Slug", "Name", "Kind", "CountryCode", "LocationAsWritten" FROM "Organizations"
            WHERE "Id" IN (SELECT "OrganizationId" FROM "PledgeOrganization" WHERE "PledgeId" IN ({list}));
            SELECT "PledgeId", "Id", "Name", "Type" FROM "PledgePartner" WHERE "PledgeId" IN ({list});
            SELECT "PledgeId", "Id", "ReportedOn", "PeopleReachedTotal", "MoneyMobilizedAmount", "MoneyMobilizedCurrency", "MoneyMobilizedUsd"
            FROM "PledgeUpdates" WHERE "PledgeId" IN ({list}) AND "Status" = 'Validated';

            """);
        foreach (var (table, code, hasOrigin) in LinkTables)
        {
            // The origin as 1 or 0 rather than its name: a string per link is most of the cost of reading two million links.
            var isExplicit = hasOrigin ? $"CASE WHEN \"Origin\" = '{nameof(MappingOrigin.Explicit)}' THEN 1 ELSE 0 END" : "0";
            sql.Append($"""SELECT "PledgeId", "{code}", {isExplicit} FROM "{table}" WHERE "PledgeId" IN ({list});""").Append('\n');
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(ct);

        while (await reader.ReadAsync(ct))
        {
            var id = reader.GetInt32(0);
            batch.Pledges[id] = new PledgeFacts(id, reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5), reader.GetInt32(6),
                Enum<Compact>(reader, 7), Enum<PledgeKind>(reader, 8), Enum<PledgeStage>(reader, 9), Enum<Completeness>(reader, 10)!.Value,
                Int(reader, 11), Int(reader, 12), reader.IsDBNull(13) ? null : reader.GetBoolean(13), Decimal(reader, 14), Text(reader, 15),
                reader.IsDBNull(16) ? null : reader.GetFieldValue<DateOnly>(16), reader.GetString(17), Text(reader, 18), Text(reader, 19), reader.GetBoolean(20));
        }
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct)) Add(batch.Pledgers, reader.GetInt32(0), new Pledger(reader.GetInt32(1), Enum<PledgeRole>(reader, 2)!.Value));
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            batch.Organizations[reader.GetInt32(0)] = new OrganizationFacts(reader.GetString(1), reader.GetString(2), Enum<OrganizationKind>(reader, 3)!.Value, Text(reader, 4), Text(reader, 5));
        }
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct)) Add(batch.Partners, reader.GetInt32(0), new Partner(reader.GetInt32(1), reader.GetString(2), Enum<PartnerType>(reader, 3)));
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            Add(batch.ValidatedUpdates, reader.GetInt32(0), new UpdateFigures(reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), Decimal(reader, 4), Text(reader, 5), Decimal(reader, 6)));
        }
        for (var table = 0; table < LinkTables.Length; table++)
        {
            await reader.NextResultAsync(ct);
            var links = batch.Links[table];
            var numbered = LinkTables[table].Code.EndsWith("Number", StringComparison.Ordinal);
            while (await reader.ReadAsync(ct))
            {
                var number = numbered ? reader.GetInt32(1) : 0;
                var code = numbered ? NumberText(number) : reader.GetString(1);
                Add(links, reader.GetInt32(0), new Link(code, number, reader.GetInt32(2) == 1));
            }
        }
        return batch;
    }

    /// <summary>Taxonomy numbers are small (at most 23): their text is made once, not once per link.</summary>
    private static readonly string[] SmallNumbers = Enumerable.Range(0, 100).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static string NumberText(int n) => n is >= 0 and < 100 ? SmallNumbers[n] : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>An enum value from the name it is stored under.</summary>
    public static T Parse<T>(string name) where T : struct, Enum => EnumNames<T>.ByName[name];

    private static void Add<T>(Dictionary<int, List<T>> lists, int pledgeId, T item)
    {
        if (!lists.TryGetValue(pledgeId, out var list)) lists[pledgeId] = list = [];
        list.Add(item);
    }

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
