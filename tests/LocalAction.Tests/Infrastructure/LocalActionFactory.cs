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

    /// <summary>This app's mail pickup folder (a fresh temporary folder), where the outbox dispatcher writes .eml files.</summary>
    /// <summary>The app's clock: tests move it to open and close campaigns and age pledges.</summary>
    public TestClock Clock { get; } = new();

    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "localaction-tests", "mail-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Mail:PickupFolder", MailFolder);
        // Tests of one class share one client address: the account rate limit is tested on its own (with a low limit).
        builder.UseSetting("RateLimits:AccountPerMinute", "10000");
        // The entry point's own start-up seeds an empty database unless told not to, whatever CreateHost does.
        if (!seed) builder.UseSetting("Seed:OnEmptyDatabase", "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<DatabaseSettings>();
            services.RemoveAll<DbContextOptions<LocalActionDbContext>>();
            services.RemoveAll<IDbContextOptionsConfiguration<LocalActionDbContext>>();
            services.AddSingleton(Settings);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddDbContext<LocalActionDbContext>(options => DatabaseRegistration.Configure(options, Settings));
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        DatabaseStartup.InitializeAsync(host.Services, seed).GetAwaiter().GetResult();
        return host;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { if (Directory.Exists(MailFolder)) Directory.Delete(MailFolder, recursive: true); } catch (IOException) { }
    }

    /// <summary>A scoped DbContext for assertions straight against the database.</summary>
    public AsyncServiceScopeWithContext CreateDbScope()
    {
        var scope = Services.CreateAsyncScope();
        return new AsyncServiceScopeWithContext(scope, scope.ServiceProvider.GetRequiredService<LocalActionDbContext>());
    }
}
