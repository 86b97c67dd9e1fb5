using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Pledges;
using LocalAction.Web.Features.Revisions;
using LocalAction.Web.Features.Updates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LocalAction.Web.Features.Synthetic;

/// <summary>
/// Saves what the generator builds, one transaction per batch. Rows with ids something else needs (organizations,
/// pledges, updates) and the revisions go through EF; the link rows hanging off pledges go through
/// <see cref="SyntheticRowWriter{T}"/> once their pledge has its id.
/// </summary>
internal sealed class SyntheticRegistryWriter(LocalActionDbContext db, SyntheticOptions options, SyntheticRegistryGenerator generator,
    TextWriter output, Stopwatch stopwatch)
{
    public const int OrganizationBatchSize = 5_000;
    public const int PledgeBatchSize = 2_000;

    public async Task<(int Organizations, int Pledges, int Updates, int Revisions)> WriteAsync(CancellationToken cancellationToken)
    {
        // Nothing is modified after it is added, so change detection is pure overhead; the tracker is emptied after every save.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await WriteOrganizationsAsync(cancellationToken);
            generator.AssignPledges();
            var (updates, revisions) = await WritePledgesAsync(cancellationToken);
            return (options.Organizations, options.Pledges, updates, revisions);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task WriteOrganizationsAsync(CancellationToken cancellationToken)
    {
        for (var done = 0; done < options.Organizations;)
        {
            var size = Math.Min(OrganizationBatchSize, options.Organizations - done);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            for (var i = 0; i < size; i++) db.Organizations.Add(generator.NextOrganization());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += size;
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Organizations} organizations ({stopwatch.Elapsed.TotalSeconds:0.0} s)"));
    }

    private async Task<(int Updates, int Revisions)> WritePledgesAsync(CancellationToken cancellationToken)
    {
        await using var links = new LinkWriters(db);
        var updates = 0;
        var revisions = 0;
        var batch = new List<Pledge>(PledgeBatchSize);
        var detached = new List<Links>(PledgeBatchSize);
        for (var done = 0; done < options.Pledges;)
        {
            var size = Math.Min(PledgeBatchSize, options.Pledges - done);
            batch.Clear();
            detached.Clear();
            for (var i = 0; i < size; i++)
            {
                var pledge = generator.NextPledge(done + i);
                batch.Add(pledge);
                detached.Add(Links.Detach(pledge));
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Pledges.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            for (var i = 0; i < batch.Count; i++)
            {
                detached[i].Reattach(batch[i]);
                links.Queue(batch[i]);
            }
            await links.FlushAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), cancellationToken);

            // Like the real seed: one "created" revision per pledge and per update, with the full snapshot.
            foreach (var pledge in batch)
            {
                db.Revisions.Add(RevisionLog.Created(pledge, SyntheticRegistryGenerator.Actor, pledge.CreatedAt, SyntheticRegistryGenerator.RevisionReason));
                revisions++;
                foreach (var update in pledge.Updates)
                {
                    db.Revisions.Add(RevisionLog.Created(update, SyntheticRegistryGenerator.Actor, update.CreatedAt, SyntheticRegistryGenerator.RevisionReason));
                    revisions++;
                    updates++;
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await transaction.CommitAsync(cancellationToken);

            done += size;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done}/{options.Pledges} pledges ({stopwatch.Elapsed.TotalSeconds:0.0} s)"));
        }
        return (updates, revisions);
    }

    /// <summary>One row writer per link table.</summary>
    private sealed class LinkWriters(LocalActionDbContext db) : IAsyncDisposable
    {
        private readonly SyntheticRowWriter<PledgeOrganization> _organizations = new(db, nameof(PledgeOrganization.PledgeId), nameof(PledgeOrganization.OrganizationId), nameof(PledgeOrganization.Role));
        private readonly SyntheticRowWriter<PledgeBeneficiary> _beneficiaries = new(db, nameof(PledgeBeneficiary.PledgeId), nameof(PledgeBeneficiary.Group));
        private readonly SyntheticRowWriter<PledgePriority> _priorities = new(db, nameof(PledgePriority.PledgeId), nameof(PledgePriority.PriorityNumber));
        private readonly SyntheticRowWriter<PledgeGcmObjective> _gcmObjectives = new(db, nameof(PledgeGcmObjective.PledgeId), nameof(PledgeGcmObjective.GcmObjectiveNumber), nameof(PledgeGcmObjective.Origin));
        private readonly SyntheticRowWriter<PledgeGuidingPrinciple> _guidingPrinciples = new(db, nameof(PledgeGuidingPrinciple.PledgeId), nameof(PledgeGuidingPrinciple.GuidingPrincipleCode), nameof(PledgeGuidingPrinciple.Origin));
        private readonly SyntheticRowWriter<PledgeGcrObjective> _gcrObjectives = new(db, nameof(PledgeGcrObjective.PledgeId), nameof(PledgeGcrObjective.GcrObjectiveNumber), nameof(PledgeGcrObjective.Origin));
        private readonly SyntheticRowWriter<PledgeGcrArea> _gcrAreas = new(db, nameof(PledgeGcrArea.PledgeId), nameof(PledgeGcrArea.GcrAreaCode), nameof(PledgeGcrArea.Origin));
        private readonly SyntheticRowWriter<PledgeSdg> _sdgs = new(db, nameof(PledgeSdg.PledgeId), nameof(PledgeSdg.SdgNumber), nameof(PledgeSdg.Origin));
        private readonly SyntheticRowWriter<PledgePartner> _partners = new(db, nameof(PledgePartner.PledgeId), nameof(PledgePartner.Name), nameof(PledgePartner.Type));
        private readonly SyntheticRowWriter<PledgeUpdateChallenge> _challenges = new(db, nameof(PledgeUpdateChallenge.PledgeUpdateId), nameof(PledgeUpdateChallenge.Challenge));

        /// <summary>Queues the pledge's link rows; its id and its updates' ids must be known.</summary>
        public void Queue(Pledge pledge)
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

        public async Task FlushAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
        {
            await _organizations.FlushAsync(connection, transaction, cancellationToken);
            await _beneficiaries.FlushAsync(connection, transaction, cancellationToken);
            await _priorities.FlushAsync(connection, transaction, cancellationToken);
            await _gcmObjectives.FlushAsync(connection, transaction, cancellationToken);
            await _guidingPrinciples.FlushAsync(connection, transaction, cancellationToken);
            await _gcrObjectives.FlushAsync(connection, transaction, cancellationToken);
            await _gcrAreas.FlushAsync(connection, transaction, cancellationToken);
            await _sdgs.FlushAsync(connection, transaction, cancellationToken);
            await _partners.FlushAsync(connection, transaction, cancellationToken);
            await _challenges.FlushAsync(connection, transaction, cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
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
        }
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
