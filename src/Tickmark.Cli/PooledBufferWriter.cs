using System.Buffers;

namespace Tickmark.Cli;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> of bytes over arrays rented from the shared pool: one
/// release's output is built in it on a worker thread and copied to the output stream in order,
/// without a fresh large array per release. Dispose returns the array.
/// </summary>
public sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _written;

    public PooledBufferWriter(int initialCapacity = 64 * 1024) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

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

    /// <summary>Makes room for at least <paramref name="sizeHint"/> more bytes (one when zero); returns where they start.</summary>
    private int Reserve(int sizeHint)
    {
        var need = _written + Math.Max(1, sizeHint);
        if (need > _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(need, 2 * _buffer.Length));
            _buffer.AsSpan(0, _written).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        return _written;
    }

    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _written = 0;
    }
}
