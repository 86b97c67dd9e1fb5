namespace LocalAction.Web.Features.Updates;

/// <summary>A document or photo sent with an update. Stored in the database so every app instance serves the same files.</summary>
public sealed class UpdateAttachment
{
    public int Id { get; init; }
    public int PledgeUpdateId { get; init; }
    public required string FileName { get; init; }

    /// <summary>The media type detected from the file's first bytes.</summary>
    public required string ContentType { get; init; }
    public AttachmentKind Kind { get; init; }
    public long SizeBytes { get; init; }
    public required string Sha256 { get; init; }
    public required byte[] Content { get; init; }
    public DateTime UploadedAt { get; init; }
    public required string UploadedByUserId { get; init; }
}
