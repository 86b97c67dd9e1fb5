using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.Extensions.Localization;
using static LocalAction.Web.Features.InputValues;

namespace LocalAction.Web.Features.Updates;

/// <summary>A file as received, before inspection.</summary>
public sealed record IncomingFile(string FileName, byte[] Content);

/// <summary>
/// Accepts documents and photos by what their bytes are, never by their name or the browser's content type: PDF, Word
/// (.docx), PNG, JPEG and WebP, at most <see cref="MaxFiles"/> files of <see cref="MaxBytes"/> each. A file whose name
/// claims another type than its content is refused, so nothing is served under a misleading type.
/// </summary>
public sealed class AttachmentInspector(IStringLocalizer<SharedResource> l)
{
    public const int MaxFiles = 5;
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly Dictionary<string, (string ContentType, AttachmentKind Kind, string Name)> Types = new()
    {
        ["pdf"] = ("application/pdf", AttachmentKind.Document, "PDF"),
        ["docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", AttachmentKind.Document, "Word (.docx)"),
        ["png"] = ("image/png", AttachmentKind.Photo, "PNG"),
        ["jpeg"] = ("image/jpeg", AttachmentKind.Photo, "JPEG"),
        ["webp"] = ("image/webp", AttachmentKind.Photo, "WebP"),
    };

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "pdf", [".docx"] = "docx", [".png"] = "png", [".jpg"] = "jpeg", [".jpeg"] = "jpeg", [".webp"] = "webp",
    };

    /// <summary>The accepted files, or the problems of every refused one.</summary>
    public (IReadOnlyList<UpdateAttachment> Accepted, IReadOnlyList<string> Errors) Inspect(IReadOnlyList<IncomingFile> files, string userId, DateTime now)
    {
        var errors = new List<string>();
        var accepted = new List<UpdateAttachment>();
        if (files.Count > MaxFiles) errors.Add(l["Attach at most {0} files; {1} were sent.", MaxFiles, files.Count]);
        foreach (var file in files.Take(MaxFiles))
        {
            var name = file.FileName.Trim();
            if (name.Length == 0 || name.Length > 200 || name.Contains('/') || name.Contains('\\') || name.Contains("..") || name.Any(char.IsControl))
            {
                errors.Add(l["The file name '{0}' is not acceptable: use a plain name of at most 200 characters.", Shorten(name)]);
                continue;
            }
            if (file.Content.Length == 0) { errors.Add(l["The file '{0}' is empty.", name]); continue; }
            if (file.Content.Length > MaxBytes)
            {
                errors.Add(l["The file '{0}' is {1:N1} MB; the limit is {2} MB.", name, file.Content.Length / 1048576.0, MaxBytes / 1048576]);
                continue;
            }
            var detected = Detect(file.Content);
            if (detected is null)
            {
                errors.Add(l["The file '{0}' is not a document or photo we accept (PDF, Word .docx, PNG, JPEG, WebP).", name]);
                continue;
            }
            if (!Extensions.TryGetValue(Path.GetExtension(name), out var claimed))
            {
                errors.Add(l["The file '{0}' has no accepted extension; its content is {1}.", name, Types[detected].Name]);
                continue;
            }
            if (claimed != detected)
            {
                errors.Add(l["The file '{0}' is named as {1} but its content is {2}.", name, Types[claimed].Name, Types[detected].Name]);
                continue;
            }
            accepted.Add(new UpdateAttachment
            {
                FileName = name, ContentType = Types[detected].ContentType, Kind = Types[detected].Kind, SizeBytes = file.Content.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)), Content = file.Content, UploadedAt = now, UploadedByUserId = userId,
            });
        }
        return (accepted, errors);
    }

    /// <summary>The type the bytes are, from their signature; a .docx is a ZIP holding word/document.xml.</summary>
    public static string? Detect(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8)) return "pdf";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "png";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "jpeg";
        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "webp";
        if (b.StartsWith("PK\u0003\u0004"u8) && IsWordDocument(b.ToArray())) return "docx";
        return null;
    }

    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

}
