namespace LocalAction.Web.Features.Exports;

/// <summary>A partner named in a pledge, with its type (URL word, e.g. "un-agency") and the type's name, where stated.</summary>
public sealed record ExportPartner(string Name, string? Type, string? TypeName);
