using System.Text;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// RFC 4180 CSV (comma, CRLF, fields quoted when they hold a comma, quote or line break), UTF-8 with a byte order mark so
/// Excel reads the accents right; the headers in the export's language. With <paramref name="hxl"/>, the HXL hashtag row
/// follows the header (an empty cell where no hashtag applies).
/// </summary>
public sealed class CsvTableWriter(Stream output, string language, bool hxl) : ITableWriter
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };

    public void BeginTable<TRow>(string name, IReadOnlyList<ExportColumn<TRow>> columns)
    {
        Line(columns.Select(c => Field(c.Header(language))));
        if (hxl) Line(columns.Select(c => c.Hxl ?? ""));
    }

    public void WriteRow<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, TRow row)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0) _writer.Write(',');
            var column = columns[i];
            var value = column.Text(row);
            if (string.IsNullOrEmpty(value)) continue;
            _writer.Write(column.Type is ColumnType.Integer or ColumnType.Number ? value : Field(value));
        }
        _writer.Write("\r\n");
    }

    public void EndTable() { }

    public void Flush() => _writer.Flush();

    public void Complete() => _writer.Flush();

    public void Dispose() => _writer.Dispose();

    /// <summary>A text value guarded against formulas, then quoted as RFC 4180 requires.</summary>
    public static string Field(string value)
    {
        value = FormulaGuard.Neutralize(value);
        return value.AsSpan().IndexOfAny(',', '"', '\n') >= 0 || value.Contains('\r')
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private void Line(IEnumerable<string> fields)
    {
        _writer.Write(string.Join(',', fields));
        _writer.Write("\r\n");
    }
}
