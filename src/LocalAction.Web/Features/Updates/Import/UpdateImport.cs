using System.Security.Claims;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Audit;
using LocalAction.Web.Features.Campaigns;
using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;
using LocalAction.Web.Features.Imports.Files;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Updates.Import;

/// <summary>
/// Bulk pledge updates from a CSV or .xlsx file, for partners who collect them offline. The dry run checks every row with
/// the form's own rules (values, who may update which pledge, open campaign, nothing pending) and saves nothing; the commit
/// runs the same checks again and saves every row or none.
/// </summary>
public sealed class UpdateImport(LocalActionDbContext db, ImportFileReader reader, UpdateValidator validator, UpdateWorkflow workflow,
    TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const string SourcePrefix = "bulk import: ";

    public async Task<ImportReport> DryRunAsync(ClaimsPrincipal user, string? fileName, byte[] content, CancellationToken ct = default)
    {
        var (report, _) = await CheckAsync(user, fileName, content, dryRun: true, ct);
        return report;
    }

    public async Task<ImportReport> CommitAsync(ClaimsPrincipal user, string? fileName, byte[] content, CancellationToken ct = default)
    {
        var (report, accepted) = await CheckAsync(user, fileName, content, dryRun: false, ct);
        if (!report.IsClean) return report;

        var now = clock.GetUtcNow().UtcDateTime;
        var name = ImportFileReader.DisplayName(fileName);
        var source = SourcePrefix + name;
        if (source.Length > 200) source = source[..200];
        foreach (var (pledge, campaign, values) in accepted)
            db.PledgeUpdates.Add(workflow.NewSubmitted(pledge, campaign, values, user, source, now));
        db.Record(now, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "?", "update.imported", $"file:{name}",
            $"{accepted.Count} updates: {string.Join(", ", accepted.Select(a => a.Pledge.PublicId))}");
        // One SaveChanges is one transaction: every update and the audit event are stored together, or nothing is.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // An update of one of these pledges was sent while the file was checked (IX_PledgeUpdates_OneAwaitingValidation).
            db.ChangeTracker.Clear();
            return report with { FileError = new ImportFileRefusal(ImportFileProblem.Conflict,
                l["An update of one of these pledges was sent while the file was imported, so no update was imported. Check the file again."]) };
        }
        return report with { Imported = accepted.Count };
    }

    private async Task<(ImportReport Report, List<(Pledge Pledge, UpdateCampaign Campaign, UpdateValues Values)> Accepted)> CheckAsync(
        ClaimsPrincipal user, string? fileName, byte[] content, bool dryRun, CancellationToken ct)
    {
        var accepted = new List<(Pledge, UpdateCampaign, UpdateValues)>();
        var table = reader.Read(fileName, content);
        if (table.Error is not null) return (new ImportReport(dryRun, 0, [], table.Error, 0), accepted);

        var ids = table.Rows.Select(r => r.PledgeId?.ToUpperInvariant()).OfType<string>().Distinct().ToList();
        var pledges = await db.Pledges.AsNoTracking().Include(p => p.Organizations).Where(p => ids.Contains(p.PublicId)).ToDictionaryAsync(p => p.PublicId, ct);
        var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<ImportRowError>();
        foreach (var row in table.Rows)
        {
            var rowErrors = new List<ImportRowError>(row.ReadErrors);
            void Error(string field, string message) => rowErrors.Add(new ImportRowError(row.Row, field, message));

            var validation = validator.Validate(row.Input);
            Pledge? pledge = null;
            UpdateCampaign? campaign = null;
            var id = row.PledgeId?.ToUpperInvariant();
            if (id is null) Error(ImportColumns.Pledge, l["Give the pledge's id, e.g. CLA-2022-0010."]);
            else if (!PledgesApi.IsWellFormed(id)) Error(ImportColumns.Pledge, l["'{0}' is not a pledge id; ids look like CLA-2022-0010.", Shorten(row.PledgeId!)]);
            else if (firstRowOf.TryGetValue(id, out var first)) Error(ImportColumns.Pledge, l["The pledge {0} is already updated in row {1}: give one row per pledge.", id, first]);
            else
            {
                firstRowOf[id] = row.Row;
                pledge = pledges.GetValueOrDefault(id);
                var (open, refusal) = await workflow.CheckSubmissionAsync(user, pledge, ct);
                // The other refusals already name the pledge.
                if (refusal is not null)
                    Error(ImportColumns.Pledge, refusal.Outcome == Submissions.WorkflowOutcome.NotFound ? l["There is no published pledge {0}.", id] : refusal.Message!);
                campaign = open;
            }
            foreach (var (field, messages) in validation.Errors)
                foreach (var message in messages) Error(field, message);

            if (rowErrors.Count == 0) accepted.Add((pledge!, campaign!, validation.Values));
            errors.AddRange(rowErrors);
        }
        return (new ImportReport(dryRun, table.Rows.Count, errors, null, 0), accepted);
    }

}
