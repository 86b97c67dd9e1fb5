using LocalAction.Web.Data;

namespace LocalAction.Tests.Infrastructure;

/// <summary>
/// One seeded app per provider, shared by the tests of a class (xunit class fixture). Subclassed per provider so
/// every integration test class runs once on SQLite and once on PostgreSQL.
/// </summary>
public abstract class SeededApp(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    public DatabaseProvider Provider { get; } = provider;
    public LocalActionFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        Factory = new LocalActionFactory(_database.Settings);
        _ = Factory.Server; // starts the host: migrate + seed
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

/// <summary>The seeded app on SQLite.</summary>
public sealed class SqliteApp() : SeededApp(DatabaseProvider.Sqlite);

/// <summary>The seeded app on PostgreSQL.</summary>
public sealed class PostgresApp() : SeededApp(DatabaseProvider.Postgres);
