using System.Data.Common;
using System.Globalization;
using System.Text;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// What export rows need from the tables linked to pledges (pledging organizations, partners, validated updates' figures and
/// the seven taxonomy links), read in one round trip with a plain data reader, either for a batch of pledges (filtered by
/// their ids) or for every pledge at once (each table read whole, in its stored order). A whole-registry export takes the
/// second: at 100 000 pledges the link tables hold about two million rows, and a table scan reads them several times faster
/// than a thousand-id lookup per batch and per table does; the links then take a few megabytes (see <see cref="Grouped{T}"/>).
/// The SQL is the same on SQLite and PostgreSQL (quoted names, integer lists); enums are stored by name, as EF stores them.
/// </summary>
public sealed class PledgeLinks
{
    public readonly record struct Pledger(int OrganizationId, bool Lead);
    public readonly record struct Partner(int Id, string Name, PartnerType? Type);

    /// <summary>The dashboard's rules: USD as converted, or the amount itself when it was given in USD.</summary>
    public readonly record struct UpdateFigures(int Id, DateOnly? ReportedOn, long? PeopleReachedTotal, decimal? MoneyUsd);

    /// <summary>The link tables of <see cref="Links"/> and <see cref="ExportVocabulary.LinkTerms"/>, by their index there.</summary>
    public const int Beneficiaries = 0, Priorities = 1, GcmObjectives = 2, GuidingPrinciples = 3, GcrObjectives = 4, GcrAreas = 5, Sdgs = 6;

    public static readonly (string Table, string Code, bool Numbered, bool HasOrigin)[] LinkTables =
    [
        ("PledgeBeneficiary", "Group", false, false), ("PledgePriority", "PriorityNumber", true, false), ("PledgeGcmObjective", "GcmObjectiveNumber", true, true),
        ("PledgeGuidingPrinciple", "GuidingPrincipleCode", false, true), ("PledgeGcrObjective", "GcrObjectiveNumber", true, true),
        ("PledgeGcrArea", "GcrAreaCode", false, true), ("PledgeSdg", "SdgNumber", true, true),
    ];

    private readonly Dictionary<int, int>? _positions;

    private PledgeLinks(Dictionary<int, int>? positions) => _positions = positions;

    public required Grouped<Pledger> Pledgers { get; init; }
    public required Grouped<Partner> Partners { get; init; }
    public required Grouped<UpdateFigures> ValidatedUpdates { get; init; }

    /// <summary>Per link table (see the constants), per slot, its links as <see cref="TermTable"/> numbers.</summary>
    public required Grouped<ushort>[] Links { get; init; }

    /// <summary>The organizations the pledges name (every organization for a whole read), as rows show them.</summary>
    public required Dictionary<int, ExportOrganization> Organizations { get; init; }

    /// <summary>Where a pledge's items are kept: its id for a whole read, its position in the batch otherwise; -1 if not read.</summary>
    public int Slot(int pledgeId) => _positions is null ? pledgeId : _positions.GetValueOrDefault(pledgeId, -1);

