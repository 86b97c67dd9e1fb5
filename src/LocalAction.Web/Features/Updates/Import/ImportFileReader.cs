using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ExcelDataReader;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Updates.Import;

/// <summary>
/// Turns an uploaded CSV or .xlsx file into rows. The type is decided by the bytes, not the name: a CSV must be UTF-8 text
/// and an .xlsx a ZIP holding a workbook, so a renamed image or a text file called .xlsx is refused with what it really is.
/// </summary>
public sealed class ImportFileReader(IStringLocalizer<SharedResource> l)
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 2_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // ExcelDataReader's configuration asks for code page 1252 even for .xlsx; the provider ships with .NET, no package needed.
    static ImportFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public ImportTable Read(string? fileName, byte[] content)
    {
        var name = DisplayName(fileName);
        if (content.Length > MaxBytes)
            return ImportTable.Refused(ImportFileProblem.TooLarge, l["The file '{0}' is {1:N1} MB; the limit is {2} MB.", name, content.Length / 1048576.0, MaxBytes / 1048576]);
        if (content.Length == 0) return ImportTable.Refused(ImportFileProblem.Empty, NoRows());

        var kind = Sniff(content);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".csv" && kind != Kind.Text)
            return ImportTable.Refused(ImportFileProblem.WrongType, l["The file '{0}' is not a CSV file: its content is {1}.", name, Describe(kind)]);
        if (extension == ".xlsx" && kind != Kind.Workbook)
            return ImportTable.Refused(ImportFileProblem.WrongType, l["The file '{0}' is not an Excel workbook (.xlsx): its content is {1}.", name, Describe(kind)]);
        if (extension is not ".csv" and not ".xlsx")
            return ImportTable.Refused(ImportFileProblem.WrongType,
                l["The file '{0}' is neither a CSV file (.csv) nor an Excel workbook (.xlsx): its content is {1}. Old Excel files (.xls) must be saved as .xlsx or CSV first.", name, Describe(kind)]);

        var (grid, badRows, unreadable) = extension == ".csv" ? ReadCsv(content) : ReadWorkbook(content);
        if (unreadable) return ImportTable.Refused(ImportFileProblem.Malformed, l["The workbook '{0}' could not be read: it may be damaged. Open it in Excel, save it again and upload it.", name]);
        return ToRows(grid, badRows);
    }

    public static string DisplayName(string? fileName)
    {
        // Browsers may send a full path; control characters would end up in messages and the audit log.
        var name = new string(Path.GetFileName((fileName ?? "").Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length == 0 ? "file" : name.Length > 150 ? name[..150] : name;
    }

    private string NoRows() => l["The file has no update rows: under the header row, give one row per pledge."];

    private ImportTable ToRows(List<string?[]> grid, HashSet<int> badRows)
    {
        if (grid.All(IsBlank)) return ImportTable.Refused(ImportFileProblem.Empty, NoRows());
        var header = grid[0].Select(h => h?.Trim() ?? "").ToArray();
        var columns = new string?[header.Length];
        var unknown = new List<string>();
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i].Length == 0) continue;
            columns[i] = ImportColumns.Canonical(header[i]);
            if (columns[i] is null) unknown.Add($"'{Shorten(header[i])}'");
        }
        if (unknown.Count > 0)
            return ImportTable.Refused(ImportFileProblem.Malformed,
                l["Unknown columns: {0}. The first row must name the columns, from: {1}.", string.Join(", ", unknown), string.Join(", ", ImportColumns.All)]);
        if (columns.GroupBy(c => c).FirstOrDefault(g => g.Key is not null && g.Count() > 1) is { } twice)
            return ImportTable.Refused(ImportFileProblem.Malformed, l["The column '{0}' appears twice in the header row.", twice.Key!]);
        if (!columns.Contains(ImportColumns.Pledge))
            return ImportTable.Refused(ImportFileProblem.Malformed,
                l["The file has no 'pledge' column: the first row must name the columns, starting with 'pledge' (download the template)."]);

        var rows = new List<ImportRow>();
        for (var r = 1; r < grid.Count; r++)
        {
            var cells = grid[r];
            if (IsBlank(cells) && !badRows.Contains(r + 1)) continue;
            if (rows.Count == MaxRows)
                return ImportTable.Refused(ImportFileProblem.Malformed, l["The file has more than {0:N0} update rows: split it into several files.", MaxRows]);
            var rowNumber = r + 1;
            var input = new UpdateInput();
            string? pledge = null;
            var errors = new List<ImportRowError>();
            if (badRows.Contains(rowNumber))
                errors.Add(new(rowNumber, "", l["This row has a misplaced double quote: put quotes around the whole cell and double any quote inside it."]));
            for (var c = 0; c < cells.Length; c++)
            {
                var value = string.IsNullOrWhiteSpace(cells[c]) ? null : cells[c]!.Trim();
                var column = c < columns.Length ? columns[c] : null;
                if (column is null)
                {
                    if (value is not null) errors.Add(new(rowNumber, "", l["Cell {0} has a value but its column has no name in the header row.", c + 1]));
                    continue;
                }
                if (column == ImportColumns.Pledge) pledge = value;
                else ImportColumns.Set(input, column, value);
            }
            rows.Add(new ImportRow(rowNumber, pledge, input, errors));
        }
        return rows.Count == 0 ? ImportTable.Refused(ImportFileProblem.Empty, NoRows()) : new ImportTable(rows, null);
    }

    /// <summary>The cells of every line, blank lines included so row numbers match the spreadsheet; rows with a stray quote.</summary>
    private static (List<string?[]> Grid, HashSet<int> BadRows, bool Unreadable) ReadCsv(byte[] content)
    {
        var text = StrictUtf8.GetString(content).TrimStart('\uFEFF');
        var grid = new List<string?[]>();
        var badRows = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Delimiter(text).ToString(), IgnoreBlankLines = false, DetectColumnCountChanges = false,
            BadDataFound = _ => badRows.Add(grid.Count + 1),
        };
        // The size limit bounds the work, so every line is read and no row is silently dropped.
        using var parser = new CsvParser(new StringReader(text), config);
        while (parser.Read()) grid.Add(parser.Record ?? []);
        return (grid, badRows, false);
    }

    /// <summary>Excel in many locales saves "CSV" with semicolons (or tabs); the header row tells which, as names hold neither.</summary>
    private static char Delimiter(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Contains(',') ? ',' : header.Contains(';') ? ';' : header.Contains('\t') ? '\t' : ',';
    }

    /// <summary>The first sheet's cells as text: numbers without exponent, dates as YYYY-MM-DD.</summary>
    private static (List<string?[]> Grid, HashSet<int> BadRows, bool Unreadable) ReadWorkbook(byte[] content)
    {
        var grid = new List<string?[]>();
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(content));
            while (reader.Read())
            {
                var cells = new string?[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = Cell(reader.GetValue(i));
                grid.Add(cells);
            }
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException
            or FormatException or InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException)
        {
            // A ZIP with a workbook entry can still be damaged inside; the user gets one clear message instead of a 500.
            return ([], [], true);
        }
        return (grid, [], false);
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        string s => s,
        double d when Math.Abs(d) < 1e20 => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static bool IsBlank(string?[] cells) => cells.All(string.IsNullOrWhiteSpace);

    private enum Kind { Text, NotUtf8, Binary, Png, Jpeg, Pdf, Workbook, Zip, OldOffice }

    private static Kind Sniff(byte[] b)
    {
        if (b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])) return Kind.Png;
        if (b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Kind.Jpeg;
        if (b.AsSpan().StartsWith("%PDF-"u8)) return Kind.Pdf;
        if (b.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return Kind.OldOffice;
        if (b.AsSpan().StartsWith("PK\u0003\u0004"u8)) return HasWorkbook(b) ? Kind.Workbook : Kind.Zip;
        if (b.AsSpan().Contains((byte)0)) return Kind.Binary;
        try
        {
            StrictUtf8.GetString(b);
            return Kind.Text;
        }
        catch (DecoderFallbackException)
        {
            return Kind.NotUtf8;
        }
    }

    private static bool HasWorkbook(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.GetEntry("xl/workbook.xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private string Describe(Kind kind) => kind switch
    {
        Kind.Text => l["text"],
        Kind.NotUtf8 => l["text in another encoding than UTF-8 (in Excel, save as \"CSV UTF-8\")"],
        Kind.Png => l["a PNG image"],
        Kind.Jpeg => l["a JPEG image"],
        Kind.Pdf => l["a PDF document"],
        Kind.Workbook => l["an Excel workbook (.xlsx)"],
        Kind.Zip => l["a ZIP archive without a workbook"],
        Kind.OldOffice => l["an old Office file (.xls, .doc) or a password-protected workbook"],
        _ => l["binary"],
    };

}
