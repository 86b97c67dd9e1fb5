using System.Text.RegularExpressions;
using LocalAction.Web.Features.Exports;

namespace LocalAction.Tests.Exports;

/// <summary>The column contract an importer relies on: stable keys, unambiguous headers in three languages, valid hashtags.</summary>
public sealed partial class ExportColumnsTests
{
    public static TheoryData<string> Tables => ["pledges", "updates"];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Keys_are_unique_snake_case_and_every_header_names_one_column_in_any_language(string table)
    {
        var columns = Describe(table);
        columns.Select(c => c.Key).ShouldBeUnique();
        columns.ShouldAllBe(c => SnakeCase().IsMatch(c.Key));
        foreach (var language in new[] { "en", "fr", "es" })
        {
            columns.Select(c => c.Header(language)).ShouldBeUnique();
            columns.ShouldAllBe(c => c.Header(language).Trim().Length > 0);
        }
        // An importer finds a column from a header written in any of the three languages, or from its key.
        var names = columns.SelectMany(c => new[] { c.Key, c.En, c.Fr, c.Es }.Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (Name: n, c.Key)));
        names.GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).ShouldAllBe(g => g.Select(n => n.Key).Distinct().Count() == 1);
        foreach (var (name, key) in names) columns.Find(name)!.ShouldBe(key);
        columns.Find("no such column").ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void No_two_columns_share_a_name_once_case_accents_and_punctuation_are_folded_even_across_languages(string table)
    {
        // The importer folds headers (PledgeColumnBinding.Normalize) and guesses the file's language from most of them: a
        // folded name shared by two columns, in one language or across two, would leave a header's column to that guess.
        var owners = Describe(table)
            .SelectMany(c => new[] { c.Key, c.En, c.Fr, c.Es }.Select(n => (Folded: LocalAction.Web.Features.Imports.PledgeColumnBinding.Normalize(n), c.Key)))
            .GroupBy(n => n.Folded, StringComparer.Ordinal);
        foreach (var owner in owners) owner.Select(n => n.Key).Distinct().ShouldHaveSingleItem(owner.Key);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Hashtags_are_valid_hxl(string table)
    {
        foreach (var hxl in Describe(table).Select(c => c.Hxl).OfType<string>()) Hashtag().IsMatch(hxl).ShouldBeTrue(hxl);
    }

    [Fact]
    public void Names_beside_codes_counts_figures_and_the_url_are_derived_and_the_stored_values_are_read_back()
    {
        var pledges = PledgeColumns.All.ToDictionary(c => c.Key);
        foreach (var key in new[] { "round_name", "compact_name", "stage_name", "priority_names", "gcm_objective_names", "sdg_names", "country", "region", "url", "validated_updates", "people_reached", "money_mobilized_usd" })
            pledges[key].Use.ShouldBe(ColumnUse.Derived, key);
        foreach (var key in new[] { "public_id", "external_id", "title", "description", "round", "compact", "kind", "stage", "start_year", "end_year", "ongoing", "budget_amount",
                     "budget_currency", "lead_organization", "lead_organization_id", "country_code", "co_pledgers", "partners", "beneficiaries", "priorities", "gcm_objectives",
                     "guiding_principles", "gcr_objectives", "gcr_areas", "sdgs", "source", "synthetic" })
            pledges[key].Use.ShouldBe(ColumnUse.ReadBack, key);
        UpdateColumns.All.Single(c => c.Key == "pledge_public_id").Use.ShouldBe(ColumnUse.ReadBack);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-", "'-")]
    [InlineData("@home", "'@home")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("'=already quoted", "''=already quoted")]
    [InlineData("'plain quote", "'plain quote")]
    [InlineData("Bogotá = capital", "Bogotá = capital")]
    [InlineData("", "")]
    public void The_formula_guard_is_undone_exactly_by_restore(string value, string guarded)
    {
        FormulaGuard.Neutralize(value).ShouldBe(guarded);
        FormulaGuard.Restore(guarded).ShouldBe(value);
    }

    [Fact]
    public void Csv_fields_are_quoted_as_rfc_4180_asks()
    {
        CsvTableWriter.Field("plain").ShouldBe("plain");
        CsvTableWriter.Field("a, b").ShouldBe("\"a, b\"");
        CsvTableWriter.Field("say \"hi\"").ShouldBe("\"say \"\"hi\"\"\"");
        CsvTableWriter.Field("two\nlines").ShouldBe("\"two\nlines\"");
        CsvTableWriter.Field("=cmd|' /C calc'!A0").ShouldBe("'=cmd|' /C calc'!A0");
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Spreadsheet_columns_are_lettered_like_excel(int index, string letters) => XlsxTableWriter.ColumnLetters(index).ShouldBe(letters);

    private sealed record Described(string Key, string En, string Fr, string Es, string? Hxl, Func<string, string> Header);

    private sealed class Table(List<Described> columns, Func<string, string?> find) : List<Described>(columns)
    {
        public string? Find(string name) => find(name);
    }

    private static Table Describe(string table) => table == "pledges"
        ? new Table(PledgeColumns.All.Select(c => new Described(c.Key, c.HeaderEn, c.HeaderFr, c.HeaderEs, c.Hxl, c.Header)).ToList(), n => PledgeColumns.Find(n)?.Key)
        : new Table(UpdateColumns.All.Select(c => new Described(c.Key, c.HeaderEn, c.HeaderFr, c.HeaderEs, c.Hxl, c.Header)).ToList(), n => UpdateColumns.Find(n)?.Key);

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex("^#[a-z][a-z0-9_]*(\\+[a-z][a-z0-9_]*)*$")]
    private static partial Regex Hashtag();
}
