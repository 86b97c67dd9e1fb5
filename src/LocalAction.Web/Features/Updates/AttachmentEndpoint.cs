using LocalAction.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LocalAction.Web.Features.Updates;

/// <summary>
/// Serves an update's files: to everyone once the update is validated and the pledger agreed to publish, otherwise only
/// to the pledge's focal points and the Secretariat. Always as a download, under the type detected at upload.
/// </summary>
public static class AttachmentEndpoint
{
    public static IEndpointRouteBuilder MapUpdateAttachments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/updates/{id:int}/attachments/{attachmentId:int}", DownloadAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(int id, int attachmentId, HttpContext http, LocalActionDbContext db, UpdateWorkflow workflow, CancellationToken ct)
    {
        var update = await db.PledgeUpdates.AsNoTracking().Include(u => u.Pledge!).ThenInclude(p => p.Organizations)
            .SingleOrDefaultAsync(u => u.Id == id, ct);
        var isPublic = update is { Status: UpdateStatus.Validated, ConsentToPublish: true };
        if (update is null || (!isPublic && !(http.User.Identity?.IsAuthenticated == true && await workflow.ActsForAsync(http.User, update.Pledge!, ct))))
            return Results.NotFound();
        var file = await db.UpdateAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.PledgeUpdateId == id, ct);
        if (file is null) return Results.NotFound();
        if (!isPublic) http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(file.Content, file.ContentType, file.FileName);
    }
}
