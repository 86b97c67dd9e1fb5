using System.Text;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// RFC 4180 CSV (comma, CRLF, fields quoted when they hold a comma, quote or line break), UTF-8 with a byte order mark so
/// Excel reads the accents right; the headers in the export's language. With <paramref name="hxl"/>, the HXL hashtag row
/// follows the header (an empty cell where no hashtag applies).
/// </summary>
public sealed class CsvTableWriter(Stream output, string language, bool hxl) : ITableWriter
{
    private readonly CellBuffer _cell = new();
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
            _cell.Clear();
            column.AppendText(row, _cell);
            if (_cell.Length == 0) continue;
            if (column.Type is ColumnType.Integer or ColumnType.Number) _writer.Write(_cell.Span);
            else WriteField(_cell.Span);
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
        return value.AsSpan().IndexOfAny(Special) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    /// <summary><see cref="Field"/> written straight to the output: most values need neither quotes nor a guard.</summary>
    private void WriteField(ReadOnlySpan<char> value)
    {
        var quoted = value.IndexOfAny(Special) >= 0;
        if (quoted) _writer.Write('"');
        if (FormulaGuard.Needed(value)) _writer.Write('\'');
        if (!quoted)
        {
            _writer.Write(value);
            return;
        }
        var rest = value;
        for (var quote = rest.IndexOf('"'); quote >= 0; quote = rest.IndexOf('"'))
        {
            _writer.Write(rest[..(quote + 1)]);
            _writer.Write('"');
            rest = rest[(quote + 1)..];
        }
        _writer.Write(rest);
        _writer.Write('"');
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(",\"\n\r");

    private void Line(IEnumerable<string> fields)
    {
        _writer.Write(string.Join(',', fields));
        _writer.Write("\r\n");
    }
}
