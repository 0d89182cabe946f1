using System.Buffers;
using System.Buffers.Text;
using PaperArchive.Lunr.Js;

namespace PaperArchive.Lunr.Json;

/// <summary>A pooled byte buffer that writes raw JSON fragments and flushes to a stream in large blocks.</summary>
internal sealed class Utf8Output(Stream destination) : IDisposable
{
    private const int FlushThreshold = 1 << 16;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FlushThreshold * 2);
    private int _position;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_position));
        _position += bytes.Length;
    }

    public void Write(byte value)
    {
        Reserve(1);
        _buffer[_position++] = value;
    }

    public void Write(int value)
    {
        Reserve(11);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_position), out var written);
        _position += written;
    }

    public void Write(double value)
    {
        Reserve(JsNumber.MaxLength);
        _position += JsNumber.Format(value, _buffer.AsSpan(_position));
    }

    private void Reserve(int length)
    {
        if (_position + length <= _buffer.Length) return;
        Flush();
        if (length > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(length);
        }
    }

    public void Flush()
    {
        destination.Write(_buffer, 0, _position);
        _position = 0;
    }

    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
