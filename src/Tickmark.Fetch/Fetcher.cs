using System.Collections.Concurrent;
using System.Globalization;
using Tickmark.Fetch.Archive;
using Tickmark.Fetch.Detection;
using Tickmark.Fetch.Http;
using Tickmark.Fetch.Listing;

namespace Tickmark.Fetch;

/// <summary>
/// The whole fetch, stage by stage: resolve tickers to CIKs, list the filings (submissions JSON
/// or full index), screen them by their listing, then fetch each on a few workers
/// (<see cref="FilingFetcher"/>) through one rate-limited client, reporting progress as it goes.
/// </summary>
public sealed class Fetcher(FetchOptions options)
{
    public async Task<FetchSummary> RunAsync(FetchRequest request, Action<FetchProgress>? progress = null, CancellationToken ct = default)
    {
        var meter = new RequestMeter();
        using var client = new EdgarClient(options, meter);
        var archive = new EdgarArchive(request.OutDir);
        archive.RemovePartials();
        var cache = new ListingCache(Path.Combine(archive.Root, ".tickmark", "cache"), client);
        var lister = new FilingLister(options.Address, cache);
        var tally = new Tally(meter, progress);

        var problems = new List<string>();
        var listed = request.Quarters.Count > 0
            ? await ListQuartersAsync(lister, request, tally, ct)
            : await ListCompaniesAsync(lister, request, problems, tally, ct);
        var candidates = listed.Where(f => FilingScreen.Screen(f) != Screening.Skip).ToList();
        tally.Found = candidates.Count;

        var journal = new FetchJournal(archive.Root);
        if (request.DryRun)
            return tally.Summary(listed.Count, problems) with { Planned = [.. candidates.Select(f => Plan(f, archive, journal))] };

        var fetcher = new FilingFetcher(client, options.Address, archive, journal);
        var releases = new ConcurrentBag<(Filing Filing, string Path)>();
        tally.Stage = "fetching";
        await Parallel.ForEachAsync(candidates, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Workers), CancellationToken = ct }, async (filing, token) =>
        {
            var outcome = await fetcher.FetchAsync(filing, token);
            if (outcome.Kind is OutcomeKind.Downloaded or OutcomeKind.AlreadyHad) releases.Add((filing, archive.PathOf(filing)));
            tally.Count(filing, outcome);
        });
        return tally.Summary(listed.Count, problems) with
        {
            ReleaseFiles = [.. releases.OrderBy(r => r.Filing.Filed).ThenBy(r => r.Filing.Accession, StringComparer.Ordinal).Select(r => r.Path)],
        };
    }

    private static async Task<List<Filing>> ListCompaniesAsync(FilingLister lister, FetchRequest request, List<string> problems, Tally tally, CancellationToken ct)
    {
        CompanyTickers? tickers = null;
        var filings = new List<Filing>();
        for (var i = 0; i < request.Companies.Count; i++)
        {
            var company = request.Companies[i].Trim();
            long cik;
            if (company.Length > 0 && company.All(char.IsAsciiDigit)) cik = long.Parse(company, CultureInfo.InvariantCulture);
            else if ((tickers ??= await lister.TickersAsync(ct)).TryFind(company, out cik, out _)) { }
            else
            {
                problems.Add($"no company has the ticker '{company}' in EDGAR's company_tickers.json (it lists today's tickers; give the CIK of a company delisted or renamed)");
                continue;
            }
            try { filings.AddRange(await lister.ForCompanyAsync(cik, request.From, request.To, ct)); }
            catch (FetchException e) when (!e.Fatal) { problems.Add($"{company}: {e.Message}"); }
            tally.Listing($"listing companies {i + 1}/{request.Companies.Count}", filings.Count);
        }
        return filings;
    }

    private static async Task<List<Filing>> ListQuartersAsync(FilingLister lister, FetchRequest request, Tally tally, CancellationToken ct)
    {
        var filings = new List<Filing>();
        foreach (var q in request.Quarters)
            filings.AddRange(await lister.ForQuarterAsync(q, request.From, request.To, (done, total) => tally.Listing($"{q}: items of {done}/{total} filers", filings.Count), ct));
        return filings;
    }

    private static PlannedFiling Plan(Filing filing, EdgarArchive archive, FetchJournal journal)
    {
        var plan = archive.Has(filing) ? "in the archive"
            : journal.Find(filing.Accession) is { Verdict.IsRelease: false } known ? $"read before: {known.Verdict.Why}"
            : FilingScreen.Screen(filing) == Screening.Release ? $"release (item {filing.Items})" : "read to decide";
        return new PlannedFiling(filing, plan, archive.PathOf(filing));
    }

    /// <summary>The run's counts, kept from all workers at once.</summary>
    private sealed class Tally(RequestMeter meter, Action<FetchProgress>? progress)
    {
        private readonly Lock _lock = new();
        private readonly List<FetchFailure> _failures = [];
        private int _done, _releases, _downloaded, _already, _others, _listed;
        public int Found;
        public string Stage = "listing";

        public void Listing(string stage, int listed)
        {
            lock (_lock) { Stage = stage; _listed = listed; }
            Report();
        }

        public void Count(Filing filing, FilingOutcome outcome)
        {
            lock (_lock)
            {
                _done++;
                switch (outcome.Kind)
                {
                    case OutcomeKind.Downloaded: _downloaded++; _releases++; break;
                    case OutcomeKind.AlreadyHad: _already++; _releases++; break;
                    case OutcomeKind.NotRelease: _others++; break;
                    default: _failures.Add(new FetchFailure(filing.Accession, outcome.Error ?? "failed")); break;
                }
            }
            Report();
        }

        private void Report()
        {
            if (progress is null) return;
            lock (_lock)
                progress(new FetchProgress(Stage, Found > 0 ? Found : _listed, _done, _releases, _downloaded, _failures.Count, meter.Bytes, meter.Requests, meter.Elapsed));
        }

        public FetchSummary Summary(int listed, List<string> problems)
        {
            lock (_lock)
                return new FetchSummary
                {
                    Listed = listed, Found = Found, Releases = _releases, Downloaded = _downloaded, AlreadyHad = _already, NotReleases = _others,
                    Bytes = meter.Bytes, Requests = meter.Requests, Elapsed = meter.Elapsed, Failures = [.. _failures], Problems = problems,
                };
        }
    }
}
