using System.Diagnostics;
using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Search;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// The <c>export</c> verb: the same file as <c>GET /api/v1/exports/pledges</c>, from the configured database, written to
/// a temporary file beside the target and moved into place only once complete, so a failed export never leaves half a
/// file (nor replaces a good one).
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken ct = default)
    {
        var options = ExportOptions.Parse(args);
        var target = Path.GetFullPath(options.OutputPath);
        if (Directory.Exists(target))
            throw new StartupException($"export: --out '{options.OutputPath}' is a folder; give the path of the file to write.", StartupException.UsageError);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
            throw new StartupException($"export: --out '{options.OutputPath}' cannot be written: the folder '{folder}' does not exist.", StartupException.ConfigurationError);

        var stopwatch = Stopwatch.StartNew();
        await DatabaseStartup.MigrateAsync(services, ct);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalActionDbContext>();
        // Everything in the default order comes straight from the database; a text, a filter or another sort needs a search
        // snapshot, built here with its word index only when there is a text to look for.
        var everything = ExportRequest.SelectsEverything(options.Query);
        var snapshot = everything ? null : await SearchSnapshotBuilder.BuildAsync(db, DateTime.UtcNow, ct, withText: options.Query.ContainsKey("q"));
        var facets = snapshot?.Facets ?? await SearchSnapshotBuilder.LoadFacetsAsync(db, ct);
        db.ChangeTracker.Clear();
        var (request, errors) = ExportRequest.Parse(options.Query, facets);
        if (request is null)
        {
            var first = errors.First();
            throw new StartupException($"export: --{first.Key}: {first.Value[0]}", StartupException.UsageError);
        }
        var selection = snapshot is null
            ? await ExportSelection.AllNewestFirstAsync(db, ct)
            : PledgeSearch.AllMatches(snapshot, request.Filter).Select(p => p.Id);

        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            int rows;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                var export = scope.ServiceProvider.GetRequiredService<PledgeExport>();
                var urlBase = ExportsApi.UrlBase(scope.ServiceProvider.GetRequiredService<IConfiguration>(), request: null);
                rows = await export.WriteAsync(request, selection, file, urlBase, ct);
            }
            File.Move(temporary, target, overwrite: true);
            var what = request.Format == ExportFormat.Iati ? "pledges selected" : request.Part == ExportPart.Updates ? "updates" : "pledges";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"export: {rows} {what} written to {target} ({request.Format.Code}, {request.Language}) in {stopwatch.Elapsed.TotalSeconds:0.0} s."));
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"export: --out '{options.OutputPath}' cannot be written: {e.Message.Split('\n', 2)[0].Trim()}", StartupException.ConfigurationError, e);
        }
        catch (System.Data.Common.DbException e)
        {
            // The database went away or failed half-way: no file, and the verbs' exit code for it.
            throw new StartupException($"export: reading the database failed: {e.Message.Split('\n', 2)[0].Trim()}", StartupException.DatabaseUnavailable, e);
        }
        finally
        {
            try { File.Delete(temporary); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }
}
