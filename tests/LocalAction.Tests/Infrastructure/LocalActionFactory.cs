using LocalAction.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace LocalAction.Tests.Infrastructure;

/// <summary>
/// The real app over a <see cref="TestDatabase"/>, initialized exactly as at start-up (migrate, then seed an empty database).
/// </summary>
public sealed class LocalActionFactory(DatabaseSettings settings, bool seed = true) : WebApplicationFactory<Program>
{
    public DatabaseSettings Settings { get; } = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<DatabaseSettings>();
            services.RemoveAll<DbContextOptions<LocalActionDbContext>>();
            services.RemoveAll<IDbContextOptionsConfiguration<LocalActionDbContext>>();
            services.AddSingleton(Settings);
            services.AddDbContext<LocalActionDbContext>(options => DatabaseRegistration.Configure(options, Settings));
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        DatabaseStartup.InitializeAsync(host.Services, seed).GetAwaiter().GetResult();
        return host;
    }

    /// <summary>A scoped DbContext for assertions straight against the database.</summary>
    public AsyncServiceScopeWithContext CreateDbScope()
    {
        var scope = Services.CreateAsyncScope();
        return new AsyncServiceScopeWithContext(scope, scope.ServiceProvider.GetRequiredService<LocalActionDbContext>());
    }
}
