using LocalAction.Web.Data;
using LocalAction.Web.Features.Exports.Iati;
using LocalAction.Web.Features.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// Writes the published pledges a search selects, in the list's order, as CSV, HXL, JSON, Excel or IATI. The selection
/// comes from the search snapshot (the same matches as /pledges and /api/v1/pledges); the pledges are read from the
/// database <see cref="BatchSize"/> at a time, and each batch is written and sent before the next is read, so memory
/// does not grow with the number of pledges.
/// </summary>
public sealed class PledgeExport(LocalActionDbContext db, IStringLocalizer<SharedResource> localizer, IatiExport iati)
{
    public const int BatchSize = 1000;
    public const string PledgesSheet = "Pledges";
    public const string UpdatesSheet = "Updates";

    /// <param name="pledgeIds">The selected pledges in their order (walked once per table; IATI makes its own selection from the filter).</param>
    /// <param name="urlBase">What the pledge urls start with: the site's public address, or empty for paths.</param>
    /// <returns>How many rows the main table got (pledges, or updates for <c>part=updates</c>).</returns>
    public async Task<int> WriteAsync(ExportRequest request, IEnumerable<int> pledgeIds, Stream output, string urlBase, CancellationToken ct)
    {
        if (request.Format.Writer is null)
        {
            return (await iati.WriteAsync(request.Filter, request.Language, output, ct)).Selected;
        }

        var vocabulary = await ExportVocabulary.LoadAsync(db, localizer, request.Language, ct);
        var reader = new ExportRowReader(db, vocabulary, urlBase);
        // One connection for every batch (the batches read it directly, beside EF).
        await db.Database.OpenConnectionAsync(ct);
        var selection = pledgeIds as IReadOnlyList<int> ?? pledgeIds.ToList();
        if (request.Part == ExportPart.Pledges) await reader.PrepareAsync(selection, ct);
        await using var chunks = new ChunkedOutput();
        int rows;
        using (var writer = request.Format.Writer(chunks, request.Language))
        {
            if (request.Part == ExportPart.Updates)
            {
                rows = await WriteTableAsync(writer, chunks, output, UpdatesSheet, UpdateColumns.All, selection, reader.UpdatesAsync, ct);
            }
            else
            {
                rows = await WriteTableAsync(writer, chunks, output, PledgesSheet, PledgeColumns.All, selection, reader.PledgesAsync, ct);
                // A workbook carries the companion as its second sheet: a second walk over the same selection.
                if (request.Format == ExportFormat.Xlsx)
                    await WriteTableAsync(writer, chunks, output, UpdatesSheet, UpdateColumns.All, selection, reader.UpdatesAsync, ct);
            }
            writer.Complete();
        }
        await chunks.DrainAsync(output, ct);
        await output.FlushAsync(ct);
        await db.Database.CloseConnectionAsync();
        return rows;
    }

    private static async Task<int> WriteTableAsync<TRow>(ITableWriter writer, ChunkedOutput chunks, Stream output, string name, IReadOnlyList<ExportColumn<TRow>> columns,
        IEnumerable<int> pledgeIds, Func<IReadOnlyList<int>, CancellationToken, Task<List<TRow>>> read, CancellationToken ct)
    {
        writer.BeginTable(name, columns);
        var count = 0;
        foreach (var batch in pledgeIds.Chunk(BatchSize))
        {
            foreach (var row in await read(batch, ct))
            {
                writer.WriteRow(columns, row);
                count++;
            }
            writer.Flush();
            await chunks.DrainAsync(output, ct);
        }
        writer.EndTable();
        return count;
    }
}
