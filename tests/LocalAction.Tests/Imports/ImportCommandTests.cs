using LocalAction.Tests.Startup;
using Microsoft.Data.Sqlite;

namespace LocalAction.Tests.Imports;

/// <summary>The import verb of the real executable on a new SQLite file: exit codes, one line per problem, nothing saved on failure.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Header = "external_id,title,round,lead_organization_id,lead_organization,lead_organization_kind,country_code,priorities";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "localaction-tests", "import-" + Guid.NewGuid().ToString("N"));

    public ImportCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private string Database => Path.Combine(_folder, "registry.db");

    private Task<AppProcess.Outcome> RunAsync(params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__LocalAction"] = $"Data Source={Database}" }, ["import", .. args]);

    private string File(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n");
        return path;
    }

    private async Task<long> PledgesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT COUNT(*) FROM Pledges", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_dry_run_then_an_import_then_the_same_import_again_into_an_empty_database()
    {
        var file = File("pledges.csv", Header,
            "cli-1,Welcome desks,imrf-2026,villa-co,Villa,city,CO,3",
            "cli-2,Language classes,imrf-2026,villa-co,Villa,city,CO,5");

        var dry = await RunAsync(file, "--dry-run");
        dry.ExitCode.ShouldBe(0, dry.StdErr);
        dry.StdOut.ShouldContain("import: pledges.csv: dry run, 2 rows: 2 new, 0 changed, 0 unchanged pledges, 1 organizations to create; nothing was saved.");
        (await PledgesAsync()).ShouldBe(0);

        var import = await RunAsync(file);
        import.ExitCode.ShouldBe(0, import.StdErr);
        import.StdOut.ShouldContain("import: checking 100% (2 rows)");
        import.StdOut.ShouldContain("import: pledges.csv: 2 rows: 2 pledges created, 0 updated, 0 unchanged, 1 organizations created.");
        (await PledgesAsync()).ShouldBe(2);

        var again = await RunAsync(file);
        again.ExitCode.ShouldBe(0, again.StdErr);
        again.StdOut.ShouldContain("2 rows: 0 pledges created, 0 updated, 2 unchanged, 0 organizations created.");
        (await PledgesAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task A_file_with_errors_prints_one_line_per_problem_exits_2_and_saves_nothing()
    {
        var file = File("pledges.csv", Header,
            "cli-1,Welcome desks,imrf-2026,villa-co,Villa,city,CO,3",
            "cli-2,=SUM(A1),imrf-2026,villa-co,Villa,city,CO,9");

        var outcome = await RunAsync(file);

        outcome.ExitCode.ShouldBe(2);
        var lines = outcome.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldBe([
            "row 3, column 'title': This cell holds a formula (=SUM(A1)): import values only. To keep text that starts with =, put an apostrophe before it.",
            "row 3, column 'priorities': '9' is not a valid choice: use one of 1–8.",
            "import: 2 problems in pledges.csv; nothing was saved.",
        ]);
        (await PledgesAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Without_a_file_it_is_a_usage_error_and_a_missing_file_is_named()
    {
        var none = await RunAsync("--dry-run");
        none.ExitCode.ShouldBe(64);
        none.StdErr.ShouldStartWith("import: no file given. Usage: import FILE [--dry-run]");

        var missing = await RunAsync(Path.Combine(_folder, "nowhere.csv"));
        missing.ExitCode.ShouldBe(2);
        missing.StdErr.Trim().ShouldBe($"import: the file '{Path.Combine(_folder, "nowhere.csv")}' does not exist.");

        var twice = await RunAsync("a.csv", "b.csv");
        twice.ExitCode.ShouldBe(64);
    }
}
