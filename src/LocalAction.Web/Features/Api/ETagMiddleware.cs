using System.Security.Cryptography;

namespace LocalAction.Web.Features.Api;

/// <summary>
/// Gives every successful GET response of the API a strong ETag computed from its body, and answers
/// 304 Not Modified when the client already has it, so polling clients and caches transfer nothing new.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next)
{
    /// <summary>Responses under this path are streamed as they are written and get no ETag.</summary>
    public const string StreamedPrefix = "/api/v1/exports";

    public async Task InvokeAsync(HttpContext context)
    {
        // Exports are streamed because they can be large: a body hash would need the whole file in memory first.
        if (!HttpMethods.IsGet(context.Request.Method) || context.Request.Path.StartsWithSegments(StreamedPrefix))
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = "\"" + Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..27].Replace('+', '-').Replace('/', '_') + "\"";
            context.Response.Headers.ETag = etag;
            context.Response.Headers.CacheControl = "no-cache";
            if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && (v == "*" || v.Split(',').Select(s => s.Trim()).Contains(etag))))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                return;
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }
}
