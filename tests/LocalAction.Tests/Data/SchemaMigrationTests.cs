using LocalAction.Tests.Infrastructure;
using LocalAction.Web;
using LocalAction.Web.Data;
using LocalAction.Web.Data.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LocalAction.Tests.Data;

/// <summary>The hand-written SQL migrations produce exactly the schema of the EF model, on both providers.</summary>
public sealed class SchemaMigrationTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrated_schema_matches_the_EF_model(DatabaseProvider provider)
    {
        await using var migratedDb = await TestDatabase.CreateAsync(provider);
        await using var modelDb = await TestDatabase.CreateAsync(provider);

        await using var migrated = Context(migratedDb.Settings);
        await new SchemaMigrator(migrated, migratedDb.Settings, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        await using var model = Context(modelDb.Settings);
        (await model.Database.EnsureCreatedAsync()).ShouldBeTrue();

        var fromMigrations = await Snapshot(migrated, provider);
        var fromModel = await Snapshot(model, provider);
        fromMigrations.Count.ShouldBeGreaterThan(100);
        fromMigrations.Except(fromModel).ShouldBeEmpty("in the migrated schema but not in the EF model");
        fromModel.Except(fromMigrations).ShouldBeEmpty("in the EF model but missing from the migrations (write a new NNNN_*.sql)");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Migrating_twice_applies_nothing_the_second_time(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = Context(database.Settings);
        var migrator = new SchemaMigrator(db, database.Settings, NullLogger<SchemaMigrator>.Instance);
        (await migrator.MigrateAsync()).ShouldBe([.. SchemaMigrator.ScriptsFor(provider).Select(s => s.Version)]);
        (await migrator.MigrateAsync()).ShouldBeEmpty();
        (await migrator.CurrentVersionAsync()).ShouldBe(SchemaMigrator.LatestVersion(provider));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_database_newer_than_the_app_is_refused_and_left_untouched(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = Context(database.Settings);
        var migrator = new SchemaMigrator(db, database.Settings, NullLogger<SchemaMigrator>.Instance);
        await migrator.MigrateAsync();
        var future = SchemaMigrator.LatestVersion(provider) + 1;
        var insert = "INSERT INTO " + SchemaMigrator.HistoryTable + " (version, name, applied_at) VALUES ({0}, 'from_the_future', '2030-01-01')";
        await db.Database.ExecuteSqlRawAsync(insert, future);

        var error = await Should.ThrowAsync<StartupException>(() => migrator.MigrateAsync());
        error.ExitCode.ShouldBe(StartupException.SchemaTooNew);
        error.Message.ShouldContain($"schema version {future}");
        error.Message.ShouldContain("refusing to start");
        (await migrator.CurrentVersionAsync()).ShouldBe(future);
    }

    private static LocalActionDbContext Context(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<LocalActionDbContext>();
        DatabaseRegistration.Configure(options, settings);
        return new LocalActionDbContext(options.Options);
    }

    private static async Task<List<string>> Snapshot(LocalActionDbContext db, DatabaseProvider provider)
    {
        await db.Database.OpenConnectionAsync();
        try { return await SchemaSnapshot.ReadAsync(db.Database.GetDbConnection(), provider); }
        finally { await db.Database.CloseConnectionAsync(); }
    }
}
