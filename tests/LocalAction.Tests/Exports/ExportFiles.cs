using System.Data;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ExcelDataReader;

namespace LocalAction.Tests.Exports;

/// <summary>Reads export files with independent readers (CsvHelper, ExcelDataReader) into rows of cells, as a user's tools would.</summary>
public static class ExportFiles
{
    static ExportFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Every record of an RFC 4180 CSV file, the header first; the file must start with a UTF-8 byte order mark.</summary>
    public static List<string[]> Csv(byte[] bytes)
    {
        bytes.AsSpan(0, 3).ToArray().ShouldBe(Encoding.UTF8.GetPreamble());
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, BadDataFound = context => throw new InvalidDataException(context.RawRecord) });
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Record!);
        return rows;
    }

    /// <summary>Every sheet of an .xlsx workbook by name, each as rows of raw cell values (strings, doubles or null).</summary>
    public static Dictionary<string, List<object?[]>> Xlsx(byte[] bytes)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(bytes));
        var sheets = new Dictionary<string, List<object?[]>>();
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
                rows.Add(row);
            }
            sheets[reader.Name] = rows;
        } while (reader.NextResult());
        return sheets;
    }

    /// <summary>A spreadsheet cell as the CSV would write it: numbers in invariant culture without trailing zeros.</summary>
    public static string Text(object? cell) => cell switch
    {
        null => "",
        double d => d.ToString("0.############", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "",
    };
}
