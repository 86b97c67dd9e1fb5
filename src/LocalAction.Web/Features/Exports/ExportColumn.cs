namespace LocalAction.Web.Features.Exports;

/// <summary>
/// One column of an export: its stable key (the JSON property and the name an importer matches, whatever the header
/// language), its header in English, French and Spanish, its HXL hashtag where one applies, and how its value is read from
/// an export row. The key never changes once published; a new column gets a new key.
/// </summary>
public sealed class ExportColumn<TRow>
{
    /// <summary>Between the values of a multi-valued cell. Split on exactly this string: an empty item between two separators is an empty value.</summary>
    public const string Separator = "; ";

    private readonly Func<TRow, string?>? _value;
    private readonly Func<TRow, IReadOnlyList<string>>? _values;
    private readonly Action<TRow, CellBuffer>? _append;

    private ExportColumn(string key, string en, string fr, string es, string? hxl, ColumnUse use, ColumnType type,
        Func<TRow, string?>? value, Func<TRow, IReadOnlyList<string>>? values, Action<TRow, CellBuffer>? append = null)
    {
        Key = key;
        HeaderEn = en;
        HeaderFr = fr;
        HeaderEs = es;
        Hxl = hxl;
        Use = use;
        Type = type;
        _value = value;
        _values = values;
        _append = append;
    }

    /// <summary>A single-valued column; numbers, booleans and days are read as their invariant text.</summary>
    public static ExportColumn<TRow> One(string key, string en, string fr, string es, string? hxl, ColumnUse use, ColumnType type, Func<TRow, string?> value) =>
        type == ColumnType.List ? throw new ArgumentException("A list column reads a list.", nameof(type)) : new(key, en, fr, es, hxl, use, type, value, null);

    public static ExportColumn<TRow> Many(string key, string en, string fr, string es, string? hxl, ColumnUse use, Func<TRow, IReadOnlyList<string>> values) =>
        new(key, en, fr, es, hxl, use, ColumnType.List, null, values);

    /// <summary>A whole number; <see cref="AppendText"/> formats it without a string.</summary>
    public static ExportColumn<TRow> Integer(string key, string en, string fr, string es, string? hxl, ColumnUse use, Func<TRow, long?> value) =>
        new(key, en, fr, es, hxl, use, ColumnType.Integer, row => ExportValues.IntegerText(value(row)), null,
            (row, cell) => { if (value(row) is { } v) cell.Append(v, null); });

    public static ExportColumn<TRow> Number(string key, string en, string fr, string es, string? hxl, ColumnUse use, Func<TRow, decimal?> value) =>
        new(key, en, fr, es, hxl, use, ColumnType.Number, row => ExportValues.DecimalText(value(row)), null,
            (row, cell) => { if (value(row) is { } v) cell.Append(v, ExportValues.DecimalFormat); });

    public static ExportColumn<TRow> Day(string key, string en, string fr, string es, string? hxl, ColumnUse use, Func<TRow, DateOnly?> value) =>
        new(key, en, fr, es, hxl, use, ColumnType.Date, row => ExportValues.DayText(value(row)), null,
            (row, cell) => { if (value(row) is { } v) cell.Append(v, ExportValues.DayFormat); });

    /// <summary>
    /// A list column read item by item (<paramref name="include"/> picks some): <see cref="AppendText"/> then writes the items
    /// without making a list or a joined string.
    /// </summary>
    public static ExportColumn<TRow> Many<TItem>(string key, string en, string fr, string es, string? hxl, ColumnUse use,
        Func<TRow, IReadOnlyList<TItem>> items, Func<TItem, string> text, Func<TItem, bool>? include = null)
    {
        IReadOnlyList<string> Values(TRow row)
        {
            var list = items(row);
            var values = new List<string>(list.Count);
            for (var i = 0; i < list.Count; i++)
                if (include is null || include(list[i])) values.Add(text(list[i]));
            return values;
        }
        void Append(TRow row, CellBuffer cell)
        {
            var list = items(row);
            var first = true;
            for (var i = 0; i < list.Count; i++)
            {
                if (include is not null && !include(list[i])) continue;
                if (!first) cell.Append(Separator);
                cell.Append(text(list[i]));
                first = false;
            }
        }
        return new(key, en, fr, es, hxl, use, ColumnType.List, null, Values, Append);
    }

    /// <summary>snake_case, stable: what JSON properties and importers use.</summary>
    public string Key { get; }
    public string HeaderEn { get; }
    public string HeaderFr { get; }
    public string HeaderEs { get; }

    /// <summary>The HXL hashtag with its attributes (e.g. <c>#org+name+lead</c>), or null where no hashtag applies.</summary>
    public string? Hxl { get; }
    public ColumnUse Use { get; }
    public ColumnType Type { get; }

    public string Header(string language) => language switch { "fr" => HeaderFr, "es" => HeaderEs, _ => HeaderEn };

    /// <summary>The value as one cell of text (lists joined with <see cref="Separator"/>); null or empty when unknown.</summary>
    public string? Text(TRow row) => _values is not null ? Join(_values(row)) : _value!(row);

    /// <summary>Appends what <see cref="Text"/> returns (nothing for null) to <paramref name="cell"/>.</summary>
    public void AppendText(TRow row, CellBuffer cell)
    {
        if (_append is not null) _append(row, cell);
        else cell.Append(Text(row));
    }

    /// <summary>The values of a list column (empty for other columns).</summary>
    public IReadOnlyList<string> Values(TRow row) => _values is not null ? _values(row) : [];

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(Separator, values);
}
