namespace LocalAction.Web.Features.Exports;

/// <summary>
/// The formats of <c>GET /api/v1/exports/pledges</c> and of the export verb: the <c>format</c> word, the file's extension
/// and media type, whether it has an updates companion as <c>part=updates</c> (Excel holds both as sheets; IATI carries
/// results inside each activity), and the writer of its tables (none for IATI, written by its own exporter).
/// </summary>
public sealed record ExportFormat(string Code, string Extension, string ContentType, bool HasParts, Func<Stream, string, ITableWriter>? Writer)
{
    public static readonly ExportFormat Csv = new("csv", ".csv", "text/csv; charset=utf-8", true, (output, language) => new CsvTableWriter(output, language, hxl: false));
    public static readonly ExportFormat Xlsx = new("xlsx", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, (output, language) => new XlsxTableWriter(output, language));
    public static readonly ExportFormat Json = new("json", ".json", "application/json; charset=utf-8", true, (output, _) => new JsonTableWriter(output));
    public static readonly ExportFormat Hxl = new("hxl", ".hxl.csv", "text/csv; charset=utf-8", true, (output, language) => new CsvTableWriter(output, language, hxl: true));
    public static readonly ExportFormat Iati = new("iati", ".iati.xml", LocalAction.Web.Features.Exports.Iati.IatiExport.ContentType, false, null);

    public static readonly IReadOnlyList<ExportFormat> All = [Csv, Xlsx, Json, Hxl, Iati];

    public static ExportFormat? Find(string code) => All.FirstOrDefault(f => f.Code == code);

    /// <summary>localaction-pledges-2026-12-07.csv, localaction-pledge-updates-2026-12-07.csv ...</summary>
    public string FileName(ExportPart part, DateOnly day) =>
        $"localaction-{(part == ExportPart.Updates ? "pledge-updates" : "pledges")}-{day:yyyy-MM-dd}{Extension}";
}
