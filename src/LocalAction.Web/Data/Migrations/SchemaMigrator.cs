using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Data.Migrations;

/// <summary>
/// Applies the versioned SQL scripts of the configured provider, in order, each in its own transaction,
/// recording them in <c>__schema_migrations</c>. EF's design-time tooling is unavailable here, so migrations
/// are plain SQL; a test proves the migrated schema matches the EF model on both providers.
/// </summary>
public sealed partial class SchemaMigrator(LocalActionDbContext db, DatabaseSettings settings, ILogger<SchemaMigrator> logger)
{
    public const string HistoryTable = "__schema_migrations";

    // Any constant works; it only has to be the same for every instance so two app instances never migrate at once.
    private const long PostgresLockKey = 7_420_260_522;

    public static IReadOnlyList<MigrationScript> ScriptsFor(DatabaseProvider provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"{typeof(SchemaMigrator).Namespace}.{provider}.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^4];
                var match = ScriptName().Match(file);
                if (!match.Success) throw new InvalidOperationException($"Migration '{n}' is not named NNNN_name.sql");
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return new MigrationScript(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
    }

    public static int LatestVersion(DatabaseProvider provider) => ScriptsFor(provider).Max(s => s.Version);

    /// <summary>Brings the schema to the latest version; refuses a database newer than this build.</summary>
    /// <returns>The versions applied now (empty when already current).</returns>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var scripts = ScriptsFor(settings.Provider);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            if (settings.Provider == DatabaseProvider.Postgres)
            {
                await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
            }
            await ExecuteAsync(connection, transaction,
                $"CREATE TABLE IF NOT EXISTS {HistoryTable} (version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at VARCHAR(40) NOT NULL)",
                cancellationToken);

            var current = await CurrentVersionAsync(connection, transaction, cancellationToken);
            var latest = scripts.Max(s => s.Version);
            if (current > latest)
            {
                throw new StartupException(
                    $"Database error: the database is at schema version {current}, newer than this LocalAction build (which knows up to version {latest}); refusing to start. Run a newer LocalAction or restore a backup taken for this version.",
                    StartupException.SchemaTooNew);
            }

            var applied = new List<int>();
            foreach (var script in scripts.Where(s => s.Version > current))
            {
                logger.LogInformation("Applying schema migration {Version} {Name}", script.Version, script.Name);
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
                await using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = $"INSERT INTO {HistoryTable} (version, name, applied_at) VALUES (@v, @n, @a)";
                AddParameter(record, "@v", script.Version);
                AddParameter(record, "@n", script.Name);
                AddParameter(record, "@a", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
                applied.Add(script.Version);
            }
            await transaction.CommitAsync(cancellationToken);
            return applied;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The schema version recorded in the database, 0 for an empty one.</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await CurrentVersionAsync(connection, null, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COALESCE(MAX(version), 0) FROM {HistoryTable}";
        try
        {
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch (DbException) when (transaction is null)
        {
            return 0; // no history table yet
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+)$")]
    private static partial Regex ScriptName();
}
