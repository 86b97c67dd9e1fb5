using LocalAction.Web.Features.Exports;

namespace LocalAction.Web.Features.Imports.Files;

/// <summary>
/// Cells a spreadsheet would run as a formula when the file is opened (CSV injection). The exports write such a value with
/// a leading apostrophe (<see cref="FormulaGuard"/>), which spreadsheets read as "this is text"; the import takes it off
/// again so a round trip changes nothing, and refuses a raw formula rather than store it for the next person who opens an
/// export.
/// </summary>
public static class FormulaCells
{
    /// <summary>The value as meant, or null when the cell is a formula to refuse.</summary>
    public static string? Neutralized(string cell, out bool isFormula)
    {
        isFormula = false;
        var restored = FormulaGuard.Restore(cell);
        if (restored.Length != cell.Length) return restored;
        var text = cell.TrimStart(' ');
        if (text.Length == 0 || text[0] is not ('=' or '+' or '-' or '@') || IsSignedNumber(text)) return cell;
        isFormula = true;
        return null;
    }

    /// <summary>"-5" and "+3.5" are numbers a spreadsheet shows as such, not formulas; the field's own rules judge them.</summary>
    private static bool IsSignedNumber(string text)
    {
        if (text.Length == 1) return false;
        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) && text[i] is not '.' and not ',') return false;
        }
        return char.IsAsciiDigit(text[1]);
    }
}
