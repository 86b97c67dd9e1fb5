using LocalAction.Web;
using LocalAction.Web.Cli;
using LocalAction.Web.Data;
using LocalAction.Web.Data.Migrations;
using LocalAction.Web.Data.Seed;
using LocalAction.Web.Features.Accounts;
using LocalAction.Web.Features.Dashboard;
using LocalAction.Web.Features.Exports;
using LocalAction.Web.Features.Exports.Iati;
using LocalAction.Web.Features.Forums;
using LocalAction.Web.Features.Handover;
using LocalAction.Web.Features.Health;
using LocalAction.Web.Features.Imports;
using LocalAction.Web.Features.Mail;
using LocalAction.Web.Features.Reports;
using LocalAction.Web.Features.Reminders;
using LocalAction.Web.Features.Api;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Statistics;
using LocalAction.Web.Features.Submissions;
using LocalAction.Web.Features.Translations;
using LocalAction.Web.Features.Updates;

HostCommand command;
try
{
    command = HostCommand.Parse(args);
}
catch (StartupException e)
{
    // Help is an answer (stdout); anything else is an error (stderr).
    (e.ExitCode == 0 ? Console.Out : Console.Error).WriteLine(e.Message);
    return e.ExitCode;
}

var builder = WebApplication.CreateBuilder(command.ConfigurationArgs);
if (command.Verb == HostCommand.SchemaScript)
{
    // Its output is SQL to save in a file: nothing else may be printed.
    builder.Logging.ClearProviders();
}
try
{
    builder.AddLocalActionDatabase();
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.AddScoped<SchemaMigrator>();
    builder.Services.AddScoped<RegistrySeeder>();
    builder.Services.AddScoped<HeadlineFigures>();
    builder.AddLocalActionWeb();
    builder.AddLocalActionAccounts();
    builder.Services.AddScoped<SubmissionValidator>();
    builder.Services.AddScoped<SubmissionWorkflow>();
    builder.AddLocalActionUpdates();
    builder.AddLocalActionDashboard();
    builder.AddLocalActionReports();
    builder.AddLocalActionRateLimits();
    builder.AddLocalActionMail();
    builder.AddLocalActionReminders();
    builder.AddLocalActionSearch();
    builder.AddLocalActionTranslations();
    builder.AddLocalActionApi();
    builder.AddLocalActionIatiExport();
    builder.AddLocalActionExports();
    builder.AddLocalActionHandover();
    builder.AddLocalActionForums();
    builder.AddLocalActionImports();

    var app = builder.Build();
    app.UseLocalActionWeb();
    app.MapStaticAssets();
    app.MapHealthEndpoints();
    app.MapLocalActionApi();
    app.MapPledgeImportApi();
    app.MapAccountsApi();
    app.MapUpdateAttachments();
    app.MapReports();
    app.MapDashboardCsv();
    app.MapBenchmarkEndpoints();
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
