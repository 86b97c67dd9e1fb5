namespace LocalAction.Web.Features.Exports;

/// <summary>
/// Writes export tables synchronously into a <see cref="ChunkedOutput"/>; the caller drains it after every batch. A file
/// holds one table (CSV, HXL, JSON) or several (the sheets of an Excel workbook, in the order they are begun).
/// </summary>
public interface ITableWriter : IDisposable
{
    void BeginTable<TRow>(string name, IReadOnlyList<ExportColumn<TRow>> columns);

    void WriteRow<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, TRow row);

    void EndTable();

    /// <summary>Pushes whatever the writer buffers into the output, so the caller can drain it.</summary>
    void Flush();

    /// <summary>Ends the file (the workbook's closing parts, the JSON array's bracket).</summary>
    void Complete();
}
