using LocalAction.Web.Data;
using LocalAction.Web.Data.Seed;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Exports;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Cli;

/// <summary>Runs a parsed <see cref="HostCommand"/> against the built app.</summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(HostCommand command, WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        switch (command.Verb)
        {
            case HostCommand.Migrate:
            {
                var applied = await DatabaseStartup.MigrateAsync(app.Services);
                Console.WriteLine(applied.Count == 0
                    ? $"{settings.Describe()}: schema is up to date."
                    : $"{settings.Describe()}: applied schema migration(s) {string.Join(", ", applied)}.");
                return 0;
            }
            case HostCommand.Seed:
            {
                await DatabaseStartup.MigrateAsync(app.Services);
                using var scope = app.Services.CreateScope();
                var result = await scope.ServiceProvider.GetRequiredService<RegistrySeeder>().SeedAsync();
                Console.WriteLine($"{settings.Describe()}: {result}");
                return 0;
            }
            case HostCommand.SchemaScript:
            {
                using var scope = app.Services.CreateScope();
                Console.WriteLine(scope.ServiceProvider.GetRequiredService<LocalActionDbContext>().Database.GenerateCreateScript());
                return 0;
            }
            case HostCommand.CreateAdmin:
                return await CreateAdminCommand.RunAsync(command.HostArgs, app.Services, Console.In, Console.Out, Console.Error);
            case HostCommand.Export:
                return await ExportCommand.RunAsync(command.HostArgs, app.Services, Console.Out);
            case HostCommand.Import:
                return await Features.Imports.ImportCommand.RunAsync(command.HostArgs, app.Services, Console.Out, Console.Error);
            case HostCommand.Synthetic:
                return await SyntheticCommand.RunAsync(command.HostArgs, app.Services, Console.Out);
            default:
                await DatabaseStartup.InitializeAsync(app.Services, app.Configuration.GetValue("Seed:OnEmptyDatabase", true));
                // Build the search index while the server starts, so the first reader does not wait for it.
                _ = app.Services.GetRequiredService<SearchIndex>().GetAsync();
                await app.RunAsync();
                return 0;
        }
    }
}