    /// <summary>The links of the pledges <paramref name="ids"/>, or of every pledge when null (ids up to <paramref name="maxId"/>).</summary>
    public static async Task<PledgeLinks> ReadAsync(DbConnection connection, IReadOnlyList<int>? ids, int maxId, ExportVocabulary vocabulary, CancellationToken ct)
    {
        Dictionary<int, int>? positions = null;
        var slots = maxId + 1;
        if (ids is not null)
        {
            positions = new Dictionary<int, int>(ids.Count);
            foreach (var id in ids) positions.TryAdd(id, positions.Count);
            slots = positions.Count;
        }
        // Ids are integers formatted here, never text from a request: a literal list is safe and lets both databases use the keys.
        var list = ids is null ? null : string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        string Filter(string column, string? and = null) =>
            (list, and) switch
            {
                (null, null) => "",
                (null, _) => $" WHERE {and}",
                (_, null) => $" WHERE \"{column}\" IN ({list})",
                _ => $" WHERE \"{column}\" IN ({list}) AND {and}",
            };

        var sql = new StringBuilder();
        sql.Append($"""SELECT "PledgeId", "OrganizationId", "Role" FROM "PledgeOrganization"{Filter("PledgeId")};""").Append('\n');
        sql.Append($"""SELECT "Id", "Slug", "Name", "Kind", "CountryCode", "LocationAsWritten" FROM "Organizations"{(list is null ? "" : $" WHERE \"Id\" IN (SELECT \"OrganizationId\" FROM \"PledgeOrganization\" WHERE \"PledgeId\" IN ({list}))")};""").Append('\n');
        sql.Append($"""SELECT "PledgeId", "Id", "Name", "Type" FROM "PledgePartner"{Filter("PledgeId")};""").Append('\n');
        sql.Append($"""
            SELECT "PledgeId", "Id", "ReportedOn", "PeopleReachedTotal", "MoneyMobilizedAmount", "MoneyMobilizedCurrency", "MoneyMobilizedUsd"
            FROM "PledgeUpdates"{Filter("PledgeId", "\"Status\" = 'Validated'")};
            """).Append('\n');
        foreach (var (table, code, _, hasOrigin) in LinkTables)
        {
            // The origin as 1 or 0 rather than its name: a string per link is most of the cost of reading two million links.
            var isExplicit = hasOrigin ? $"CASE WHEN \"Origin\" = '{nameof(MappingOrigin.Explicit)}' THEN 1 ELSE 0 END" : "0";
            sql.Append($"""SELECT "PledgeId", "{code}", {isExplicit} FROM "{table}"{Filter("PledgeId")};""").Append('\n');
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(ct);

        int SlotOf(int id) => positions is null ? id : positions.GetValueOrDefault(id, -1);

        var pledgers = new Grouped<Pledger>.Builder(slots);
        while (await reader.ReadAsync(ct))
            pledgers.Add(SlotOf(reader.GetInt32(0)), new Pledger(reader.GetInt32(1), reader.GetString(2) == nameof(PledgeRole.Lead)));

        await reader.NextResultAsync(ct);
        var organizations = new Dictionary<int, ExportOrganization>();
        while (await reader.ReadAsync(ct))
        {
            var kind = vocabulary.OrganizationKind(PledgeBatch.Parse<OrganizationKind>(reader.GetString(3)));
            var countryCode = Text(reader, 4);
            var countryName = countryCode is not null && vocabulary.Countries.TryGetValue(countryCode, out var country) ? country.Name : null;
            organizations[reader.GetInt32(0)] = new ExportOrganization(reader.GetString(1), reader.GetString(2), kind.Code, kind.Name, countryCode, countryName, Text(reader, 5));
        }

        await reader.NextResultAsync(ct);
        // Partner names repeat across pledges (the same agencies): one string per name keeps a whole read small.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var partners = new Grouped<Partner>.Builder(slots);
        while (await reader.ReadAsync(ct))
        {
            var name = reader.GetString(2);
            if (!names.TryGetValue(name, out var known)) names[name] = known = name;
            partners.Add(SlotOf(reader.GetInt32(0)), new Partner(reader.GetInt32(1), known, reader.IsDBNull(3) ? null : PledgeBatch.Parse<PartnerType>(reader.GetString(3))));
        }

        await reader.NextResultAsync(ct);
        var updates = new Grouped<UpdateFigures>.Builder(slots);
        while (await reader.ReadAsync(ct))
        {
            var amount = Decimal(reader, 4);
            var usd = Decimal(reader, 6) ?? (Text(reader, 5) == "USD" ? amount : null);
            updates.Add(SlotOf(reader.GetInt32(0)), new UpdateFigures(reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), usd));
        }

        var links = new Grouped<ushort>[LinkTables.Length];
        for (var table = 0; table < LinkTables.Length; table++)
        {
            await reader.NextResultAsync(ct);
            var terms = vocabulary.LinkTerms[table];
            var numbered = LinkTables[table].Numbered;
            var builder = new Grouped<ushort>.Builder(slots);
            while (await reader.ReadAsync(ct))
            {
                var isExplicit = reader.GetInt32(2) == 1;
                builder.Add(SlotOf(reader.GetInt32(0)), numbered ? terms.Link(reader.GetInt32(1), isExplicit) : terms.Link(reader.GetString(1), isExplicit));
            }
            links[table] = builder.Build();
        }

        return new PledgeLinks(positions)
        {
            Pledgers = pledgers.Build(), Partners = partners.Build(), ValidatedUpdates = updates.Build(), Links = links, Organizations = organizations,
        };
    }

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static decimal? Decimal(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDecimal(i);
}
