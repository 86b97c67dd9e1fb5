using System.Text;
using ExcelDataReader;
using Microsoft.Extensions.Localization;

namespace LocalAction.Web.Features.Imports.Files;

/// <summary>
/// Opens an uploaded CSV or .xlsx file for the imports. The type is decided by the bytes, not the name: a CSV must be text and
/// an .xlsx a ZIP holding a workbook, so a renamed image or a text file called .xlsx is refused with what it really is. Text
/// is UTF-8 (with or without a byte order mark) or, where allowed, Windows-1252; the delimiter is read off the header row.
/// </summary>
public sealed class TabularFileReader(IStringLocalizer<SharedResource> l)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes what it can and marks the rest with U+FFFD, so a mixed file is read to the end and each bad cell named.</summary>
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Formulas listed per file at most: enough to show where they are without a message per cell of a huge sheet.</summary>
    private const int MaxFormulasListed = 1000;

    // ExcelDataReader's configuration asks for code page 1252 even for .xlsx; the provider ships with .NET, no package needed.
    static TabularFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <param name="content">Seekable; read from the start, left open.</param>
    /// <param name="noRows">The message for a file without rows, which names what the import expects.</param>
    public (TabularFile? File, ImportFileRefusal? Refusal) Open(string? fileName, Stream content, TabularReadOptions options, string noRows)
    {
        var name = DisplayName(fileName);
        if (content.Length > options.MaxBytes)
            return Refuse(ImportFileProblem.TooLarge, l["The file '{0}' is {1:N1} MB; the limit is {2} MB.", name, content.Length / 1048576.0, options.MaxBytes / 1048576]);
        if (content.Length == 0) return Refuse(ImportFileProblem.Empty, noRows);

        var (kind, text) = ContentSniffer.Sniff(content);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".csv" && kind != ContentKind.Text)
            return Refuse(ImportFileProblem.WrongType, l["The file '{0}' is not a CSV file: its content is {1}.", name, Describe(kind)]);
        if (extension == ".xlsx" && kind == ContentKind.TruncatedZip)
            return Refuse(ImportFileProblem.Malformed,
                l["The workbook '{0}' is incomplete: it ends before the table of contents every workbook ends with, so it was cut off while being copied or uploaded. Upload it again.", name]);
        if (extension == ".xlsx" && kind != ContentKind.Workbook)
            return Refuse(ImportFileProblem.WrongType, l["The file '{0}' is not an Excel workbook (.xlsx): its content is {1}.", name, Describe(kind)]);
        if (extension is not ".csv" and not ".xlsx")
            return Refuse(ImportFileProblem.WrongType,
                l["The file '{0}' is neither a CSV file (.csv) nor an Excel workbook (.xlsx): its content is {1}. Old Excel files (.xls) must be saved as .xlsx or CSV first.", name, Describe(kind)]);

        return extension == ".csv" ? OpenCsv(name, content, options, text!) : OpenWorkbook(name, content, options);
    }

    public static string DisplayName(string? fileName)
    {
        // Browsers may send a full path; control characters would end up in messages and the audit log.
        var name = new string(Path.GetFileName((fileName ?? "").Replace('\\', '/')).Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length == 0 ? "file" : name.Length > 150 ? name[..150] : name;
    }

    private (TabularFile?, ImportFileRefusal?) OpenCsv(string name, Stream content, TabularReadOptions options, TextEncodingScan scan)
    {
        Encoding encoding;
        var mixed = false;
        if (scan.IsUtf8) encoding = StrictUtf8;
        else if (!options.AcceptWindows1252)
            return Refuse(ImportFileProblem.WrongType, l["The file '{0}' is not a CSV file: its content is {1}.", name, l["text in another encoding than UTF-8 (in Excel, save as \"CSV UTF-8\")"]]);
        else if (scan.IsMixed)
        {
            encoding = LenientUtf8;
            mixed = true;
        }
        else encoding = Encoding.GetEncoding(1252);

        var header = HeaderLine(content, encoding);
        var used = new[] { ',', ';', '\t' }.Where(d => CountOutsideQuotes(header, d) > 0).ToList();
        if (options.StrictCells && used.Count > 1)
            return Refuse(ImportFileProblem.Malformed,
                l["The header row (row 1) mixes {0} as delimiters: use one delimiter for the whole file.", string.Join(" / ", used.Select(d => d == '\t' ? l["tabs"].Value : $"'{d}'"))]);
        // Excel in many locales saves "CSV" with semicolons (or tabs); the header row tells which, as names hold neither.
        var delimiter = used.Count > 0 ? used[0] : ',';
        return (new TabularFile(name, content, options, l, encoding, mixed, delimiter, null), null);
    }

    private (TabularFile?, ImportFileRefusal?) OpenWorkbook(string name, Stream content, TabularReadOptions options)
    {
        try
        {
            content.Position = 0;
            using (var probe = ExcelReaderFactory.CreateOpenXmlReader(content, new ExcelReaderConfiguration { LeaveOpen = true })) probe.Read();
        }
        catch (Exception e) when (IsDamagedWorkbook(e))
        {
            // A ZIP with a workbook entry can still be damaged inside; the user gets one clear message instead of a 500.
            return Refuse(ImportFileProblem.Malformed, l["The workbook '{0}' could not be read: it may be damaged. Open it in Excel, save it again and upload it.", name]);
        }
        finally
        {
            content.Position = 0;
        }
        var scan = options.StrictCells ? WorkbookScan.Of(content, MaxFormulasListed) : null;
        return (new TabularFile(name, content, options, l, null, false, null, scan), null);
    }

    internal static bool IsDamagedWorkbook(Exception e) =>
        e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or System.Xml.XmlException or FormatException
            or InvalidOperationException or ArgumentException or NullReferenceException or IndexOutOfRangeException or EndOfStreamException;

    /// <summary>The first line, up to its first line break outside quotes (headers rarely quote, but may).</summary>
    private static string HeaderLine(Stream content, Encoding encoding)
    {
        content.Position = 0;
        using var reader = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var line = new StringBuilder();
        var quoted = false;
        for (int c; (c = reader.Read()) >= 0 && line.Length < 1 << 20;)
        {
            if (c == '"') quoted = !quoted;
            if (!quoted && c is '\r' or '\n') break;
            line.Append((char)c);
        }
        content.Position = 0;
        return line.ToString().TrimStart('\uFEFF');
    }

    private static int CountOutsideQuotes(string line, char delimiter)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == delimiter && !quoted) count++;
        }
        return count;
    }

    private static (TabularFile?, ImportFileRefusal?) Refuse(ImportFileProblem problem, string message) => (null, new ImportFileRefusal(problem, message));

    private string Describe(ContentKind kind) => kind switch
    {
        ContentKind.Text => l["text"],
        ContentKind.Utf16Text => l["UTF-16 text (in Excel, save as \"CSV UTF-8\")"],
        ContentKind.Png => l["a PNG image"],
        ContentKind.Jpeg => l["a JPEG image"],
        ContentKind.Pdf => l["a PDF document"],
        ContentKind.Workbook => l["an Excel workbook (.xlsx)"],
        ContentKind.TruncatedZip => l["an incomplete ZIP archive (cut off before its end)"],
        ContentKind.Zip => l["a ZIP archive without a workbook"],
        ContentKind.OldOffice => l["an old Office file (.xls, .doc) or a password-protected workbook"],
        _ => l["binary"],
    };
}
