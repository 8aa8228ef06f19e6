namespace Tickmark.Tests.Fetch;

/// <summary>What the local EDGAR does to the next request for a path, instead of answering it plainly.</summary>
public abstract record Fault
{
    /// <summary>429 Too Many Requests with "Retry-After: N" seconds.</summary>
    public sealed record TooMany(int RetryAfterSeconds) : Fault;
    /// <summary>503 Service Unavailable.</summary>
    public sealed record Unavailable : Fault;
    /// <summary>The right answer, after a wait.</summary>
    public sealed record Slow(int Milliseconds) : Fault;
    /// <summary>Headers promise the whole file; half of it is sent and the connection dropped.</summary>
    public sealed record Truncated : Fault;
}
