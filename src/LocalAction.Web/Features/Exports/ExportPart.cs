namespace LocalAction.Web.Features.Exports;

/// <summary>Which table a single-table format writes: the pledges, or the validated updates of the same pledges.</summary>
public enum ExportPart
{
    Pledges,
    Updates,
}
