namespace LocalAction.Web.Data;

/// <summary>The database engines LocalAction runs on: SQLite embedded by default, PostgreSQL in production.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
