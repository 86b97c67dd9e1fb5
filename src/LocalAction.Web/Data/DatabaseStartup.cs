using LocalAction.Web.Data.Migrations;
using LocalAction.Web.Data.Seed;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LocalAction.Web.Data;

/// <summary>
/// What happens to the database before the app serves anything: the data folder is checked, the schema migrated,
/// and an empty database seeded with the real registry. Failures become one-line <see cref="StartupException"/>s.
/// </summary>
public static class DatabaseStartup
{
    public static async Task InitializeAsync(IServiceProvider services, bool seedEmptyDatabase, CancellationToken cancellationToken = default)
    {
        await MigrateAsync(services, cancellationToken);
        if (!seedEmptyDatabase) return;
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalActionDbContext>();
        if (!await db.Pledges.AnyAsync(cancellationToken))
        {
            await scope.ServiceProvider.GetRequiredService<RegistrySeeder>().SeedAsync(cancellationToken);
        }
    }

    public static async Task<IReadOnlyList<int>> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        EnsureDataFolderWritable(settings);
        using var scope = services.CreateScope();
        var migrator = scope.ServiceProvider.GetRequiredService<SchemaMigrator>();
        try
        {
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging, stored in the file: long reads (the search index and dashboard loads) no longer hold
                // up commits, and the outbox and reminder jobs no longer collide with requests ("database is locked").
                await scope.ServiceProvider.GetRequiredService<LocalActionDbContext>().Database
                    .ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            return await migrator.MigrateAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseFailure(e) is { } failure)
        {
            throw new StartupException(
                $"Database error: cannot use {settings.Describe()} set by {DatabaseSettings.ConnectionStringSetting}: {FirstLine(failure.Message)}",
                StartupException.DatabaseUnavailable, e);
        }
    }

    /// <summary>SQLite creates its file on demand; make sure the folder exists and can be written before anything else.</summary>
    private static void EnsureDataFolderWritable(DatabaseSettings settings)
    {
        var file = settings.SqliteFilePath();
        if (file is null) return;
        var folder = Path.GetDirectoryName(file)!;
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-test-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException(
                $"Configuration error: the data folder '{folder}' (from {DatabaseSettings.ConnectionStringSetting}) cannot be written: {FirstLine(e.Message)}",
                StartupException.ConfigurationError, e);
        }
    }

    /// <summary>The provider's own error, which EF may wrap (e.g. in an InvalidOperationException for transient failures).</summary>
    private static Exception? DatabaseFailure(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException or SqliteException) return current;
        }
        return null;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
