namespace LocalAction.Web.Features.Exports;

/// <summary>What an importer does with an exported column.</summary>
public enum ColumnUse
{
    /// <summary>Stored data: an importer reads it back, and together these columns recreate the record exactly.</summary>
    ReadBack,

    /// <summary>
    /// Computed from other columns or other records (taxonomy names beside codes, the country's name, the url, counts and
    /// figures of validated updates): written for readers, ignored by an importer.
    /// </summary>
    Derived,
}
