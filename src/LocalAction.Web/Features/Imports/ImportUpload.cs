using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace LocalAction.Web.Features.Imports;

/// <summary>
/// An uploaded file kept in a temporary file, never in memory: the import reads it twice. Received straight from the
/// multipart body, so a request announcing more than the limit is refused before its body is read, and one without a
/// length is cut off at the limit.
/// </summary>
public sealed class ImportUpload : IAsyncDisposable
{
    private ImportUpload(string fileName, string path, FileStream content)
    {
        FileName = fileName;
        Path = path;
        Content = content;
    }

    /// <summary>The name the client gave the file (it decides CSV or .xlsx, checked against the content).</summary>
    public string FileName { get; }
    public string Path { get; }
    public FileStream Content { get; }

    /// <summary>Whether disposing deletes the file; a page's import job takes the file over.</summary>
    public bool DeleteOnDispose { get; set; } = true;

    public static string Folder => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "localaction-imports");

    public static async Task<ImportUpload> SaveAsync(string fileName, Stream source, long maxBytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var path = System.IO.Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".upload");
        var content = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        var upload = new ImportUpload(fileName, path, content);
        try
        {
            var buffer = new byte[1 << 16];
            long total = 0;
            for (int read; (read = await source.ReadAsync(buffer, ct)) > 0;)
            {
                total += read;
                if (total > maxBytes) throw new UploadTooLargeException();
                await content.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            await content.FlushAsync(ct);
            content.Position = 0;
            return upload;
        }
        catch
        {
            await upload.DisposeAsync();
            throw;
        }
    }

    /// <summary>The file of the multipart field <c>file</c>, or the problem (413, 415, 400) to answer instead.</summary>
    public static async Task<(ImportUpload? Upload, IResult? Problem)> ReceiveAsync(HttpRequest request, ImportSettings settings, IStringLocalizer<SharedResource> l,
        CancellationToken ct)
    {
        IResult TooLarge() => Problem(StatusCodes.Status413PayloadTooLarge, "File too large", l["The file is over the limit of {0} MB.", settings.MaxUploadMegabytes]);
        if (request.ContentLength > settings.MaxRequestBytes)
            return (null, Problem(StatusCodes.Status413PayloadTooLarge, "File too large",
                l["The request is {0:N1} MB; the file's limit is {1} MB.", request.ContentLength / 1048576.0, settings.MaxUploadMegabytes]));
        // Kestrel then stops a body sent without a length at the limit, whatever its default limit is.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = settings.MaxRequestBytes;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", l["Send the file as multipart/form-data, in the field 'file'."]));

        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            for (var section = await reader.ReadNextSectionAsync(ct); section is not null; section = await reader.ReadNextSectionAsync(ct))
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()
                    || HeaderUtilities.RemoveQuotes(disposition.Name).Value != "file")
                    continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
                // The rest of the body is not read: nothing after the file is needed.
                return (await SaveAsync(name, section.Body, settings.MaxUploadBytes, ct), null);
            }
        }
        catch (UploadTooLargeException)
        {
            return (null, TooLarge());
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
        catch (InvalidDataException)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Malformed request", l["The multipart body could not be read."]));
        }
        return (null, Problem(StatusCodes.Status400BadRequest, "No file", l["Send the file in the multipart field 'file'."]));
    }

    private static IResult Problem(int status, string title, string detail) => TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        if (!DeleteOnDispose) return;
        try { File.Delete(Path); } catch (IOException) { }
    }

    public sealed class UploadTooLargeException() : Exception("The upload is over the limit.");
}
