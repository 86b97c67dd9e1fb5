using LocalAction.Web.Data;
using LocalAction.Web.Data.Bulk;
using LocalAction.Web.Features.Revisions;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalAction.Web.Features.Pledges;

/// <summary>
/// Saves many new pledges at once, inside the caller's transaction, with their "created" revisions: pledges, link rows and
/// revisions through <see cref="BulkRowWriter{T}"/> (each pledge gets its id back by its public id), updates through EF
/// (rare, and their challenges need their ids). Used where tens of thousands of pledges arrive together (the synthetic
/// verb, the pledge import): EF's ~250 µs a pledge would be most of the time. Clears the change tracker.
/// </summary>
public sealed class PledgeBatchWriter(LocalActionDbContext db) : IAsyncDisposable
{
    private readonly BulkRowWriter<Pledge> _pledges = BulkRowWriter<Pledge>.SettingIds(db, nameof(Pledge.PublicId));
    private readonly BulkRowWriter<PledgeOrganization> _organizations = new(db, nameof(PledgeOrganization.PledgeId), nameof(PledgeOrganization.OrganizationId), nameof(PledgeOrganization.Role));
    private readonly BulkRowWriter<PledgeBeneficiary> _beneficiaries = new(db, nameof(PledgeBeneficiary.PledgeId), nameof(PledgeBeneficiary.Group));
    private readonly BulkRowWriter<PledgePriority> _priorities = new(db, nameof(PledgePriority.PledgeId), nameof(PledgePriority.PriorityNumber));
    private readonly BulkRowWriter<PledgeGcmObjective> _gcmObjectives = new(db, nameof(PledgeGcmObjective.PledgeId), nameof(PledgeGcmObjective.GcmObjectiveNumber), nameof(PledgeGcmObjective.Origin));
    private readonly BulkRowWriter<PledgeGuidingPrinciple> _guidingPrinciples = new(db, nameof(PledgeGuidingPrinciple.PledgeId), nameof(PledgeGuidingPrinciple.GuidingPrincipleCode), nameof(PledgeGuidingPrinciple.Origin));
    private readonly BulkRowWriter<PledgeGcrObjective> _gcrObjectives = new(db, nameof(PledgeGcrObjective.PledgeId), nameof(PledgeGcrObjective.GcrObjectiveNumber), nameof(PledgeGcrObjective.Origin));
    private readonly BulkRowWriter<PledgeGcrArea> _gcrAreas = new(db, nameof(PledgeGcrArea.PledgeId), nameof(PledgeGcrArea.GcrAreaCode), nameof(PledgeGcrArea.Origin));
    private readonly BulkRowWriter<PledgeSdg> _sdgs = new(db, nameof(PledgeSdg.PledgeId), nameof(PledgeSdg.SdgNumber), nameof(PledgeSdg.Origin));
    private readonly BulkRowWriter<PledgePartner> _partners = new(db, nameof(PledgePartner.PledgeId), nameof(PledgePartner.Name), nameof(PledgePartner.Type));
    private readonly BulkRowWriter<PledgeUpdateChallenge> _challenges = new(db, nameof(PledgeUpdateChallenge.PledgeUpdateId), nameof(PledgeUpdateChallenge.Challenge));
    private readonly BulkRowWriter<Revision> _revisions = new(db, null, nameof(Revision.EntityType), nameof(Revision.EntityId), nameof(Revision.EntityVersion),
        nameof(Revision.Action), nameof(Revision.ChangedBy), nameof(Revision.ChangedAt), nameof(Revision.Reason), nameof(Revision.Snapshot));

    /// <summary>Revisions written so far (one per pledge and per update).</summary>
    public int Revisions => _revisions.Written;

    /// <summary>Saves the pledges (with their links and updates) and a "created" revision of each, dated when it was created.</summary>
    public async Task WriteAsync(IReadOnlyList<Pledge> batch, string actor, string reason, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Pledges are written in bulk inside a transaction.");
        var detached = batch.Select(Links.Detach).ToList();
        var connection = db.Database.GetDbConnection();
        foreach (var pledge in batch) _pledges.Add(pledge);
        await _pledges.FlushAsync(connection, transaction, ct);
        if (batch.Any(p => p.Updates.Count > 0))
        {
            var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
            // Attached with their ids, the pledges are unchanged and only their updates are inserted, their pledge ids set by EF.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                db.Pledges.AttachRange(batch.Where(p => p.Updates.Count > 0));
                await db.SaveChangesAsync(ct);
            }
            finally
            {
                db.ChangeTracker.Clear();
                db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
            }
        }

