using System.Diagnostics;

namespace Tickmark.Tests.Support;

/// <summary>Time per byte of input for the scaling tests: a ratio between two sizes is asserted, never a wall-clock limit.</summary>
public static class TimePerByte
{
    /// <summary>
    /// How much the time per byte grows from the small input to the large one. The two are run in turn, five
    /// times each after a collection, and the fastest run of each counts: the least disturbed by other work on
    /// the machine (tests and builds run beside each other). Linear work gives about 1; quadratic work gives the
    /// ratio of the sizes.
    /// </summary>
    public static double Growth(byte[] small, byte[] large, Action<byte[]> run)
    {
        run(small); // warm up: JIT, compiled regexes
        var (bestSmall, bestLarge) = (long.MaxValue, long.MaxValue);
        for (var i = 0; i < 5; i++)
        {
            bestSmall = Math.Min(bestSmall, Ticks(small, run));
            bestLarge = Math.Min(bestLarge, Ticks(large, run));
        }
        return ((double)bestLarge / large.Length) / ((double)bestSmall / small.Length);
    }

    private static long Ticks(byte[] bytes, Action<byte[]> run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        run(bytes);
        return clock.ElapsedTicks;
    }
}
