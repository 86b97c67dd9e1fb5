namespace LocalAction.Web.Features.Exports;

/// <summary>How a column's value is written: text and lists as strings, numbers as numbers (numeric cells in Excel, numbers in JSON).</summary>
public enum ColumnType
{
    Text,

    /// <summary>A whole number, invariant culture ("2023").</summary>
    Integer,

    /// <summary>A decimal number, invariant culture, no thousands separator, no trailing zeros ("2500000.5").</summary>
    Number,

    /// <summary>"true", "false", or empty when unknown.</summary>
    Flag,

    /// <summary>An ISO 8601 day ("2026-03-01").</summary>
    Date,

    /// <summary>Several values, joined with <see cref="ExportColumn{TRow}.Separator"/> in CSV and Excel, an array in JSON.</summary>
    List,
}
