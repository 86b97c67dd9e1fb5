using LocalAction.Tests.Infrastructure;
using LocalAction.Web;
using LocalAction.Web.Data;
using LocalAction.Web.Data.Migrations;

namespace LocalAction.Tests.Startup;

/// <summary>Bad configuration ends the real executable with one clear line naming the setting, and a non-zero exit code.</summary>
public sealed class StartupConfigurationTests
{
    [Fact]
    public async Task An_unknown_provider_is_named_with_the_setting_to_fix()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string> { ["Database__Provider"] = "Oracle" }, "migrate");
        outcome.ExitCode.ShouldBe(StartupException.ConfigurationError);
        OneLine(outcome.StdErr).ShouldBe("Configuration error: Database__Provider is 'Oracle', which is not a supported database; use 'Sqlite' or 'Postgres'.");
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_is_reported_with_the_connection_setting()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__LocalAction"] = "Host=127.0.0.1;Port=1;Database=nowhere;Username=u;Password=secret-password;Timeout=3",
        });
        outcome.ExitCode.ShouldBe(StartupException.DatabaseUnavailable);
        var line = OneLine(outcome.StdErr);
        line.ShouldStartWith("Database error: cannot use PostgreSQL (127.0.0.1:1, database nowhere) set by ConnectionStrings__LocalAction:");
        line.ShouldNotContain("secret-password");
    }

    [Fact]
    public async Task Postgres_without_a_connection_string_is_refused()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string> { ["Database__Provider"] = "Postgres", ["ConnectionStrings__LocalAction"] = "" });
        outcome.ExitCode.ShouldBe(StartupException.ConfigurationError);
        OneLine(outcome.StdErr).ShouldStartWith("Configuration error: ConnectionStrings__LocalAction must be set when Database__Provider is 'Postgres'");
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_written_is_named()
    {
        // A regular file where the folder should be: no user, not even root, can create the folder.
        var blocker = Path.Combine(Path.GetTempPath(), $"localaction-blocker-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "not a folder");
        try
        {
            var outcome = await AppProcess.RunAsync(new Dictionary<string, string> { ["ConnectionStrings__LocalAction"] = $"Data Source={blocker}/data/localaction.db" });
            outcome.ExitCode.ShouldBe(StartupException.ConfigurationError);
            OneLine(outcome.StdErr).ShouldStartWith($"Configuration error: the data folder '{blocker}/data' (from ConnectionStrings__LocalAction) cannot be written:");
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public async Task Help_lists_the_commands_and_exits_without_serving(string argument)
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>(), argument);
        outcome.ExitCode.ShouldBe(0);
        outcome.StdOut.ShouldContain("Usage: LocalAction.Web [serve|migrate|seed|schema-script|synthetic|create-admin|export]");
    }

    [Fact]
    public async Task An_unknown_command_is_refused_with_the_list_of_commands()
    {
        var outcome = await AppProcess.RunAsync(new Dictionary<string, string>(), "migrat");
        outcome.ExitCode.ShouldBe(StartupException.UsageError);
        OneLine(outcome.StdErr).ShouldStartWith("Unknown command 'migrat'. Usage: LocalAction.Web [serve|migrate|seed|schema-script|synthetic|create-admin|export]");
    }

    [Fact]
    public async Task Migrate_then_seed_twice_on_a_fresh_SQLite_file_loads_the_registry_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var env = new Dictionary<string, string> { ["ConnectionStrings__LocalAction"] = database.Settings.ConnectionString };

        var migrate = await AppProcess.RunAsync(env, "migrate");
        migrate.ExitCode.ShouldBe(0, migrate.StdErr);
        var versions = string.Join(", ", SchemaMigrator.ScriptsFor(DatabaseProvider.Sqlite).Select(s => s.Version));
        migrate.StdOut.ShouldContain($"applied schema migration(s) {versions}.");

        var seed = await AppProcess.RunAsync(env, "seed");
        seed.ExitCode.ShouldBe(0, seed.StdErr);
        seed.StdOut.ShouldContain("124 pledges");

        var again = await AppProcess.RunAsync(env, "seed");
        again.ExitCode.ShouldBe(0, again.StdErr);
        again.StdOut.ShouldContain("seed data already present; nothing added.");
    }

    [Fact]
    public async Task The_app_refuses_to_start_on_a_database_newer_than_itself()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var env = new Dictionary<string, string> { ["ConnectionStrings__LocalAction"] = database.Settings.ConnectionString };
        (await AppProcess.RunAsync(env, "migrate")).ExitCode.ShouldBe(0);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.Settings.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO {SchemaMigrator.HistoryTable} VALUES (999, 'future', '2030-01-01')";
            await command.ExecuteNonQueryAsync();
        }
        var outcome = await AppProcess.RunAsync(env, "--urls", "http://127.0.0.1:0");
        outcome.ExitCode.ShouldBe(StartupException.SchemaTooNew);
        OneLine(outcome.StdErr).ShouldStartWith("Database error: the database is at schema version 999, newer than this LocalAction build");
    }

    /// <summary>The error output must be exactly one line.</summary>
    private static string OneLine(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Length.ShouldBe(1, $"expected one line on stderr, got:\n{stderr}");
        return lines[0];
    }
}
