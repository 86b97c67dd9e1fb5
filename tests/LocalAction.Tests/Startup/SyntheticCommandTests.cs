using System.Globalization;
using System.Security.Cryptography;
using LocalAction.Tests.Infrastructure;
using LocalAction.Web;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Synthetic;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LocalAction.Tests.Startup;

/// <summary>The synthetic verb of the real executable: labelled load-test data, only ever in the database given by --database.</summary>
public sealed class SyntheticCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "localaction-tests", "synthetic-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (DirectoryNotFoundException) { } catch (IOException) { }
    }

    [Fact]
    public async Task Five_hundred_pledges_go_into_a_new_SQLite_file_all_labelled_synthetic()
    {
        // A folder that does not exist yet: the verb creates it. The configured database must stay untouched.
        var file = Path.Combine(_folder, "nested", "synthetic.db");
        var configured = Path.Combine(_folder, "configured.db");
        var outcome = await AppProcess.RunAsync(
            new Dictionary<string, string> { ["ConnectionStrings__LocalAction"] = $"Data Source={configured}" },
            "synthetic", "--pledges", "500", "--database", file, "--seed", "7");

        outcome.ExitCode.ShouldBe(0, outcome.StdErr);
        outcome.StdOut.ShouldContain("500/500 pledges");
        outcome.StdOut.ShouldContain("synthetic: done: 500 pledges");
        File.Exists(configured).ShouldBeFalse();

        await using var db = await OpenSqliteAsync(file);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Pledges")).ShouldBe(500);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Pledges WHERE IsSynthetic = 0")).ShouldBe(0);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Pledges WHERE PublicId NOT GLOB 'SYN-20[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9][0-9]'")).ShouldBe(0);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Pledges WHERE SourceDocument <> 'synthetic' OR SourceNote IS NOT @note", ("@note", SyntheticRegistryGenerator.SourceNote))).ShouldBe(0);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Pledges WHERE Completeness = 'DetailsNotDocumented' AND (Title IS NOT NULL OR Description IS NOT NULL)")).ShouldBe(0);

        (await ScalarAsync(db, "SELECT COUNT(*) FROM Organizations")).ShouldBe(125);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Organizations WHERE IsSynthetic = 0 OR Slug NOT LIKE 'syn-%' OR Name NOT LIKE '% (synthetic)'")).ShouldBe(0);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM PledgeOrganization WHERE Role = 'Lead'")).ShouldBe(500);
        (await ScalarAsync(db, "SELECT MAX(c) FROM (SELECT COUNT(*) AS c FROM PledgeOrganization WHERE Role = 'Lead' GROUP BY OrganizationId)")).ShouldBeLessThanOrEqualTo(6);

        // Every pledge's SDGs are exactly those its priorities map to, marked derived.
        (await ScalarAsync(db, "SELECT COUNT(*) FROM PledgeSdg WHERE Origin = 'Derived'")).ShouldBeGreaterThan(500);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Pledges p WHERE NOT EXISTS (SELECT 1 FROM PledgeSdg s WHERE s.PledgeId = p.Id)")).ShouldBe(0);
        (await ScalarAsync(db, """
            SELECT COUNT(*) FROM (
              SELECT PledgeId, SdgNumber FROM PledgeSdg
              EXCEPT SELECT DISTINCT pp.PledgeId, ps.SdgNumber FROM PledgePriority pp JOIN PrioritySdg ps ON ps.PriorityNumber = pp.PriorityNumber)
            """)).ShouldBe(0);
        (await ScalarAsync(db, """
            SELECT COUNT(*) FROM (
              SELECT DISTINCT pp.PledgeId, ps.SdgNumber FROM PledgePriority pp JOIN PrioritySdg ps ON ps.PriorityNumber = pp.PriorityNumber
              EXCEPT SELECT PledgeId, SdgNumber FROM PledgeSdg)
            """)).ShouldBe(0);

        (await ScalarAsync(db, "SELECT COUNT(*) FROM Revisions WHERE EntityType = 'Pledge' AND Action = 'created' AND ChangedBy = 'system:synthetic'")).ShouldBe(500);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Revisions WHERE EntityType = 'PledgeUpdate'")).ShouldBe(await ScalarAsync(db, "SELECT COUNT(*) FROM PledgeUpdates"));

        // Reference data only: taxonomies and the four rounds, none of the real registry.
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Rounds")).ShouldBe(4);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Countries")).ShouldBeGreaterThan(200);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM PublishedStatistics")).ShouldBe(0);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_pledges_and_a_second_run_appends_new_ids()
    {
        var first = Path.Combine(_folder, "first.db");
        var second = Path.Combine(_folder, "second.db");
        foreach (var file in new[] { first, second })
        {
            var run = await AppProcess.RunAsync(new Dictionary<string, string>(), "synthetic", "--pledges", "200", "--database", file, "--seed", "11");
            run.ExitCode.ShouldBe(0, run.StdErr);
        }
        (await PledgeTextsAsync(second)).ShouldBe(await PledgeTextsAsync(first));

        var again = await AppProcess.RunAsync(new Dictionary<string, string>(), "synthetic", "--pledges", "100", "--database", first, "--seed", "11");
        again.ExitCode.ShouldBe(0, again.StdErr);
        again.StdOut.ShouldContain("already holds 200 synthetic pledges; appending 100 more");
        await using var db = await OpenSqliteAsync(first);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Pledges")).ShouldBe(300);
        (await ScalarAsync(db, "SELECT COUNT(DISTINCT PublicId) FROM Pledges")).ShouldBe(300);
        (await ScalarAsync(db, "SELECT COUNT(DISTINCT Slug) FROM Organizations")).ShouldBe(await ScalarAsync(db, "SELECT COUNT(*) FROM Organizations"));
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["--pledges", "10"], "synthetic: --database is required:" },
        { ["--database", "{db}"], "synthetic: --pledges is required:" },
        { ["--pledges", "ten", "--database", "{db}"], "synthetic: --pledges is 'ten'; it must be a whole number from 1 to 5000000." },
        { ["--pledges", "0", "--database", "{db}"], "synthetic: --pledges is '0'; it must be a whole number from 1 to 5000000." },
        { ["--pledges", "5000001", "--database", "{db}"], "synthetic: --pledges is '5000001'; it must be a whole number from 1 to 5000000." },
        { ["--pledges", "10", "--database", "{db}", "--colour", "red"], "synthetic: unknown option '--colour'." },
        { ["--pledges", "10", "--database", "{db}", "--organizations", "11"], "synthetic: --organizations is '11'; it must be a whole number from 2 to 10" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_are_refused_in_one_line_and_write_nothing(string[] args, string expected)
    {
        var file = Path.Combine(_folder, "never", "synthetic.db");
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>(), ["synthetic", .. args.Select(a => a.Replace("{db}", file, StringComparison.Ordinal))]);

        outcome.ExitCode.ShouldBe(StartupException.UsageError);
        OneLine(outcome.StdErr).ShouldStartWith(expected);
        outcome.StdOut.ShouldBeEmpty();
        Directory.Exists(Path.GetDirectoryName(file)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_real_registry_is_refused_and_left_as_it_was()
    {
        var file = Path.Combine(_folder, "real.db");
        var seed = await AppProcess.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__LocalAction"] = $"Data Source={file}" }, "seed");
        seed.ExitCode.ShouldBe(0, seed.StdErr);
        var before = await HashAsync(file);

        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>(), "synthetic", "--pledges", "10", "--database", file);

        outcome.ExitCode.ShouldBe(StartupException.ConfigurationError);
        OneLine(outcome.StdErr).ShouldBe(
            $"synthetic: refusing to write into SQLite ({file}): it holds 124 real (non-synthetic) pledge(s). Give --database a new SQLite file or an empty database.");
        (await HashAsync(file)).ShouldBe(before);
        await using var db = await OpenSqliteAsync(file);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Pledges")).ShouldBe(124);
        (await ScalarAsync(db, "SELECT COUNT(*) FROM Pledges WHERE IsSynthetic = 1")).ShouldBe(0);
    }

    [Fact]
    public async Task One_hundred_pledges_go_into_a_fresh_PostgreSQL_database()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);

        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>(), "synthetic", "--pledges", "100", "--database", database.Settings.ConnectionString);

        outcome.ExitCode.ShouldBe(0, outcome.StdErr);
        outcome.StdOut.ShouldContain("100/100 pledges");
        outcome.StdOut.ShouldNotContain(new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString).Password!);
        await using var db = new NpgsqlConnection(database.Settings.ConnectionString);
        await db.OpenAsync();
        (await ScalarAsync(db, """SELECT COUNT(*) FROM "Pledges" """)).ShouldBe(100);
        (await ScalarAsync(db, """SELECT COUNT(*) FROM "Pledges" WHERE NOT "IsSynthetic" OR "PublicId" NOT LIKE 'SYN-%' OR "SourceDocument" <> 'synthetic'""")).ShouldBe(0);
        (await ScalarAsync(db, """SELECT COUNT(*) FROM "Organizations" WHERE NOT "IsSynthetic" """)).ShouldBe(0);
        (await ScalarAsync(db, """SELECT COUNT(*) FROM "Pledges" p WHERE NOT EXISTS (SELECT 1 FROM "PledgeSdg" s WHERE s."PledgeId" = p."Id")""")).ShouldBe(0);
        (await ScalarAsync(db, """SELECT COUNT(*) FROM "Revisions" WHERE "EntityType" = 'Pledge' AND "ChangedBy" = 'system:synthetic'""")).ShouldBe(100);
    }

    private static async Task<SqliteConnection> OpenSqliteAsync(string file)
    {
        File.Exists(file).ShouldBeTrue($"{file} should exist");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<long> ScalarAsync(System.Data.Common.DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<List<string>> PledgeTextsAsync(string file)
    {
        await using var db = await OpenSqliteAsync(file);
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT PublicId || '|' || COALESCE(Title, '') || '|' || COALESCE(Description, '') || '|' || COALESCE(BudgetAmount, '') FROM Pledges ORDER BY Id";
        var texts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) texts.Add(reader.GetString(0));
        return texts;
    }

    private static async Task<string> HashAsync(string file)
    {
        SqliteConnection.ClearAllPools();
        await using var stream = File.OpenRead(file);
        return Convert.ToHexString(await SHA256.HashDataAsync(stream));
    }

    /// <summary>The error output must be exactly one line.</summary>
    private static string OneLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Length.ShouldBe(1, $"expected one line on stderr, got:\n{stderr}");
        return lines[0];
    }
}
