using System.Collections.Concurrent;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// The page's imports, run in the background so a large file neither holds a request open nor times out. Jobs live in this
/// process (the page that polls one must reach the instance that runs it) and are forgotten, with their file, after
/// <see cref="Kept"/>; the API and the command line run imports in the request instead.
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<ImportJobs> logger)
{
    public static readonly TimeSpan Kept = TimeSpan.FromHours(2);

    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();

    /// <summary>Takes the upload's file over and starts its dry run.</summary>
    public ImportJob Start(ImportUpload upload, string ownerId, string actor)
    {
        Forget();
        upload.DeleteOnDispose = false;
        var job = new ImportJob(ownerId, actor, upload.FileName, upload.Path, clock.GetUtcNow().UtcDateTime);
        _jobs[job.Id] = job;
        Run(job, dryRun: true);
        return job;
    }

    /// <summary>The job, for the person who started it only.</summary>
    public ImportJob? Find(Guid id, string ownerId) => _jobs.TryGetValue(id, out var job) && job.OwnerId == ownerId ? job : null;

    /// <summary>Imports a checked, clean job's file; false when the job is not ready for it.</summary>
    public bool Import(ImportJob job)
    {
        if (!job.TryStartImport()) return false;
        Run(job, dryRun: false);
        return true;
    }

    private void Run(ImportJob job, bool dryRun)
    {
        // The request's culture flows into the task, so messages are in the uploader's language.
        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var import = scope.ServiceProvider.GetRequiredService<PledgeImport>();
                await using var content = new FileStream(job.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                var report = await import.RunAsync(job.FileName, content, dryRun, job.Actor, limitSize: true, p => job.Progress = p, lifetime.ApplicationStopping);
                job.Finish(report);
                if (!dryRun && report.Committed) Delete(job);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Import of {File} failed", job.FileName);
                var l = scopes.CreateScope().ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
                job.Fail(l["The import stopped because of a problem on the server; nothing was saved. Try again later."]);
                Delete(job);
            }
        }, CancellationToken.None);
    }

    /// <summary>Jobs older than <see cref="Kept"/>, and files a restart left behind.</summary>
    private void Forget()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Kept;
        foreach (var job in _jobs.Values.Where(j => j.CreatedAt < cutoff && !j.IsRunning))
        {
            if (_jobs.TryRemove(job.Id, out _)) Delete(job);
        }
        if (!Directory.Exists(ImportUpload.Folder)) return;
        var kept = _jobs.Values.Select(j => j.Path).ToHashSet();
        foreach (var file in Directory.EnumerateFiles(ImportUpload.Folder, "*.upload").Where(f => !kept.Contains(f) && File.GetLastWriteTimeUtc(f) < cutoff))
        {
            try { File.Delete(file); } catch (IOException) { }
        }
    }

    private static void Delete(ImportJob job)
    {
        try { File.Delete(job.Path); } catch (IOException) { }
    }
}
