using System.Buffers;
using System.Buffers.Text;
using PaperArchive.Lunr.Js;

namespace PaperArchive.Lunr.Json;

/// <summary>A pooled byte buffer that writes raw JSON fragments and flushes to a stream in large blocks.</summary>
internal sealed class Utf8Output(Stream destination) : IDisposable
{
    private const int FlushThreshold = 1 << 16;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(FlushThreshold * 2);
    private int position;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(this.buffer.AsSpan(position));
        position += bytes.Length;
    }

    public void Write(byte value)
    {
        Reserve(1);
        this.buffer[position++] = value;
    }

    public void Write(int value)
    {
        Reserve(11);
        Utf8Formatter.TryFormat(value, this.buffer.AsSpan(position), out var written);
        position += written;
    }

    public void Write(double value)
    {
        Reserve(JsNumber.MaxLength);
        position += JsNumber.Format(value, this.buffer.AsSpan(position));
    }

    private void Reserve(int length)
    {
        if (position + length <= this.buffer.Length) return;
        Flush();
        if (length > this.buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(this.buffer);
            this.buffer = ArrayPool<byte>.Shared.Rent(length);
        }
    }

    public void Flush()
    {
        destination.Write(this.buffer, 0, position);
        position = 0;
    }

    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(this.buffer);
        this.buffer = [];
    }
}
