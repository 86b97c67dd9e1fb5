using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// A JSON array with one object per row, the column keys as property names: text as strings (never guarded: JSON is not run
/// by spreadsheets; accents unescaped, HTML-sensitive characters escaped), numbers as numbers, booleans as booleans, lists as arrays, unknown values as null.
/// </summary>
public sealed class JsonTableWriter(Stream output) : ITableWriter
{
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });

    public void BeginTable<TRow>(string name, IReadOnlyList<ExportColumn<TRow>> columns) => _json.WriteStartArray();

    public void WriteRow<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, TRow row)
    {
        _json.WriteStartObject();
        foreach (var column in columns)
        {
            _json.WritePropertyName(column.Key);
            if (column.Type == ColumnType.List)
            {
                _json.WriteStartArray();
                foreach (var value in column.Values(row)) _json.WriteStringValue(value);
                _json.WriteEndArray();
                continue;
            }
            var text = column.Text(row);
            if (string.IsNullOrEmpty(text)) _json.WriteNullValue();
            else if (column.Type is ColumnType.Integer or ColumnType.Number) _json.WriteRawValue(text, skipInputValidation: true);
            else if (column.Type == ColumnType.Flag) _json.WriteBooleanValue(text == "true");
            else _json.WriteStringValue(text);
        }
        _json.WriteEndObject();
    }

    public void EndTable() => _json.WriteEndArray();

    public void Flush() => _json.Flush();

    public void Complete()
    {
        _json.Flush();
        output.Write("\n"u8);
    }

    public void Dispose() => _json.Dispose();
}
