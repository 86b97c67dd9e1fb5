using System.Text;

namespace LocalAction.Tests.Imports;

/// <summary>
/// A multipart body of any announced size, made up as it is read and counting what was read: a 1 GB upload costs the test
/// nothing, and shows how much the server took before it refused.
/// </summary>
public sealed class LargeUpload(long fileBytes) : Stream
{
    public const string Boundary = "large-upload-boundary";

    private readonly byte[] _head = Encoding.ASCII.GetBytes(
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\nContent-Type: text/csv\r\n\r\nexternal_id,title\r\n");
    private readonly byte[] _tail = Encoding.ASCII.GetBytes($"\r\n--{Boundary}--\r\n");
    private long _position;

    public long BytesRead => _position;
    public override long Length => _head.Length + fileBytes + _tail.Length;
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count && _position < Length)
        {
            var tailStart = _head.Length + fileBytes;
            buffer[offset + written++] = _position < _head.Length ? _head[_position]
                : _position < tailStart ? (byte)((_position % 40 == 39) ? '\n' : 'x')
                : _tail[_position - tailStart];
            _position++;
        }
        return written;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
