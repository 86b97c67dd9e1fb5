using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Data.Seed;
using LocalAction.Web.Features.Imports.Files;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// <c>import FILE [--dry-run]</c>: the pledge import on the configured database, without the upload limit. Migrates and adds
/// the taxonomies and rounds when missing (an empty database can be filled from an export), never the seeded registry.
/// Exit 0 imported (or a clean dry run), 2 refused (each problem on stderr as "row R, column C: message"; nothing saved),
/// 64 usage.
/// </summary>
public static class ImportCommand
{
    public const string DryRunOption = "--dry-run";
    public const string Usage = "Usage: import FILE [--dry-run] [--Setting=value]: FILE is a .csv or .xlsx file laid out like the pledge export.";

    /// <summary>The file, the flag, and what is left for configuration; an error when the arguments cannot be read.</summary>
    public static (string? File, bool DryRun, string[] Configuration, string? Error) Parse(string[] args)
    {
        string? file = null;
        var dryRun = false;
        var configuration = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.Equals(DryRunOption, StringComparison.OrdinalIgnoreCase)) { dryRun = true; continue; }
            if (arg.StartsWith('-'))
            {
                configuration.Add(arg);
                // "--Setting value": the value belongs to the setting, not a file name.
                if (!arg.Contains('=') && i + 1 < args.Length && !args[i + 1].StartsWith('-')) configuration.Add(args[++i]);
                continue;
            }
            if (file is not null) return (null, dryRun, [], $"import: one file at a time ('{file}' and '{arg}' were given). {Usage}");
            file = arg;
        }
        return file is null ? (null, dryRun, [.. configuration], $"import: no file given. {Usage}") : (file, dryRun, [.. configuration], null);
    }

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        var (path, dryRun, _, error) = Parse(args);
        if (error is not null)
        {
            await stderr.WriteLineAsync(error);
            return StartupException.UsageError;
        }
        if (!File.Exists(path))
        {
            await stderr.WriteLineAsync($"import: the file '{path}' does not exist.");
            return StartupException.ConfigurationError;
        }

        await DatabaseStartup.MigrateAsync(services, ct);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistrySeeder>().SeedReferenceDataAsync(ct);
        var import = scope.ServiceProvider.GetRequiredService<PledgeImport>();
        await using var content = new FileStream(path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var reported = (Phase: ImportPhase.Done, Tenth: -1, Rows: -1);
        var report = await import.RunAsync(path, content, dryRun, "cli", limitSize: false, progress: p =>
        {
            // A line every tenth of each pass, and its end: enough to see a large file move, little enough to read.
            var tenth = (int)(p.Fraction * 10);
            if (p.Phase == ImportPhase.Done || ((p.Phase, tenth) == (reported.Phase, reported.Tenth) && (tenth < 10 || p.Rows == reported.Rows))) return;
            reported = (p.Phase, tenth, p.Rows);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"import: {(p.Phase == ImportPhase.Checking ? "checking" : "importing")} {tenth * 10}% ({p.Rows} rows)"));
        }, ct);

        if (report.FileError is { } refused)
        {
            await stderr.WriteLineAsync($"import: {refused.Message}");
            return StartupException.ConfigurationError;
        }
        if (report.ErrorCount > 0)
        {
            foreach (var e in report.Errors) await stderr.WriteLineAsync(Line(e));
            var more = report.ErrorCount - report.Errors.Count;
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"import: {report.ErrorCount} problems in {report.FileName}{(more > 0 ? $" ({more} not listed)" : "")}; nothing was saved."));
            return StartupException.ConfigurationError;
        }
        await stdout.WriteLineAsync(dryRun
            ? string.Create(CultureInfo.InvariantCulture, $"import: {report.FileName}: dry run, {report.Rows} rows: {report.Created} new, {report.Updated} changed, {report.Unchanged} unchanged pledges, {report.OrganizationsCreated} organizations to create; nothing was saved.")
            : string.Create(CultureInfo.InvariantCulture, $"import: {report.FileName}: {report.Rows} rows: {report.Created} pledges created, {report.Updated} updated, {report.Unchanged} unchanged, {report.OrganizationsCreated} organizations created."));
        return 0;
    }

    /// <summary>One problem on one line: "row 12, column 'Titre': …".</summary>
    public static string Line(PledgeImportError e) =>
        string.Create(CultureInfo.InvariantCulture, $"row {e.Row}, column '{e.Column}': {e.Message.ReplaceLineEndings(" ")}");
}
