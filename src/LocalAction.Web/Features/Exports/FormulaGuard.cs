namespace LocalAction.Web.Features.Exports;

/// <summary>
/// Keeps a spreadsheet from running a text value as a formula: a value beginning with =, +, -, @, a tab or a carriage
/// return gets a leading apostrophe in CSV, HXL and Excel cells. Numbers the export formats itself are never guarded (they
/// can only hold digits, a minus sign and a point), so a negative number stays a number.
/// <para>
/// <see cref="Restore"/> undoes it exactly, for the importer: a value that already began with apostrophes before such a
/// character gets one more, so removing one apostrophe is always right.
/// </para>
/// </summary>
public static class FormulaGuard
{
    public static string Neutralize(string value) => NeedsGuard(value, 0) ? "'" + value : value;

    /// <summary>Whether <see cref="Neutralize"/> would add an apostrophe.</summary>
    public static bool Needed(ReadOnlySpan<char> value) => NeedsGuard(value, 0);

    /// <summary>The value as stored, from a guarded cell.</summary>
    public static string Restore(string cell) => cell.Length > 1 && cell[0] == '\'' && NeedsGuard(cell, 1) ? cell[1..] : cell;

    private static bool NeedsGuard(ReadOnlySpan<char> value, int start)
    {
        var i = start;
        while (i < value.Length && value[i] == '\'') i++;
        return i < value.Length && value[i] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
