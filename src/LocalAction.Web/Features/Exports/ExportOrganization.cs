namespace LocalAction.Web.Features.Exports;

/// <summary>A pledging organization as exported: its stable slug, name, kind (URL word) and country.</summary>
public sealed record ExportOrganization(string Slug, string Name, string Kind, string KindName, string? CountryCode, string? CountryName, string? Location);
