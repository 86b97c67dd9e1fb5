using LocalAction.Web;
using LocalAction.Web.Cli;
using LocalAction.Web.Data;
using LocalAction.Web.Data.Migrations;
using LocalAction.Web.Data.Seed;
using LocalAction.Web.Features.Health;
using LocalAction.Web.Features.Statistics;

HostCommand command;
try
{
    command = HostCommand.Parse(args);
}
catch (StartupException e)
{
    Console.Error.WriteLine(e.Message);
    return e.ExitCode;
}

var builder = WebApplication.CreateBuilder(command.HostArgs);
if (command.Verb != HostCommand.Serve)
{
    // A verb's output (e.g. schema-script's SQL) goes to stdout; its logs go to stderr.
    builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
}
try
{
    builder.AddLocalActionDatabase();
    builder.Services.AddScoped<SchemaMigrator>();
    builder.Services.AddScoped<RegistrySeeder>();
    builder.Services.AddScoped<HeadlineFigures>();
    builder.AddLocalActionWeb();

    var app = builder.Build();
    app.UseLocalActionWeb();
    app.MapHealthEndpoints();
    app.MapStatisticsApi();
    app.MapRazorPages().WithStaticAssets();

    return await CommandRunner.RunAsync(command, app);
}
catch (StartupException e)
{
    Console.Error.WriteLine(e.Message);
    return e.ExitCode;
}

/// <summary>Entry point, visible to the integration tests.</summary>
public partial class Program;
