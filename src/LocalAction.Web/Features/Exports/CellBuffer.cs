namespace LocalAction.Web.Features.Exports;

/// <summary>
/// One cell's text, built in a reused buffer: the CSV writer writes a hundred thousand rows of fifty cells, and a string
/// per cell (or a list and a joined string per list cell) was a third of its time.
/// </summary>
public sealed class CellBuffer
{
    private char[] _chars = new char[1024];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
    }

    /// <summary>A number or day, as <paramref name="format"/> makes it under the invariant culture.</summary>
    public void Append<T>(T value, string? format) where T : ISpanFormattable
    {
        int written;
        while (!value.TryFormat(_chars.AsSpan(Length), out written, format, System.Globalization.CultureInfo.InvariantCulture)) Grow(64);
        Length += written;
    }

    private void Grow(int more) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + more));
}
