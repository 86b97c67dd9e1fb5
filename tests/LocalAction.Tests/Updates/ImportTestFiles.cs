using System.IO.Compression;
using System.Net.Http.Headers;
using System.Security;
using System.Text;

namespace LocalAction.Tests.Updates;

/// <summary>Import files for the tests: CSV text, a minimal .xlsx written by hand, and the multipart upload.</summary>
public static class ImportTestFiles
{
    public const string Header = "pledge,stage,results,peopleReachedTotal,peopleReachedWomen,moneyAmount,moneyCurrency,usdRate,usdRateOn,challenges,consentToPublish";

    public static string GoodRow(string pledge) =>
        $"{pledge},in-progress,\"Two welcome desks opened, 1,200 people advised\",1200,600,25000,EUR,1.08,2026-01-15,financing-gaps;capacity,yes";

    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] content, string fileName, bool dryRun, string url = "/api/v1/updates/import")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"{url}?dryRun={(dryRun ? "true" : "false")}", form);
    }

    /// <summary>
    /// The smallest workbook Excel and readers accept: one sheet, inline strings, numbers as numbers (cells whose text
    /// parses as a number), so the import sees typed cells as it would from a real spreadsheet. With
    /// <paramref name="formulas"/>, a value starting with '=' is written as a formula cell with a cached result of 3.
    /// </summary>
    public static byte[] Xlsx(IReadOnlyList<string?[]> rows, bool formulas = false)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>
                """);
            Entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """);
            Entry(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="Updates" sheetId="1" r:id="rId1"/></sheets>
                </workbook>
                """);
            Entry(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                </Relationships>
                """);
            var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            for (var r = 0; r < rows.Count; r++)
            {
                sheet.Append($"<row r=\"{r + 1}\">");
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var value = rows[r][c];
                    if (value is null) continue;
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    if (formulas && value.StartsWith('='))
                    {
                        sheet.Append($"<c r=\"{reference}\"><f>{SecurityElement.Escape(value[1..])}</f><v>3</v></c>");
                        continue;
                    }
                    sheet.Append(decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)
                        ? $"<c r=\"{reference}\"><v>{value}</v></c>"
                        : $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(value)}</t></is></c>");
                }
                sheet.Append("</row>");
            }
            sheet.Append("</sheetData></worksheet>");
            Entry(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
        }
        return buffer.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
