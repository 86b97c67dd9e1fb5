namespace LocalAction.Web.Features.Updates;

/// <summary>What an attached file is, decided from its content, never from its name.</summary>
public enum AttachmentKind
{
    Document,
    Photo,
}
