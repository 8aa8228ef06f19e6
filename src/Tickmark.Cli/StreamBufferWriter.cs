using System.Buffers;

namespace Tickmark.Cli;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> of bytes that passes what is written on to a stream each time
/// its small buffer fills: a release too large to hold rendered (hundreds of MB of JSON for a
/// table of 200,000 rows) is written straight to the output instead. <see cref="Flush"/> writes
/// what is left.
/// </summary>
public sealed class StreamBufferWriter(Stream stream, int capacity = 1 << 16) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[capacity];
    private int _written;

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Reserve(sizeHint); // first: it may replace the buffer
        return _buffer.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _buffer.AsSpan(start);
    }

    /// <summary>Room for at least <paramref name="sizeHint"/> bytes (one when zero), writing out what the buffer holds first when it has too little; returns where the room starts.</summary>
    private int Reserve(int sizeHint)
    {
        var need = Math.Max(1, sizeHint);
        if (_buffer.Length - _written >= need) return _written;
        Flush();
        if (need > _buffer.Length) _buffer = new byte[need];
        return 0;
    }

    public void Flush()
    {
        if (_written == 0) return;
        stream.Write(_buffer, 0, _written);
        _written = 0;
    }
}
