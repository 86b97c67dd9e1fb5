using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace LocalAction.Web.Features.Handover;

/// <summary>
/// A package as one .zip: the package CSV, the validation report CSV and the left-out list CSV, so what is handed over
/// always travels with what was held back and why. CSV files are UTF-8 with a byte order mark (spreadsheets then read
/// accents), and a value starting with = + - @ (or a tab or carriage return) gets a leading apostrophe so a spreadsheet
/// never runs pledgers' text as a formula.
/// </summary>
public static class HandoverZip
{
    public const string ContentType = "application/zip";

    public static readonly IReadOnlyList<string> ReportColumns = ["pledge_id", "title", "lead_organization", "field", "problem", "blocks_hand_over"];
    public static readonly IReadOnlyList<string> LeftOutColumns = ["pledge_id", "title", "lead_organization", "reason"];

    public static string FileName(HandoverResult result) => $"localaction-handover-{HandoverBuilder.Slug(result.Package)}-{result.RoundCode}.zip";

    public static string PackageEntry(HandoverResult result) => $"{HandoverBuilder.Slug(result.Package)}-{result.RoundCode}.csv";
    public static string ReportEntry(HandoverResult result) => $"{HandoverBuilder.Slug(result.Package)}-{result.RoundCode}-validation-report.csv";
    public static string LeftOutEntry(HandoverResult result) => $"{result.RoundCode}-left-out.csv";

    public static byte[] Write(HandoverResult result)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(archive, PackageEntry(result), result.Columns, result.Rows);
            Entry(archive, ReportEntry(result), ReportColumns,
                result.Issues.Select(i => (IReadOnlyList<string>)[i.PublicId, i.Title ?? "", i.LeadOrganization, i.Field, i.Problem, i.Blocking ? "yes" : "no"]));
            Entry(archive, LeftOutEntry(result), LeftOutColumns,
                result.LeftOut.Select(l => (IReadOnlyList<string>)[l.PublicId, l.Title ?? "", l.LeadOrganization, l.Reason]));
        }
        return zip.ToArray();
    }

    /// <summary>One CSV: CsvHelper quotes as RFC 4180 and escapes formula starts with an apostrophe.</summary>
    public static string Csv(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            InjectionOptions = InjectionOptions.Escape,
            InjectionEscapeCharacter = '\'',
            NewLine = "\r\n",
        };
        using (var csv = new CsvWriter(text, configuration))
        {
            foreach (var column in columns) csv.WriteField(column);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var value in row) csv.WriteField(value);
                csv.NextRecord();
            }
        }
        return text.ToString();
    }

    private static void Entry(ZipArchive archive, string name, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        writer.Write(Csv(columns, rows));
    }
}
