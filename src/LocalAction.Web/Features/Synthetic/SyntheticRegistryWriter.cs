using System.Diagnostics;
using System.Globalization;
using LocalAction.Web.Data;
using LocalAction.Web.Features.Pledges;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Synthetic;

/// <summary>
/// Saves what the generator builds, one transaction per batch: organizations through EF, pledges through
/// <see cref="PledgeBatchWriter"/>.
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
        await using var writer = new PledgeBatchWriter(db);
        var updates = 0;
        var batch = new List<Pledge>(PledgeBatchSize);
        for (var done = 0; done < options.Pledges;)
        {
            var size = Math.Min(PledgeBatchSize, options.Pledges - done);
            batch.Clear();
            for (var i = 0; i < size; i++) batch.Add(generator.NextPledge(done + i));

            // Like the real seed: one "created" revision per pledge and per update, with the full snapshot.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await writer.WriteAsync(batch, SyntheticRegistryGenerator.Actor, SyntheticRegistryGenerator.RevisionReason, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            updates += batch.Sum(p => p.Updates.Count);

            done += size;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done}/{options.Pledges} pledges ({stopwatch.Elapsed.TotalSeconds:0.0} s)"));
        }
        return (updates, writer.Revisions);
    }
}
