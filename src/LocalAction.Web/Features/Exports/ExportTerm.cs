namespace LocalAction.Web.Features.Exports;

/// <summary>A taxonomy value of a pledge: its code, its name in the export's language, and whether it was set explicitly rather than derived from the priorities.</summary>
public sealed record ExportTerm(string Code, string Name, bool Explicit = false);
