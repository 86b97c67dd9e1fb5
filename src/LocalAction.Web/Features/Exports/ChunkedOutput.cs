namespace LocalAction.Web.Features.Exports;

/// <summary>
/// A write-only stream that keeps what the synchronous writers (StreamWriter, Utf8JsonWriter, XmlWriter, ZipArchive) write
/// until <see cref="DrainAsync"/> copies it to the real output asynchronously: servers refuse synchronous writes to a
/// response, and between two drains it holds one batch at most.
/// </summary>
public sealed class ChunkedOutput : Stream
{
    private readonly MemoryStream _pending = new();
    private long _written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();

    /// <summary>How many bytes were written in all.</summary>
    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _written += buffer.Length;
    }

    public override void WriteByte(byte value)
    {
        _pending.WriteByte(value);
        _written++;
    }

    public async Task DrainAsync(Stream output, CancellationToken ct)
    {
        if (_pending.Length == 0) return;
        await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), ct);
        _pending.SetLength(0);
        // A very large batch may have grown the buffer; let it go rather than keep the peak for the whole export.
        if (_pending.Capacity > 4 * 1024 * 1024) _pending.Capacity = 64 * 1024;
    }

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _pending.Dispose();
        base.Dispose(disposing);
    }
}
