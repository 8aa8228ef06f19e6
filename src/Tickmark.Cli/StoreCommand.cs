using Tickmark.Store;

namespace Tickmark.Cli;

/// <summary>Runs a command against the store: a store that cannot be opened or read is one line on stderr and exit 2, never a stack trace.</summary>
public static class StoreCommand
{
    public static int Run(StoreChoice choice, bool create, TextWriter stderr, Func<TickmarkStore, int> work)
    {
        try
        {
            using var store = choice.Open(create);
            return work(store);
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"tickmark: {e.Message}");
            return 2;
        }
    }
}
