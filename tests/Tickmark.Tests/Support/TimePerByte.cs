using System.Diagnostics;

namespace Tickmark.Tests.Support;

/// <summary>Time per byte of input for the scaling tests: a ratio between two sizes is asserted, never a wall-clock limit.</summary>
public static class TimePerByte
{
    /// <summary>The fastest of three runs, in ticks per byte: the least disturbed by other work on the machine.</summary>
    public static double Best(byte[] bytes, Action<byte[]> run)
    {
        var best = long.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            run(bytes);
            best = Math.Min(best, clock.ElapsedTicks);
        }
        return (double)best / bytes.Length;
    }
}
