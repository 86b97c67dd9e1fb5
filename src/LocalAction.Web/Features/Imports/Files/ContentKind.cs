using System.IO.Compression;

namespace LocalAction.Web.Features.Imports.Files;

/// <summary>What a file's bytes are, whatever its name says.</summary>
public enum ContentKind
{
    Text,
    Utf16Text,
    Binary,
    Png,
    Jpeg,
    Pdf,
    Workbook,

    /// <summary>Starts like a ZIP (and so an .xlsx) but its table of contents, written last, is missing: the copy was cut off.</summary>
    TruncatedZip,
    Zip,
    OldOffice,
}

/// <summary>Decides the <see cref="ContentKind"/> from the first and last bytes (and, for text, one pass over all of them).</summary>
public static class ContentSniffer
{
    public static (ContentKind Kind, TextEncodingScan? Text) Sniff(Stream content)
    {
        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var n = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..n];
        content.Position = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])) return (ContentKind.Png, null);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return (ContentKind.Jpeg, null);
        if (head.StartsWith("%PDF-"u8)) return (ContentKind.Pdf, null);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0])) return (ContentKind.OldOffice, null);
        if (head.StartsWith("PK\u0003\u0004"u8)) return (ZipKind(content), null);
        // Excel's "Unicode text" and Notepad's "Unicode" are UTF-16 with a byte order mark; their NUL bytes are not binary.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (ContentKind.Utf16Text, null);
        var scan = TextEncodingScan.Of(content);
        return scan.HasNul ? (ContentKind.Binary, null) : (ContentKind.Text, scan);
    }

    private static ContentKind ZipKind(Stream content)
    {
        if (!HasEndOfCentralDirectory(content)) return ContentKind.TruncatedZip;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("xl/workbook.xml") is not null ? ContentKind.Workbook : ContentKind.Zip;
        }
        catch (InvalidDataException)
        {
            return ContentKind.TruncatedZip;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>The end-of-central-directory record sits in the last 22 bytes plus an optional comment of up to 64 KB.</summary>
    private static bool HasEndOfCentralDirectory(Stream content)
    {
        var length = content.Length;
        var tail = (int)Math.Min(length, 22 + 65_535);
        var buffer = new byte[tail];
        content.Position = length - tail;
        content.ReadExactly(buffer);
        content.Position = 0;
        return buffer.AsSpan().LastIndexOf("PK\u0005\u0006"u8) >= 0;
    }
}
