using Microsoft.Data.Sqlite;
using Npgsql;

namespace LocalAction.Web.Data;

/// <summary>The validated database configuration (<c>Database__Provider</c>, <c>ConnectionStrings__LocalAction</c>).</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderSetting = "Database__Provider";
    public const string ConnectionStringSetting = "ConnectionStrings__LocalAction";
    public const string DefaultSqliteConnectionString = "Data Source=data/localaction.db";

    /// <summary>Reads and checks the settings; every problem is reported naming the setting to fix.</summary>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText.Trim(), ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new StartupException(
                $"Configuration error: {ProviderSetting} is '{providerText}', which is not a supported database; use 'Sqlite' or 'Postgres'.",
                StartupException.ConfigurationError);
        }

        var connectionString = configuration.GetConnectionString("LocalAction");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new StartupException(
                    $"Configuration error: {ConnectionStringSetting} must be set when {ProviderSetting} is 'Postgres' (e.g. Host=127.0.0.1;Database=localaction;Username=...;Password=...).",
                    StartupException.ConfigurationError);
            }
            connectionString = DefaultSqliteConnectionString;
        }

        try
        {
            // Parsing here turns a malformed string into a clear message instead of a failure on first query.
            _ = provider == DatabaseProvider.Sqlite
                ? new SqliteConnectionStringBuilder(connectionString).ConnectionString
                : new NpgsqlConnectionStringBuilder(connectionString).ConnectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new StartupException(
                $"Configuration error: {ConnectionStringSetting} is not a valid {provider} connection string ({e.Message}).",
                StartupException.ConfigurationError, e);
        }

        return new DatabaseSettings(provider, connectionString);
    }

    /// <summary>Where a SQLite database lives: null for in-memory databases.</summary>
    public string? SqliteFilePath()
    {
        if (Provider != DatabaseProvider.Sqlite) return null;
        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        var source = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(source) || source == ":memory:") return null;
        return Path.GetFullPath(source);
    }

    /// <summary>A description safe to print: never includes a password.</summary>
    public string Describe() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite ({SqliteFilePath() ?? "in memory"})"
        : DescribePostgres(ConnectionString);

    private static string DescribePostgres(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL ({b.Host}:{b.Port}, database {b.Database})";
    }
}
