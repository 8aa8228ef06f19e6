namespace Tickmark.Fetch;

/// <summary>
/// What stops a fetch or one filing of it, in one line for the user: the address or file, and
/// what was wrong. <see cref="Fatal"/> marks what ends the whole run (EDGAR refusing the client).
/// </summary>
public sealed class FetchException(string message, bool fatal = false) : Exception(message)
{
    public bool Fatal { get; } = fatal;
}
