using System.Globalization;
using Tickmark.Fetch;
using Tickmark.Fetch.Listing;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark fetch</c>'s options as typed, and their reading into a request and options, with
/// one message for the first that does not read (a usage error).
/// </summary>
public sealed record FetchArguments
{
    public IReadOnlyList<string> Companies { get; init; } = [];
    public string? Index { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string Out { get; init; } = DefaultOut;
    public bool DryRun { get; init; }
    public bool Ingest { get; init; }
    public StoreChoice Store { get; init; } = new(null, null);
    public string? UserAgent { get; init; }
    public string? BaseUrl { get; init; }
    public int Workers { get; init; } = 4;

    public const string DefaultOut = "edgar-archive";

    /// <summary>The request and options, or the usage error; <paramref name="environment"/> stands in for the options not given.</summary>
    public (FetchRequest? Request, FetchOptions? Options, string? Error) Read(Func<string, string?> environment)
    {
        if (Companies.Count == 0 && Index is null) return Fail("give companies (tickers or CIKs) or --index YEAR[Qn]");
        if (Companies.Count > 0 && Index is not null) return Fail("give companies or --index, not both");
        var quarters = Index is null ? [] : IndexQuarter.Parse(Index);
        if (quarters is null) return Fail($"--index: '{Index}' is not a year or quarter of EDGAR's index, such as 2004 or 2004Q3");
        if (!Date(From, "--from", FetchRequest.EdgarStart, out var from, out var error) || !Date(To, "--to", DateOnly.FromDateTime(DateTime.Today), out var to, out error))
            return Fail(error!);
        if (to < from) return Fail($"--to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}");
        if (!Ingest && (Store.Db is not null || Store.Pg is not null)) return Fail("--db and --pg go with --ingest");
        if (Workers is < 1 or > 10) return Fail("--workers: give 1 to 10");
        var agent = UserAgent ?? environment(FetchOptions.UserAgentVariable);
        if (Tickmark.Fetch.Http.UserAgent.Problem(agent) is { } uaProblem) return Fail(uaProblem);
        var url = BaseUrl ?? environment(EdgarAddress.EnvironmentVariable);
        var address = url is { Length: > 0 } ? EdgarAddress.Local(url) : EdgarAddress.Sec;
        if (address is null) return Fail($"--base-url: '{url}' is not an http(s) address, such as http://127.0.0.1:8080/");
        var request = new FetchRequest(Companies, quarters, from, to, Out, DryRun);
        return (request, new FetchOptions(agent!.Trim(), address, Workers: Workers), null);
    }

    private static (FetchRequest?, FetchOptions?, string?) Fail(string error) => (null, null, error);

    private static bool Date(string? text, string option, DateOnly fallback, out DateOnly date, out string? error)
    {
        error = null;
        date = fallback;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            if (text.Trim().Length == 4 && option == "--to") date = new DateOnly(date.Year, 12, 31);
            return true;
        }
        error = $"{option}: '{text}' is not a date such as 2004-08-23 (or a year)";
        return false;
    }
}
