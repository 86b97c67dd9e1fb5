using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Data;

/// <summary>Chooses the provider from configuration and registers the DbContext and its health check.</summary>
public static class DatabaseRegistration
{
    public static DatabaseSettings AddLocalActionDatabase(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddDbContext<LocalActionDbContext>(options => Configure(options, settings));
        builder.Services.AddHealthChecks().AddDbContextCheck<LocalActionDbContext>("database", tags: ["ready"]);
        return settings;
    }

    public static void Configure(DbContextOptionsBuilder options, DatabaseSettings settings)
    {
        _ = settings.Provider switch
        {
            // Split queries: a pledge loads many small collections; one joined query would multiply their rows.
            DatabaseProvider.Sqlite => options.UseSqlite(settings.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            DatabaseProvider.Postgres => options.UseNpgsql(settings.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            _ => throw new InvalidOperationException($"Unknown provider {settings.Provider}"),
        };
    }
}
