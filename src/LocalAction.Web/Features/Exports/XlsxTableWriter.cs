using System.IO.Compression;
using System.Text;
using System.Xml;

namespace LocalAction.Web.Features.Exports;

/// <summary>
/// An Excel workbook (.xlsx, SpreadsheetML) written forward only: each table is a worksheet whose rows are written as they
/// come, straight into a ZIP entry, so no sheet is ever held whole. Text goes in inline strings (no shared-string table to
/// collect first) guarded against formulas; numbers are numeric cells, so a negative number stays a number. The header row
/// is bold and frozen. The workbook's own parts (sheet list, relationships, content types, styles) are small and written
/// last, when the sheets are known.
/// </summary>
public sealed class XlsxTableWriter(Stream output, string language) : ITableWriter
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    private readonly ZipArchive _zip = new(output, ZipArchiveMode.Create, leaveOpen: true);
    private readonly List<string> _sheets = [];
    private XmlWriter? _sheet;
    private string[] _columnLetters = [];
    private int _row;

    public void BeginTable<TRow>(string name, IReadOnlyList<ExportColumn<TRow>> columns)
    {
        _sheets.Add(name);
        var entry = Entry($"xl/worksheets/sheet{_sheets.Count}.xml", CompressionLevel.Fastest);
        _sheet = XmlWriter.Create(entry.Open(), Settings);
        _sheet.WriteStartDocument(standalone: true);
        _sheet.WriteStartElement("worksheet", Main);
        _sheet.WriteStartElement("sheetViews");
        _sheet.WriteStartElement("sheetView");
        _sheet.WriteAttributeString("workbookViewId", "0");
        _sheet.WriteStartElement("pane");
        _sheet.WriteAttributeString("ySplit", "1");
        _sheet.WriteAttributeString("topLeftCell", "A2");
        _sheet.WriteAttributeString("activePane", "bottomLeft");
        _sheet.WriteAttributeString("state", "frozen");
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.WriteStartElement("sheetData");

        _columnLetters = Enumerable.Range(0, columns.Count).Select(ColumnLetters).ToArray();
        _row = 1;
        StartRow();
        for (var i = 0; i < columns.Count; i++) TextCell(i, columns[i].Header(language), style: "1");
        _sheet.WriteEndElement();
    }

    public void WriteRow<TRow>(IReadOnlyList<ExportColumn<TRow>> columns, TRow row)
    {
        _row++;
        StartRow();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var value = column.Text(row);
            if (string.IsNullOrEmpty(value)) continue;
            if (column.Type is ColumnType.Integer or ColumnType.Number) NumberCell(i, value);
            else TextCell(i, value);
        }
        _sheet!.WriteEndElement();
    }

    public void EndTable()
    {
        _sheet!.WriteEndElement(); // sheetData
        _sheet.WriteEndElement(); // worksheet
        _sheet.WriteEndDocument();
        _sheet.Dispose(); // closes the entry: the ZIP archive takes one entry at a time
        _sheet = null;
    }

    public void Flush() => _sheet?.Flush();

    public void Complete()
    {
        Part("[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", ContentTypes);
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/xml");
            Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
            Override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
            for (var i = 1; i <= _sheets.Count; i++) Override(xml, $"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
            xml.WriteEndElement();
        });
        Part("_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            Relationship(xml, "rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml");
            xml.WriteEndElement();
        });
        Part("xl/workbook.xml", xml =>
        {
            xml.WriteStartElement("workbook", Main);
            xml.WriteAttributeString("xmlns", "r", null, Relationships);
            xml.WriteStartElement("sheets", Main);
            for (var i = 1; i <= _sheets.Count; i++)
            {
                xml.WriteStartElement("sheet", Main);
                xml.WriteAttributeString("name", _sheets[i - 1]);
                xml.WriteAttributeString("sheetId", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                xml.WriteAttributeString("id", Relationships, $"rId{i}");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        });
        Part("xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            for (var i = 1; i <= _sheets.Count; i++)
                Relationship(xml, $"rId{i}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", $"worksheets/sheet{i}.xml");
            Relationship(xml, $"rId{_sheets.Count + 1}", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml");
            xml.WriteEndElement();
        });
        using (var styles = Entry("xl/styles.xml", CompressionLevel.Fastest).Open())
        {
            styles.Write(Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>" + Styles));
        }
        _zip.Dispose(); // writes the central directory
    }

    public void Dispose()
    {
        _sheet?.Dispose();
        _zip.Dispose();
    }

    /// <summary>Two cell formats: the default, and bold for the header row (style 1).</summary>
    private const string Styles =
        "<styleSheet xmlns=\"" + Main + "\">" +
        "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>" +
        "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
        "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>" +
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>" +
        "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/></cellXfs>" +
        "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>" +
        "</styleSheet>";

    private void StartRow()
    {
        _sheet!.WriteStartElement("row", Main);
        _sheet.WriteAttributeString("r", _row.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private void TextCell(int column, string text, string? style = null)
    {
        var xml = _sheet!;
        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", CellReference(column));
        if (style is not null) xml.WriteAttributeString("s", style);
        xml.WriteAttributeString("t", "inlineStr");
        xml.WriteStartElement("is", Main);
        xml.WriteStartElement("t", Main);
        var value = XmlText.Clean(FormulaGuard.Neutralize(text));
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))) xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(value);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void NumberCell(int column, string invariantNumber)
    {
        var xml = _sheet!;
        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", CellReference(column));
        xml.WriteElementString("v", Main, invariantNumber);
        xml.WriteEndElement();
    }

    private string CellReference(int column) => _columnLetters[column] + _row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>0 is A, 25 is Z, 26 is AA.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>
    /// Every part is stamped with the same time, the earliest a ZIP file can hold: the same data then gives the same bytes,
    /// and the workbook does not tell when it was made (the file name carries the day).
    /// </summary>
    private static readonly DateTimeOffset PartTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private ZipArchiveEntry Entry(string name, CompressionLevel level)
    {
        var entry = _zip.CreateEntry(name, level);
        entry.LastWriteTime = PartTime;
        return entry;
    }

    private void Part(string name, Action<XmlWriter> write)
    {
        using var xml = XmlWriter.Create(Entry(name, CompressionLevel.Fastest).Open(), Settings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", ContentTypes);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string part, string contentType)
    {
        xml.WriteStartElement("Override", ContentTypes);
        xml.WriteAttributeString("PartName", part);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", PackageRelationships);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
