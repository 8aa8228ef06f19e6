namespace Tickmark.Cli;

/// <summary>
/// Runs a piece of work per item on all cores and hands the results on in input order. At most
/// <c>window</c> items are in flight (working or waiting their turn), so memory is bounded by the
/// window whatever the number of items; the hand-on runs on the calling thread, one result at a time.
/// </summary>
public static class OrderedParallel
{
    /// <summary>Enough work queued to keep every core busy while the head of the queue is handed on.</summary>
    public static int DefaultWindow => 4 * Environment.ProcessorCount;

    public static void Run<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> work, Action<TOut> handOn, int? window = null)
    {
        var limit = Math.Max(1, window ?? DefaultWindow);
        var pending = new Queue<Task<TOut>>(limit);
        foreach (var item in items)
        {
            if (pending.Count >= limit) handOn(pending.Dequeue().GetAwaiter().GetResult());
            pending.Enqueue(Task.Run(() => work(item)));
        }
        while (pending.Count > 0) handOn(pending.Dequeue().GetAwaiter().GetResult());
    }
}
