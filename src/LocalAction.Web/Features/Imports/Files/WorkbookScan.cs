using System.IO.Compression;
using System.Xml;

namespace LocalAction.Web.Features.Imports.Files;

/// <summary>
/// One pass over a workbook's first sheet (the one ExcelDataReader reads): its formula cells, since ExcelDataReader returns a
/// formula's last computed value and it would otherwise be imported as whatever it showed when last saved; and its last row
/// number, to tell how far an import has got.
/// </summary>
public sealed record WorkbookScan(IReadOnlyList<(int Row, int Column, string Formula)> Formulas, int LastRow)
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>(row number, zero-based column) of each formula, at most <paramref name="max"/>; nothing when the sheet cannot be found.</summary>
    public static WorkbookScan Of(Stream workbook, int max)
    {
        var found = new List<(int, int, string)>();
        var row = 0;
        try
        {
            using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            if (FirstSheetPath(zip) is not { } path || zip.GetEntry(path) is not { } sheet) return new(found, 0);
            using var xml = XmlReader.Create(sheet.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
            var column = -1;
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element) continue;
                switch (xml.LocalName)
                {
                    case "row":
                        row = int.TryParse(xml.GetAttribute("r"), out var r) ? r : row + 1;
                        column = -1;
                        break;
                    case "c":
                        column = xml.GetAttribute("r") is { } reference ? ColumnIndex(reference) : column + 1;
                        break;
                    case "f" when found.Count < max:
                        found.Add((row, column, xml.ReadElementContentAsString()));
                        break;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            // A damaged workbook is reported by the reader itself, with its own message.
        }
        finally
        {
            workbook.Position = 0;
        }
        return new(found, row);
    }

    /// <summary>"AB12" → 27.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    /// <summary>27 → "AB": how Excel names a column, to point at a cell without a header.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static string? FirstSheetPath(ZipArchive zip)
    {
        string? id = null;
        using (var xml = XmlReader.Create(zip.GetEntry("xl/workbook.xml")!.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (xml.Read())
            {
                if (xml is { NodeType: XmlNodeType.Element, LocalName: "sheet" })
                {
                    id = xml.GetAttribute("id", RelationshipsNamespace);
                    break;
                }
            }
        }
        if (id is null || zip.GetEntry("xl/_rels/workbook.xml.rels") is not { } rels) return null;
        using var relations = XmlReader.Create(rels.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (relations.Read())
        {
            if (relations is { NodeType: XmlNodeType.Element, LocalName: "Relationship" } && relations.GetAttribute("Id") == id)
            {
                var target = relations.GetAttribute("Target") ?? "";
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }
        return null;
    }
}
