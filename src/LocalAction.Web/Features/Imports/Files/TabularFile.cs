using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ExcelDataReader;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Imports.Files;

/// <summary>
/// An opened CSV file or workbook whose type and encoding are settled. <see cref="ReadRows"/> streams its rows from the start
/// (the header is row 1) and can be called again for a second pass; the caller owns the stream.
/// </summary>
public sealed class TabularFile
{
    private readonly Stream _content;
    private readonly TabularReadOptions _options;
    // Named as the localizer is everywhere, so the resource test finds the keys asked of it.
    private readonly IStringLocalizer<SharedResource> l;
    private readonly Encoding? _encoding;
    private readonly bool _mixedEncoding;
    private readonly ILookup<int, (int Row, int Column, string Formula)>? _formulas;

    internal TabularFile(string name, Stream content, TabularReadOptions options, IStringLocalizer<SharedResource> l,
        Encoding? encoding, bool mixedEncoding, char? delimiter, WorkbookScan? workbook)
    {
        Name = name;
        _content = content;
        _options = options;
        this.l = l;
        _encoding = encoding;
        _mixedEncoding = mixedEncoding;
        Delimiter = delimiter;
        _formulas = workbook?.Formulas.ToLookup(f => f.Row);
        LastRow = workbook?.LastRow;
    }

    /// <summary>The file's name as it may be shown (no path, no control characters).</summary>
    public string Name { get; }

    public bool IsWorkbook => _encoding is null;

    /// <summary>"UTF-8" or "Windows-1252" for a CSV file; null for a workbook.</summary>
    public string? EncodingName => _encoding is null ? null : _encoding.CodePage == 1252 ? "Windows-1252" : "UTF-8";

    public char? Delimiter { get; }

    /// <summary>A workbook's last row number, known before reading; null for CSV, whose progress is told by bytes.</summary>
    public int? LastRow { get; }

    /// <summary>
    /// The rows in order, blank ones included so numbers match the spreadsheet. <paramref name="progress"/> gets the share of
    /// the file read so far (0 to 1) after each row.
    /// </summary>
    public IEnumerable<TabularRow> ReadRows(Action<double>? progress = null) => IsWorkbook ? WorkbookRows(progress) : CsvRows(progress);

    private IEnumerable<TabularRow> CsvRows(Action<double>? progress)
    {
        _content.Position = 0;
        using var text = new StreamReader(_content, _encoding!, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        if (text.Peek() == '\uFEFF') text.Read();
        var strayQuote = false;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = Delimiter!.Value.ToString(), IgnoreBlankLines = false, DetectColumnCountChanges = false,
            BadDataFound = _ => strayQuote = true,
        };
        using var parser = new CsvParser(text, config);
        var number = 0;
        var width = 0;
        var length = Math.Max(1, _content.Length);
        while (parser.Read())
        {
            number++;
            string?[] cells = parser.Record ?? [];
            var problems = new List<CellProblem>();
            if (strayQuote)
            {
                problems.Add(new(null, l["This row has a misplaced double quote: put quotes around the whole cell and double any quote inside it."]));
                strayQuote = false;
            }
            if (_options.StrictCells)
            {
                if (number == 1) width = cells.Length;
                else if (cells.Length != width && !cells.All(string.IsNullOrWhiteSpace)) problems.Add(WidthProblem(cells, width));
                CheckCells(cells, problems);
            }
            yield return new TabularRow(number, cells, problems);
            progress?.Invoke((double)_content.Position / length);
        }
    }

    /// <summary>A row of another width is most often one written with the other delimiter; say so where it shows.</summary>
    private CellProblem WidthProblem(string?[] cells, int width)
    {
        foreach (var other in new[] { ',', ';', '\t' }.Where(d => d != Delimiter))
        {
            var cell = Array.FindIndex(cells, c => c?.Contains(other) == true);
            if (cell >= 0 && cells.Length < width)
                return new(cell, l["This row is separated by {0} while the header row uses {1}: the file mixes delimiters. Save it again with one delimiter.",
                    Describe(other), Describe(Delimiter!.Value)], Misaligned: true);
        }
        return new(null, l["This row has {0} cells where the header row has {1} columns.", cells.Length, width], Misaligned: true);
    }

    private string Describe(char delimiter) => delimiter == '\t' ? l["tabs"] : $"'{delimiter}'";

    private void CheckCells(string?[] cells, List<CellProblem> problems)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            if (string.IsNullOrEmpty(cell)) continue;
            if (_mixedEncoding && cell.Contains('\uFFFD'))
            {
                problems.Add(new(i, l["This cell has bytes that are not UTF-8 while the rest of the file is UTF-8: the file mixes encodings. In Excel, save it as \"CSV UTF-8\"."]));
                continue;
            }
            cells[i] = FormulaCells.Neutralized(cell, out var isFormula);
            if (isFormula) problems.Add(new(i, Formula(cell.Trim())));
        }
    }

    private string Formula(string formula) =>
        l["This cell holds a formula ({0}): import values only. To keep text that starts with {1}, put an apostrophe before it.", Shorten(formula), formula[0]];

    private IEnumerable<TabularRow> WorkbookRows(Action<double>? progress)
    {
        _content.Position = 0;
        IExcelDataReader? reader = null;
        try
        {
            var number = 0;
            string? failure = null;
            while (true)
            {
                string?[]? cells;
                (reader, cells, failure) = NextWorkbookRow(reader);
                if (cells is null) break;
                number++;
                var problems = new List<CellProblem>();
                if (_options.StrictCells)
                {
                    CheckCells(cells, problems);
                    foreach (var (_, column, formula) in _formulas![number])
                    {
                        problems.RemoveAll(p => p.Cell == column);
                        problems.Add(new(column, Formula("=" + formula)));
                    }
                }
                yield return new TabularRow(number, cells, problems);
                progress?.Invoke(LastRow is > 0 ? Math.Min(1, (double)number / LastRow.Value) : 0);
            }
            if (failure is not null) yield return new TabularRow(number + 1, [], [new CellProblem(null, failure)]);
        }
        finally
        {
            reader?.Dispose();
            _content.Position = 0;
        }
    }

    /// <summary>The next row of the workbook; a damaged part ends the rows with a message for the row where it showed.</summary>
    private (IExcelDataReader? Reader, string?[]? Cells, string? Failure) NextWorkbookRow(IExcelDataReader? reader)
    {
        try
        {
            reader ??= ExcelReaderFactory.CreateOpenXmlReader(_content, new ExcelReaderConfiguration { LeaveOpen = true });
            if (!reader.Read()) return (reader, null, null);
            var cells = new string?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = WorkbookCell(reader.GetValue(i));
            return (reader, cells, null);
        }
        catch (Exception e) when (TabularFileReader.IsDamagedWorkbook(e))
        {
            return (reader, null, l["The workbook could not be read from this row on: it may be damaged. Open it in Excel, save it again and upload it."]);
        }
    }

    /// <summary>A workbook cell as text: numbers without exponent, dates as YYYY-MM-DD.</summary>
    public static string? WorkbookCell(object? value) => value switch
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
}
