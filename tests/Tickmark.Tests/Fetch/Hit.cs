namespace Tickmark.Tests.Fetch;

/// <summary>One request as the local EDGAR saw it: when it arrived (since the server started), the path, the client's headers and the status sent.</summary>
public sealed record Hit(TimeSpan At, string Path, string? UserAgent, string? AcceptEncoding, int Status);
