using System.Buffers;
using System.Text.Unicode;

namespace LocalAction.Web.Features.Imports.Files;

/// <summary>
/// What one pass over a text file's bytes shows about its encoding: a UTF-8 byte order mark, bytes that are not UTF-8, and
/// characters that only UTF-8 writes (valid multi-byte sequences). Both kinds together mean a file pieced together from
/// two encodings, which no single decoding reads correctly.
/// </summary>
public sealed record TextEncodingScan(bool HasUtf8Bom, bool HasNul, long InvalidUtf8Bytes, bool HasUtf8MultiByte)
{
    public bool IsUtf8 => InvalidUtf8Bytes == 0;

    /// <summary>Some bytes are UTF-8 beyond ASCII and some are not UTF-8 at all, or the file declares UTF-8 with a mark and breaks it.</summary>
    public bool IsMixed => InvalidUtf8Bytes > 0 && (HasUtf8MultiByte || HasUtf8Bom);

    public static TextEncodingScan Of(Stream stream)
    {
        stream.Position = 0;
        var bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
        var chars = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            var carry = 0;
            var first = true;
            var bom = false;
            var nul = false;
            long invalid = 0;
            var multiByte = false;
            while (true)
            {
                var read = stream.Read(bytes, carry, (1 << 16) - carry);
                var length = carry + read;
                var final = read == 0;
                var span = bytes.AsSpan(0, length);
                if (first && length >= 3 && span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    bom = true;
                    span = span[3..];
                }
                first = false;
                if (span.Contains((byte)0)) nul = true;
                while (!span.IsEmpty)
                {
                    var status = Utf8.ToUtf16(span, chars, out var consumed, out var written, replaceInvalidSequences: false, isFinalBlock: final);
                    // Each multi-byte sequence writes fewer chars than it reads (4 bytes make 2 chars at most).
                    if (consumed > written) multiByte = true;
                    span = span[consumed..];
                    if (status == OperationStatus.InvalidData)
                    {
                        invalid++;
                        span = span[1..];
                    }
                    else if (status == OperationStatus.NeedMoreData) break;
                }
                if (final) return new TextEncodingScan(bom, nul, invalid, multiByte);
                span.CopyTo(bytes);
                carry = span.Length;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
            stream.Position = 0;
        }
    }
}
