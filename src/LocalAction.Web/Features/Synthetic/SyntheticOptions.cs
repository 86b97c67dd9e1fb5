using System.Globalization;
using LocalAction.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LocalAction.Web.Features.Synthetic;

/// <summary>
/// The arguments of the <c>synthetic</c> verb. The target comes only from <c>--database</c>, never from the configured
/// connection string, so load-test records cannot end up in the real registry by accident.
/// </summary>
public sealed record SyntheticOptions(int Pledges, int Organizations, int Seed, DatabaseSettings Target)
{
    public const int MaxPledges = 5_000_000;
    public const int MinPledgesPerOrganization = 1;
    public const int MaxPledgesPerOrganization = 6;
    public const int DefaultSeed = 42;

    public const string Usage =
        "Usage: LocalAction.Web synthetic --pledges N --database <SQLite file path | PostgreSQL connection string with Host=...> [--organizations N] [--seed N]";

    private static readonly string[] Known = ["--pledges", "--database", "--organizations", "--seed"];

    /// <summary>Reads and checks the verb's arguments; every problem is one line naming the option (exit code 64).</summary>
    public static SyntheticOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw Refuse($"unexpected argument '{arg}'. {Usage}");
            }
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = (equals < 0 ? arg : arg[..equals]).ToLowerInvariant();
            if (!Known.Contains(name))
            {
                throw Refuse($"unknown option '{(equals < 0 ? arg : arg[..equals])}'. {Usage}");
            }
            string value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !Known.Contains(args[i + 1].ToLowerInvariant()))
            {
                value = args[++i];
            }
            else
            {
                throw Refuse($"{name} needs a value. {Usage}");
            }
            if (!values.TryAdd(name, value))
            {
                throw Refuse($"{name} is given more than once.");
            }
        }

        if (!values.TryGetValue("--database", out var database) || string.IsNullOrWhiteSpace(database))
        {
            throw Refuse("--database is required: the SQLite file or PostgreSQL connection string (Host=...) to fill; the configured ConnectionStrings__LocalAction is never used by this command.");
        }
        if (!values.TryGetValue("--pledges", out var pledgesText))
        {
            throw Refuse($"--pledges is required: how many synthetic pledges to generate (a whole number from 1 to {MaxPledges}).");
        }
        var pledges = WholeNumber("--pledges", pledgesText, 1, MaxPledges);

        // Every organization gets 1 to 6 pledges, which bounds how many organizations a given number of pledges can have.
        var fewestOrganizations = (pledges + MaxPledgesPerOrganization - 1) / MaxPledgesPerOrganization;
        var organizations = values.TryGetValue("--organizations", out var organizationsText)
            ? WholeNumber("--organizations", organizationsText, fewestOrganizations, pledges, " (each organization gets 1 to 6 pledges)")
            : Math.Max(fewestOrganizations, pledges / 4);
        var seed = values.TryGetValue("--seed", out var seedText) ? WholeNumber("--seed", seedText, 0, int.MaxValue) : DefaultSeed;

        return new SyntheticOptions(pledges, organizations, seed, ParseTarget(database.Trim()));
    }

    private static DatabaseSettings ParseTarget(string database)
    {
        if (database.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return new DatabaseSettings(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(database).ConnectionString);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
            {
                // The provider's message names the bad keyword, never the password.
                throw Refuse($"--database is not a valid PostgreSQL connection string ({e.Message.Split('\n', 2)[0].Trim()}).");
            }
        }
        var path = Path.GetFullPath(database);
        if (Directory.Exists(path))
        {
            throw Refuse($"--database '{database}' is a folder; give the path of a SQLite file to create or fill.");
        }
        return new DatabaseSettings(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ConnectionString);
    }

    private static int WholeNumber(string option, string text, int min, int max, string why = "")
    {
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Refuse($"{option} is '{text}'; it must be a whole number from {min} to {max}{why}.");
        }
        return value;
    }

    private static StartupException Refuse(string message) => new($"synthetic: {message}", StartupException.UsageError);
}
