using System.Diagnostics;
using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Data.Migrations;
using LocalAction.Web.Data.Seed;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LocalAction.Web.Features.Synthetic;

/// <summary>
/// The <c>synthetic</c> verb: fills a separate database (named by <c>--database</c> only) with generated pledges for
/// benchmarks. A database holding any real pledge is refused before anything is written; a synthetic one gets more
/// synthetic pledges appended with new ids.
/// </summary>
public static class SyntheticCommand
{
    /// <summary>The schema version that added <c>IsSynthetic</c>: before it, every pledge is a real one.</summary>
    private const int SyntheticMarksVersion = 2;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = SyntheticOptions.Parse(args);
        var target = options.Target;
        var clock = services.GetRequiredService<TimeProvider>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var stopwatch = Stopwatch.StartNew();

        // Built by hand rather than from the DI container, which is bound to the configured (real) database.
        var contextOptions = new DbContextOptionsBuilder<LocalActionDbContext>();
        DatabaseRegistration.Configure(contextOptions, target);
        await using var db = new LocalActionDbContext(contextOptions.Options);
        var migrator = new SchemaMigrator(db, target, loggers.CreateLogger<SchemaMigrator>());

        try
        {
            var real = await CountRealPledgesAsync(db, target, migrator, cancellationToken);
            if (real > 0)
            {
                throw new StartupException(
                    $"synthetic: refusing to write into {target.Describe()}: it holds {real} real (non-synthetic) pledge(s). Give --database a new SQLite file or an empty database.",
                    StartupException.ConfigurationError);
            }
            CreateSqliteFolder(target);
            await migrator.MigrateAsync(cancellationToken);
            await new RegistrySeeder(db, clock, loggers.CreateLogger<RegistrySeeder>()).SeedReferenceDataAsync(cancellationToken);
            db.ChangeTracker.Clear();

            var reference = await SyntheticReferenceData.LoadAsync(db, cancellationToken);
            var existingSynthetic = await db.Pledges.CountAsync(p => p.IsSynthetic, cancellationToken);
            var lastOrganizationNumber = NumberAfter(await db.Organizations
                .Where(o => o.IsSynthetic && o.Slug.StartsWith(SyntheticRegistryGenerator.SlugPrefix))
                .Select(o => (string?)o.Slug).MaxAsync(cancellationToken), SyntheticRegistryGenerator.SlugPrefix);
            var lastPledgeNumbers = new Dictionary<int, int>();
            foreach (var round in reference.Rounds)
            {
                var prefix = string.Create(CultureInfo.InvariantCulture, $"{SyntheticRegistryGenerator.PublicIdPrefix}{round.Year}-");
                lastPledgeNumbers[round.Id] = NumberAfter(await db.Pledges
                    .Where(p => p.IsSynthetic && p.PublicId.StartsWith(prefix))
                    .Select(p => (string?)p.PublicId).MaxAsync(cancellationToken), prefix);
            }
            // Zero-padded numbers keep ids sortable and let the next run find the last one with MAX(); past 7 digits they would not.
            if (lastPledgeNumbers.Values.Max() + options.Pledges > SyntheticRegistryGenerator.MaxNumber
                || lastOrganizationNumber + options.Organizations > SyntheticRegistryGenerator.MaxNumber)
            {
                throw new StartupException(
                    $"synthetic: {target.Describe()} already holds {existingSynthetic} synthetic pledges; adding {options.Pledges} more could pass the {SyntheticRegistryGenerator.MaxNumber} that the 7-digit ids allow. Use a new database.",
                    StartupException.UsageError);
            }

            output.WriteLine(existingSynthetic == 0
                ? $"synthetic: generating {options.Pledges} pledges and {options.Organizations} organizations into {target.Describe()} (seed {options.Seed})."
                : $"synthetic: {target.Describe()} already holds {existingSynthetic} synthetic pledges; appending {options.Pledges} more and {options.Organizations} new organizations, with new ids (seed {options.Seed}).");

            var generator = new SyntheticRegistryGenerator(options, reference, lastOrganizationNumber, lastPledgeNumbers, clock.GetUtcNow().UtcDateTime);
            var counts = await new SyntheticRegistryWriter(db, options, generator, output, stopwatch).WriteAsync(cancellationToken);

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"synthetic: done: {counts.Pledges} pledges, {counts.Organizations} organizations, {counts.Updates} updates, {counts.Revisions} revisions added to {target.Describe()} in {stopwatch.Elapsed.TotalSeconds:0.0} s ({existingSynthetic + counts.Pledges} synthetic pledges in total)."));
            return 0;
        }
        catch (Exception e) when (DatabaseFailure(e) is { } failure)
        {
            throw new StartupException(
                $"synthetic: cannot use {target.Describe()} given by --database: {failure.Message.Split('\n', 2)[0].Trim()}",
                StartupException.DatabaseUnavailable, e);
        }
    }

    private static void CreateSqliteFolder(DatabaseSettings target)
    {
        if (target.SqliteFilePath() is not { } file) return;
        var folder = Path.GetDirectoryName(file)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException(
                $"synthetic: the folder '{folder}' of --database cannot be created: {e.Message.Split('\n', 2)[0].Trim()}", StartupException.ConfigurationError, e);
        }
    }

    /// <summary>Pledges that are not synthetic; reads only, and creates no SQLite file.</summary>
    private static async Task<int> CountRealPledgesAsync(LocalActionDbContext db, DatabaseSettings target, SchemaMigrator migrator, CancellationToken cancellationToken)
    {
        if (target.SqliteFilePath() is { } file && !File.Exists(file)) return 0;
        var version = await migrator.CurrentVersionAsync(cancellationToken);
        if (version == 0) return 0;
        return version < SyntheticMarksVersion
            ? await db.Pledges.CountAsync(cancellationToken)
            : await db.Pledges.CountAsync(p => !p.IsSynthetic, cancellationToken);
    }

    /// <summary>The number in "SYN-2022-0000042" or "syn-0000042-bogota-co" after its prefix; 0 when there is none.</summary>
    private static int NumberAfter(string? value, string prefix)
    {
        if (value is null) return 0;
        var digits = value[prefix.Length..].TakeWhile(char.IsAsciiDigit).ToArray();
        return digits.Length == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture);
    }

    private static Exception? DatabaseFailure(Exception e)
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
        {
            if (current is StartupException) return null;
            if (current is NpgsqlException or SqliteException) return current;
        }
        return null;
    }
}
