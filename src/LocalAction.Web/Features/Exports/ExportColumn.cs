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

    private ExportColumn(string key, string en, string fr, string es, string? hxl, ColumnUse use, ColumnType type,
        Func<TRow, string?>? value, Func<TRow, IReadOnlyList<string>>? values)
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
    }

    /// <summary>A single-valued column; numbers, booleans and days are read as their invariant text.</summary>
    public static ExportColumn<TRow> One(string key, string en, string fr, string es, string? hxl, ColumnUse use, ColumnType type, Func<TRow, string?> value) =>
        type == ColumnType.List ? throw new ArgumentException("A list column reads a list.", nameof(type)) : new(key, en, fr, es, hxl, use, type, value, null);

    public static ExportColumn<TRow> Many(string key, string en, string fr, string es, string? hxl, ColumnUse use, Func<TRow, IReadOnlyList<string>> values) =>
        new(key, en, fr, es, hxl, use, ColumnType.List, null, values);

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

    /// <summary>The values of a list column (empty for other columns).</summary>
    public IReadOnlyList<string> Values(TRow row) => _values is not null ? _values(row) : [];

    private static string? Join(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join(Separator, values);
}
