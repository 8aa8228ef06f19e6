using System.Globalization;
using Tickmark.Fetch;

namespace Tickmark.Cli;

/// <summary>The lines <c>tickmark fetch</c> prints: progress, the dry run's list and the summary.</summary>
public static class FetchReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Progress(FetchProgress p) => p.Stage.StartsWith("fetching", StringComparison.Ordinal)
        ? string.Create(Invariant, $"{p.Done}/{p.Found} filings, {p.Releases} releases, {p.Downloaded} downloaded, {p.Megabytes:F1} MB, {p.RequestsPerSecond:F1} requests/s, {p.Failed} failed")
        : string.Create(Invariant, $"{p.Stage}: {p.Found} filings found, {p.RequestsPerSecond:F1} requests/s");

    /// <summary>One line a filing: date, form, accession, company, what its listing says, where it would go.</summary>
    public static void DryRun(FetchSummary summary, TextWriter stdout)
    {
        foreach (var p in summary.Planned)
            stdout.WriteLine(string.Create(Invariant, $"{p.Filing.Filed:yyyy-MM-dd}  {p.Filing.Form,-6}  {p.Filing.Accession}  {p.Filing.Company}  {p.Plan}  {p.Path}"));
    }

    public static string Summary(FetchSummary s, FetchRequest request)
    {
        var traffic = string.Create(Invariant, $"{s.Bytes / 1_000_000.0:F1} MB, {s.Requests} requests in {s.Elapsed.TotalSeconds:F1} s ({s.RequestsPerSecond:F1}/s)");
        if (request.DryRun)
        {
            var byItem = s.Planned.Count(p => p.Plan.StartsWith("release", StringComparison.Ordinal));
            var here = s.Planned.Count(p => p.Plan == "in the archive");
            var before = s.Planned.Count(p => p.Plan.StartsWith("read before", StringComparison.Ordinal));
            return $"dry run: {s.Found} filings found ({byItem} releases by their items, {s.Found - byItem - here - before} to read to decide, " +
                   $"{here} in the archive, {before} read before and not releases); no filing downloaded; {traffic}";
        }
        return $"fetch: {s.Found} filings found, {s.Releases} earnings releases ({s.Downloaded} downloaded, {s.AlreadyHad} already here), " +
               $"{s.NotReleases} other reports, {s.Failures.Count} failed; {traffic} into {request.OutDir}";
    }
}