        for (var i = 0; i < batch.Count; i++)
        {
            var pledge = batch[i];
            detached[i].Reattach(pledge);
            Queue(pledge);
            _revisions.Add(RevisionLog.Created(pledge, actor, pledge.CreatedAt, reason));
            foreach (var update in pledge.Updates) _revisions.Add(RevisionLog.Created(update, actor, update.CreatedAt, reason));
        }
        await _organizations.FlushAsync(connection, transaction, ct);
        await _beneficiaries.FlushAsync(connection, transaction, ct);
        await _priorities.FlushAsync(connection, transaction, ct);
        await _gcmObjectives.FlushAsync(connection, transaction, ct);
        await _guidingPrinciples.FlushAsync(connection, transaction, ct);
        await _gcrObjectives.FlushAsync(connection, transaction, ct);
        await _gcrAreas.FlushAsync(connection, transaction, ct);
        await _sdgs.FlushAsync(connection, transaction, ct);
        await _partners.FlushAsync(connection, transaction, ct);
        await _challenges.FlushAsync(connection, transaction, ct);
        await _revisions.FlushAsync(connection, transaction, ct);
    }

    private void Queue(Pledge pledge)
    {
        foreach (var x in pledge.Organizations) _organizations.Add(x, pledge.Id);
        foreach (var x in pledge.Beneficiaries) _beneficiaries.Add(x, pledge.Id);
        foreach (var x in pledge.Priorities) _priorities.Add(x, pledge.Id);
        foreach (var x in pledge.GcmObjectives) _gcmObjectives.Add(x, pledge.Id);
        foreach (var x in pledge.GuidingPrinciples) _guidingPrinciples.Add(x, pledge.Id);
        foreach (var x in pledge.GcrObjectives) _gcrObjectives.Add(x, pledge.Id);
        foreach (var x in pledge.GcrAreas) _gcrAreas.Add(x, pledge.Id);
        foreach (var x in pledge.Sdgs) _sdgs.Add(x, pledge.Id);
        foreach (var x in pledge.Partners) _partners.Add(x, pledge.Id);
        foreach (var update in pledge.Updates)
        {
            foreach (var x in update.Challenges) _challenges.Add(x, update.Id);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _pledges.DisposeAsync();
        await _organizations.DisposeAsync();
        await _beneficiaries.DisposeAsync();
        await _priorities.DisposeAsync();
        await _gcmObjectives.DisposeAsync();
        await _guidingPrinciples.DisposeAsync();
        await _gcrObjectives.DisposeAsync();
        await _gcrAreas.DisposeAsync();
        await _sdgs.DisposeAsync();
        await _partners.DisposeAsync();
        await _challenges.DisposeAsync();
        await _revisions.DisposeAsync();
    }

    /// <summary>
    /// A pledge's link rows, taken off it while EF saves the pledge and its updates (so EF does not insert them one
    /// statement at a time) and put back for the row writers and the revision snapshot.
    /// </summary>
    private sealed record Links(
        PledgeOrganization[] Organizations, PledgeBeneficiary[] Beneficiaries, PledgePriority[] Priorities, PledgeGcmObjective[] GcmObjectives,
        PledgeGuidingPrinciple[] GuidingPrinciples, PledgeGcrObjective[] GcrObjectives, PledgeGcrArea[] GcrAreas, PledgeSdg[] Sdgs,
        PledgePartner[] Partners, PledgeUpdateChallenge[][] Challenges)
    {
        public static Links Detach(Pledge p)
        {
            var links = new Links([.. p.Organizations], [.. p.Beneficiaries], [.. p.Priorities], [.. p.GcmObjectives], [.. p.GuidingPrinciples],
                [.. p.GcrObjectives], [.. p.GcrAreas], [.. p.Sdgs], [.. p.Partners], [.. p.Updates.Select(u => u.Challenges.ToArray())]);
            p.Organizations.Clear();
            p.Beneficiaries.Clear();
            p.Priorities.Clear();
            p.GcmObjectives.Clear();
            p.GuidingPrinciples.Clear();
            p.GcrObjectives.Clear();
            p.GcrAreas.Clear();
            p.Sdgs.Clear();
            p.Partners.Clear();
            foreach (var u in p.Updates) u.Challenges.Clear();
            return links;
        }

        public void Reattach(Pledge p)
        {
            p.Organizations.AddRange(Organizations);
            p.Beneficiaries.AddRange(Beneficiaries);
            p.Priorities.AddRange(Priorities);
            p.GcmObjectives.AddRange(GcmObjectives);
            p.GuidingPrinciples.AddRange(GuidingPrinciples);
            p.GcrObjectives.AddRange(GcrObjectives);
            p.GcrAreas.AddRange(GcrAreas);
            p.Sdgs.AddRange(Sdgs);
            p.Partners.AddRange(Partners);
            for (var i = 0; i < p.Updates.Count; i++) p.Updates[i].Challenges.AddRange(Challenges[i]);
        }
    }
}
