using LocalAction.Tests.Exports;
using LocalAction.Web.Features.Exports;
using Microsoft.Data.Sqlite;

namespace LocalAction.Tests.Startup;

/// <summary>A seeded SQLite registry made once by the real executable's seed verb, for the export verb's tests.</summary>
public sealed class SeededSqliteFile : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "localaction-tests", "export-" + Guid.NewGuid().ToString("N"));
    public Dictionary<string, string> Environment => new() { ["ConnectionStrings__LocalAction"] = $"Data Source={Path.Combine(Folder, "registry.db")}" };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var seeded = await AppProcess.RunAsync(Environment, "seed");
        seeded.ExitCode.ShouldBe(0, seeded.StdErr);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

/// <summary>The export verb of the real executable: the API's files, written whole or not at all, with the verbs' exit codes.</summary>
public sealed class ExportCommandTests(SeededSqliteFile registry) : IClassFixture<SeededSqliteFile>
{
    [Fact]
    public async Task The_whole_registry_and_a_filtered_list_are_written_as_files()
    {
        var all = Path.Combine(registry.Folder, "all.csv");
        var outcome = await AppProcess.RunAsync(registry.Environment, "export", "--format", "csv", "--out", all);
        outcome.ExitCode.ShouldBe(0, outcome.StdErr);
        outcome.StdOut.ShouldContain($"export: 124 pledges written to {all} (csv, en)");
        var rows = ExportFiles.Csv(await File.ReadAllBytesAsync(all));
        rows.Count.ShouldBe(125);
        rows[0].ShouldBe(PledgeColumns.All.Select(c => c.HeaderEn));

        var filtered = Path.Combine(registry.Folder, "grf.xlsx");
        outcome = await AppProcess.RunAsync(registry.Environment, "export", "--format=xlsx", "--out", filtered, "--round", "grf-2023", "--lang", "fr", "--sort", "title");
        outcome.ExitCode.ShouldBe(0, outcome.StdErr);
        var sheets = ExportFiles.Xlsx(await File.ReadAllBytesAsync(filtered));
        sheets["Pledges"].Count.ShouldBe(55);
        sheets["Pledges"][0].Select(ExportFiles.Text).ShouldBe(PledgeColumns.All.Select(c => c.HeaderFr));

        var updates = Path.Combine(registry.Folder, "updates.json");
        outcome = await AppProcess.RunAsync(registry.Environment, "export", "--format", "json", "--part", "updates", "--out", updates, "--compact", "gcr,mirror");
        outcome.ExitCode.ShouldBe(0, outcome.StdErr);
        outcome.StdOut.ShouldContain(" updates written to ");
        System.Text.Json.JsonDocument.Parse(await File.ReadAllBytesAsync(updates)).RootElement.GetArrayLength().ShouldBeGreaterThan(0);
        Directory.GetFiles(registry.Folder, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    public static TheoryData<string[], string> BadUsage => new()
    {
        { ["export", "--out", "x.csv"], "--format is required" },
        { ["export", "--format", "csv"], "--out is required" },
        { ["export", "--format", "csv", "--out", "x.csv", "--colour", "red"], "unknown option '--colour'" },
        { ["export", "--format", "pdf", "--out", "x.csv"], "--format: Unknown format 'pdf'" },
        { ["export", "--format", "csv", "--out", "x.csv", "--round", "imrf-1999"], "--round: Unknown round value(s): 'imrf-1999'" },
        { ["export", "--format", "xlsx", "--part", "updates", "--out", "x.xlsx"], "--part: format=xlsx has no separate updates part" },
        { ["export", "--format", "csv", "--out"], "--out needs a value" },
    };

    [Theory]
    [MemberData(nameof(BadUsage))]
    public async Task Bad_usage_is_refused_in_one_line_with_exit_64_and_no_file(string[] args, string expected)
    {
        var folder = Path.Combine(registry.Folder, "usage-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var outcome = await AppProcess.RunAsync(registry.Environment, args.Select(a => a.EndsWith(".csv") || a.EndsWith(".xlsx") ? Path.Combine(folder, a) : a).ToArray());
        outcome.ExitCode.ShouldBe(64, outcome.StdErr);
        outcome.StdErr.Trim().ShouldStartWith("export: ");
        outcome.StdErr.ShouldContain(expected);
        outcome.StdErr.Trim().Split('\n').Length.ShouldBe(1);
        Directory.GetFiles(folder).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_folder_given_as_the_file_is_bad_usage()
    {
        var outcome = await AppProcess.RunAsync(registry.Environment, "export", "--format", "csv", "--out", registry.Folder);
        outcome.ExitCode.ShouldBe(64);
        outcome.StdErr.ShouldContain("is a folder");
    }

    [Theory]
    [InlineData("/proc/localaction-export.csv")]
    [InlineData("/nonexistent-folder/localaction-export.csv")]
    public async Task A_path_that_cannot_be_written_is_a_configuration_error_and_leaves_no_file(string path)
    {
        var outcome = await AppProcess.RunAsync(registry.Environment, "export", "--format", "csv", "--out", path);
        outcome.ExitCode.ShouldBe(2, outcome.StdErr);
        outcome.StdErr.ShouldContain("cannot be written");
        outcome.StdErr.Trim().Split('\n').Length.ShouldBe(1);
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public async Task A_failed_export_leaves_the_previous_file_as_it_was()
    {
        var target = Path.Combine(registry.Folder, "keep.csv");
        await File.WriteAllTextAsync(target, "previous export");
        var outcome = await AppProcess.RunAsync(registry.Environment, "export", "--format", "csv", "--out", target, "--country", "ZZ-nowhere");
        outcome.ExitCode.ShouldBe(64);
        (await File.ReadAllTextAsync(target)).ShouldBe("previous export");
        Directory.GetFiles(registry.Folder, "*.tmp").ShouldBeEmpty();
    }
}
