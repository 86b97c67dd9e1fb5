using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Data.Bulk;
using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Imports.Files;
using LocalAction.Web.Features.Organizations;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Revisions;
using LocalAction.Web.Features.Search;
using LocalAction.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// Pledges from a CSV or .xlsx file laid out like the pledge export (<see cref="Exports.PledgeColumns"/>), upserted by public
/// id or external id. The file is read twice and never held whole: the check pass reads every row, checks it against the
/// registry and says what would change (a dry run stops there); the commit pass, in one transaction, reads it again with
/// the same checks and writes. Any problem in either pass, or a conflict with a change made meanwhile, saves nothing.
/// Imported pledges are published (the Secretariat's own import needs no review), and a pledge whose values the file does
/// not change is left alone: no new version, no revision, so a second import of the same file changes nothing.
/// </summary>
public sealed class PledgeImport(LocalActionDbContext db, TabularFileReader files, ImportSettings settings, SearchIndex searchIndex,
    TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int MaxErrorsListed = 10_000;

    /// <summary>Rows checked together: one query set loads the stored pledges a batch updates.</summary>
    private const int BatchSize = 500;

    /// <summary>New pledges written together through <see cref="PledgeBatchWriter"/>.</summary>
    private const int WriteBatchSize = 2_000;

    /// <summary>Rows parsed ahead of the checks, on the other core.</summary>
    private const int ReadAheadRows = 2_000;

    /// <summary>Past this many changed pledges the dashboard rereads everything rather than each one.</summary>
    private const int InvalidateByIdsUpTo = 1_000;

    /// <param name="content">Seekable; read twice for a commit.</param>
    /// <param name="limitSize">Uploads are limited to <see cref="ImportSettings.MaxUploadBytes"/>; a file given on the command line is not.</param>
    /// <param name="actor">Who imports, for the audit log (an e-mail address or "cli").</param>
    public async Task<PledgeImportReport> RunAsync(string? fileName, Stream content, bool dryRun, string actor, bool limitSize = true,
        Action<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var name = TabularFileReader.DisplayName(fileName);
        var options = new TabularReadOptions(limitSize ? settings.MaxUploadBytes : long.MaxValue, AcceptWindows1252: true, StrictCells: true);
        var (file, refusal) = files.Open(fileName, content, options, NoRows());
        if (refusal is not null) return PledgeImportReport.Refused(dryRun, name, refusal);

        var lookups = await PledgeImportLookups.LoadAsync(db, ct);
        var check = await PassAsync(file!, lookups, null, ImportPhase.Checking, progress, ct);
        if (dryRun || !check.Report.IsClean) return check.Report with { DryRun = dryRun };

        var commit = await CommitAsync(file!, check, actor, progress, ct);
        progress?.Invoke(new ImportProgress(ImportPhase.Done, 1, commit.Rows));
        return commit with { DryRun = false };
    }

    private string NoRows() => l["The file has no pledge rows: under the header row, give one row per pledge."];

    /// <summary>One commit at a time per process: two large imports would only wait for each other's write lock (SQLite) or ids.</summary>
    private static readonly SemaphoreSlim Commits = new(1, 1);

    private async Task<PledgeImportReport> CommitAsync(TabularFile file, PassResult check, string actor, Action<ImportProgress>? progress, CancellationToken ct)
    {
        await Commits.WaitAsync(ct);
        var sqlite = db.Database.IsSqlite();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // SQLite's default page cache (2 MB) is far smaller than what one transaction of 100 000 pledges touches; evicted
            // pages would be spilled and read again for every index insert. For this connection only, while it writes.
            if (sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144", ct);
            return await CommitAloneAsync(file, check, actor, progress, ct);
        }
        finally
        {
            if (sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
            Commits.Release();
        }
    }

    private async Task<PledgeImportReport> CommitAloneAsync(TabularFile file, PassResult check, string actor, Action<ImportProgress>? progress, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var lookups = await PledgeImportLookups.LoadAsync(db, ct);
            var organizations = await CreateOrganizationsAsync(check.NewOrganizations.Values, lookups, now, ct);
            // Ids published since the check pass are taken too: new ones continue after whichever is higher.
            var lastNumbers = new Dictionary<string, int>(check.LastNumbers);
            foreach (var (prefix, number) in lookups.LastNumbers) lastNumbers[prefix] = Math.Max(number, lastNumbers.GetValueOrDefault(prefix));
            var result = await PassAsync(file, lookups, new CommitState(lastNumbers, actor, now), ImportPhase.Importing, progress, ct);
            if (!result.Report.IsClean)
            {
                // The check pass found nothing, so what the commit pass finds was changed by someone meanwhile.
                await transaction.RollbackAsync(ct);
                return result.Report with { FileError = Conflict(), OrganizationsCreated = 0, Created = 0, Updated = 0 };
            }
            db.Record(now, actor, "pledge.imported", $"file:{file.Name}",
                string.Create(CultureInfo.InvariantCulture,
                    $"{result.Report.Created} created, {result.Report.Updated} updated, {result.Report.Unchanged} unchanged, {organizations} organizations created"));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            if (result.Changed.Count > 0 || organizations > 0) searchIndex.Invalidate(result.Changed.Count <= InvalidateByIdsUpTo ? result.Changed : null);
            return result.Report with { OrganizationsCreated = organizations, Committed = true };
        }
        catch (DbUpdateException)
        {
            // A unique id taken, or a pledge changed (its version), by someone else while the file was imported.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return check.Report with { FileError = Conflict(), Created = 0, Updated = 0, OrganizationsCreated = 0 };
        }
    }

    private ImportFileRefusal Conflict() => new(ImportFileProblem.Conflict,
        l["The registry changed while the file was imported (a pledge or an id was saved by someone else), so nothing was imported. Check the file again and import it."]);

    private async Task<int> CreateOrganizationsAsync(IEnumerable<NewOrganization> organizations, PledgeImportLookups lookups, DateTime now, CancellationToken ct)
    {
        var added = organizations.Where(o => !lookups.OrganizationsBySlug.ContainsKey(o.Slug)).Select(o => new Organization
        {
            Slug = o.Slug, Name = o.Name, Kind = o.Kind, CountryCode = o.CountryCode, LocationAsWritten = o.Location, IsSynthetic = o.IsSynthetic, CreatedAt = now,
        }).ToList();
        await using (var writer = BulkRowWriter<Organization>.SettingIds(db, nameof(Organization.Slug)))
        {
            foreach (var o in added) writer.Add(o);
            await writer.FlushAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction!.GetDbTransaction(), ct);
        }
        foreach (var o in added)
        {
            lookups.OrganizationsBySlug[o.Slug] = (o.Id, o.Kind);
            lookups.OrganizationSlugs[o.Id] = o.Slug;
        }
        return added.Count;
    }

    /// <summary>What the commit pass needs from the check pass and where it writes.</summary>
    private sealed record CommitState(Dictionary<string, int> LastNumbers, string Actor, DateTime Now);

    private sealed record PassResult(PledgeImportReport Report, Dictionary<string, NewOrganization> NewOrganizations, Dictionary<string, int> LastNumbers, List<int> Changed);

    /// <summary>A data row with its keys, waiting for its batch.</summary>
    private sealed record PendingRow(TabularRow Row, string? PublicId, string? ExternalId, int? PledgeId);

    /// <summary>One pass over the file: every row read and checked; with <paramref name="commit"/>, written too.</summary>
    private async Task<PassResult> PassAsync(TabularFile file, PledgeImportLookups lookups, CommitState? commit, ImportPhase phase,
        Action<ImportProgress>? progress, CancellationToken ct)
    {
        var errors = new List<PledgeImportError>();
        var errorCount = 0;
        var rowErrors = new List<PledgeImportError>();
        void Flush()
        {
            errorCount += rowErrors.Count;
            errors.AddRange(rowErrors.Take(MaxErrorsListed - errors.Count));
            rowErrors.Clear();
        }
        int rows = 0, created = 0, updated = 0, unchanged = 0;
        var changed = new List<int>();
        var lastNumbers = commit?.LastNumbers ?? new Dictionary<string, int>(lookups.LastNumbers);
        var seenPublic = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenExternal = new Dictionary<string, int>(StringComparer.Ordinal);
        PledgeColumnBinding? binding = null;
        PledgeRowReader? reader = null;
        var pending = new List<PendingRow>(BatchSize);
        var newPledges = new List<Pledge>(WriteBatchSize);
        await using var writer = commit is null ? null : new PledgeBatchWriter(db);
        var reported = 0.0;

        PassResult Result(ImportFileRefusal? refusal = null)
        {
            Flush();
            var report = new PledgeImportReport(commit is null, file.Name, rows, created, updated, unchanged, reader?.NewOrganizations.Count ?? 0,
                errors, errorCount, refusal, false);
            return new PassResult(report, reader?.NewOrganizations ?? [], lastNumbers, changed);
        }

        var parsed = file.ReadRows(fraction =>
        {
            // The reader runs ahead by a buffer: the header alone may show a small file as read.
            if (fraction - reported < 0.01 || rows == 0) return;
            reported = fraction;
            progress?.Invoke(new ImportProgress(phase, fraction, rows));
        });
        foreach (var row in ReadAhead.Of(parsed, ReadAheadRows, ct))
        {
            ct.ThrowIfCancellationRequested();
            if (binding is null)
            {
                if (row.IsBlank) continue;
                var (bound, headerErrors) = PledgeColumnBinding.Bind(row.Cells, l);
                rowErrors.AddRange(headerErrors);
                rowErrors.AddRange(row.Problems.Select(p => new PledgeImportError(row.Number, "", p.Message)));
                if (bound is null || rowErrors.Count > 0) return Result();
                binding = bound;
                reader = new PledgeRowReader(binding, lookups, l);
                continue;
            }
            if (row.IsBlank && row.Problems.Count == 0) continue;
            // An HXL export has a row of hashtags under the header.
            if (rows == 0 && row.Cells.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.TrimStart().StartsWith('#') == true) continue;
            if (++rows > ImportSettings.MaxRows)
                return Result(new ImportFileRefusal(ImportFileProblem.Malformed, l["The file has more than {0:N0} pledge rows: split it into several files.", ImportSettings.MaxRows]));

            rowErrors.AddRange(row.Problems.Select(p => new PledgeImportError(row.Number, p.Cell is { } c ? binding.HeaderAt(c) : "", p.Message)));
            if (row.Problems.Any(p => p.Misaligned)) continue;
            var (publicId, externalId) = reader!.Keys(row, rowErrors);
            var pledgeId = Match(row, binding, lookups, publicId, externalId, seenPublic, seenExternal, rowErrors);
            pending.Add(new PendingRow(row, publicId, externalId, pledgeId));
            if (pending.Count < BatchSize) continue;
            (created, updated, unchanged) = Sum((created, updated, unchanged),
                await BatchAsync(pending, file.Name, binding, reader, lookups, lastNumbers, commit, newPledges, changed, rowErrors, ct));
            pending.Clear();
            Flush();
            if (writer is not null && newPledges.Count >= WriteBatchSize) await WriteNewAsync(writer, newPledges, file.Name, commit!, changed, ct);
        }
        progress?.Invoke(new ImportProgress(phase, 1, rows));
        if (binding is null) return Result(new ImportFileRefusal(ImportFileProblem.Empty, NoRows()));
        (created, updated, unchanged) = Sum((created, updated, unchanged),
            await BatchAsync(pending, file.Name, binding, reader!, lookups, lastNumbers, commit, newPledges, changed, rowErrors, ct));
        Flush();
        if (rows == 0) return Result(new ImportFileRefusal(ImportFileProblem.Empty, NoRows()));
        if (writer is not null && newPledges.Count > 0 && errorCount == 0) await WriteNewAsync(writer, newPledges, file.Name, commit!, changed, ct);
        return Result();
    }

    private static (int, int, int) Sum((int A, int B, int C) x, (int A, int B, int C) y) => (x.A + y.A, x.B + y.B, x.C + y.C);

    /// <summary>The stored pledge a row updates (by public id, else external id), or null for a new one; duplicates are errors.</summary>
    private int? Match(TabularRow row, PledgeColumnBinding b, PledgeImportLookups lookups, string? publicId, string? externalId,
        Dictionary<string, int> seenPublic, Dictionary<string, int> seenExternal, List<PledgeImportError> errors)
    {
        void Error(string key, string message) => errors.Add(new(row.Number, b.Header(key), message));
        if (publicId is null && externalId is null)
        {
            if (b.Text(row.Cells, "public_id") is null && b.Text(row.Cells, "external_id") is null)
                Error(b.Has("public_id") ? "public_id" : "external_id",
                    l["Give the pledge's public id (to update a pledge of the registry) or an external id (your own id for it, so that importing the file again updates it instead of adding it twice)."]);
            return null;
        }
        if (publicId is not null && !seenPublic.TryAdd(publicId, row.Number))
            Error("public_id", l["The pledge {0} is already in row {1}: give one row per pledge.", publicId, seenPublic[publicId]]);
        if (externalId is not null && !seenExternal.TryAdd(externalId, row.Number))
            Error("external_id", l["The external id '{0}' is already in row {1}: give one row per pledge.", InputValues.Shorten(externalId), seenExternal[externalId]]);

        var owner = externalId is null ? null : lookups.PledgesByExternalId.GetValueOrDefault(externalId);
        if (publicId is not null)
        {
            if (owner is not null && owner != publicId)
                Error("external_id", l["The external id '{0}' belongs to the pledge {1}, not {2}.", InputValues.Shorten(externalId!), owner, publicId]);
            return lookups.PledgesByPublicId.TryGetValue(publicId, out var id) ? id : null;
        }
        return owner is not null ? lookups.PledgesByPublicId[owner] : null;
    }

    /// <summary>Reads a batch of rows onto the pledges they update (loaded together) or new ones; in a commit, saves the updates.</summary>
    private async Task<(int Created, int Updated, int Unchanged)> BatchAsync(List<PendingRow> batch, string fileName, PledgeColumnBinding b, PledgeRowReader reader,
        PledgeImportLookups lookups, Dictionary<string, int> lastNumbers, CommitState? commit, List<Pledge> newPledges, List<int> changed,
        List<PledgeImportError> errors, CancellationToken ct)
    {
        int created = 0, updated = 0, unchanged = 0;
        var ids = batch.Where(r => r.PledgeId is not null).Select(r => r.PledgeId!.Value).Distinct().ToList();
        var stored = await StoredPledges.LoadAsync(db, ids, lookups.OrganizationSlugs, ct);
        var changes = new List<(int PledgeId, PledgeValues Values, int Row)>();
        foreach (var (row, publicId, externalId, pledgeId) in batch)
        {
            var rowErrors = errors.Count;
            var before = pledgeId is { } id ? stored[id] : null;
            var values = reader.Read(row, before, externalId, fileName, errors);
            if (values is null || errors.Count > rowErrors) continue;
            if (before is null)
            {
                var round = lookups.RoundsById[values.RoundId];
                if (publicId is not null && !publicId.Contains($"-{round.Year}-", StringComparison.Ordinal))
                {
                    errors.Add(new(row.Number, b.Header("public_id"),
                        l["The id {0} is not numbered in the year of its round {1} ({2}): pledge ids take their round's year.", publicId, round.Code, round.Year]));
                    continue;
                }
                if (publicId is not null) PledgeImportLookups.NoteNumber(lastNumbers, publicId);
                created++;
                if (commit is not null) newPledges.Add(NewPledge(values, publicId ?? NextPublicId(lastNumbers, values, round.Year), lookups, commit.Now));
            }
            else if (values.SameAs(before)) unchanged++;
            else
            {
                updated++;
                changes.Add((pledgeId!.Value, values, row.Number));
            }
        }
        if (commit is null || changes.Count == 0 || errors.Count > 0) return (created, updated, unchanged);

        // Only the pledges that change are loaded as entities, with every link, to be updated and versioned by EF.
        var changedIds = changes.Select(c => c.PledgeId).ToList();
        var pledges = await db.Pledges.Include(p => p.Organizations).Include(p => p.Beneficiaries).Include(p => p.Priorities).Include(p => p.GcmObjectives)
            .Include(p => p.GuidingPrinciples).Include(p => p.GcrObjectives).Include(p => p.GcrAreas).Include(p => p.Sdgs).Include(p => p.Partners)
            .Where(p => changedIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var (id, values, number) in changes)
        {
            var pledge = pledges[id];
            values.ApplyTo(pledge, slug => lookups.OrganizationsBySlug[slug].Id);
            pledge.Version++;
            pledge.UpdatedAt = commit.Now;
            db.Revisions.Add(RevisionLog.Revised(pledge, PledgePublisher.RevisionActor, commit.Now, $"Imported from {fileName}, row {number}"));
            changed.Add(id);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (created, updated, unchanged);
    }

    private async Task WriteNewAsync(PledgeBatchWriter writer, List<Pledge> pledges, string fileName, CommitState commit, List<int> changed, CancellationToken ct)
    {
        await writer.WriteAsync(pledges, PledgePublisher.RevisionActor, $"Imported from {fileName}", ct);
        changed.AddRange(pledges.Select(p => p.Id));
        pledges.Clear();
    }

    private static Pledge NewPledge(PledgeValues values, string publicId, PledgeImportLookups lookups, DateTime now)
    {
        var pledge = new Pledge
        {
            PublicId = publicId, SourceDocument = values.SourceDocument, IsSynthetic = values.IsSynthetic, ReviewState = ReviewState.Published,
            Version = 1, CreatedAt = now, UpdatedAt = now,
        };
        values.ApplyTo(pledge, slug => lookups.OrganizationsBySlug[slug].Id);
        return pledge;
    }

    /// <summary>The next id of the round's year: CLA-yyyy-nnnn as the registry numbers them (SYN-yyyy-nnnnnnn for synthetic test data).</summary>
    private static string NextPublicId(Dictionary<string, int> lastNumbers, PledgeValues values, int year)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{(values.IsSynthetic ? "SYN" : "CLA")}-{year}-");
        var next = lastNumbers.GetValueOrDefault(prefix) + 1;
        lastNumbers[prefix] = next;
        return prefix + next.ToString(values.IsSynthetic ? "D7" : "D4", CultureInfo.InvariantCulture);
    }
}
