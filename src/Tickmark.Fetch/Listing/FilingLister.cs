using Tickmark.Fetch.Detection;

namespace Tickmark.Fetch.Listing;

/// <summary>
/// Lists the 8-K and 6-K filings to look at: a company's from its submissions JSON (the recent
/// filings and every older page whose dates meet the range), or a quarter's from EDGAR's full
/// index, whose 8-Ks from August 2004 on take their items from each filer's submissions JSON.
/// </summary>
public sealed class FilingLister(EdgarAddress address, ListingCache cache)
{
    public async Task<CompanyTickers> TickersAsync(CancellationToken ct) =>
        CompanyTickers.Read(await cache.GetAsync(address.CompanyTickers, "company_tickers.json", ListingCache.OneDay, ct), address.CompanyTickers.ToString());

    public async Task<List<Filing>> ForCompanyAsync(long cik, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var main = await PageAsync($"CIK{Filing.TenDigits(cik)}.json", cik, null, ct);
        var filings = new List<Filing>(main.Filings);
        foreach (var page in main.OlderPages.Where(p => p.To >= from && p.From <= to))
            filings.AddRange((await PageAsync(page.Name, cik, main.Company, ct)).Filings);
        return Wanted(filings, from, to);
    }

    public async Task<List<Filing>> ForQuarterAsync(IndexQuarter quarter, DateOnly from, DateOnly to, Action<int, int>? companiesRead, CancellationToken ct)
    {
        var uri = address.FullIndex(quarter);
        var ended = quarter.Last < DateOnly.FromDateTime(DateTime.UtcNow);
        var bytes = await cache.GetAsync(uri, $"full-index/{quarter.Year}-QTR{quarter.Quarter}-form.idx", ended ? null : ListingCache.OneDay, ct);
        var listed = Wanted(FullIndexReader.Read(bytes, uri.ToString(), EarningsForms.Contains), from, to);
        var needItems = listed.Where(f => !EarningsForms.IsForeign(f.Form) && f.Filed >= EarningsForms.Item202From).Select(f => f.Cik).Distinct().ToList();
        var items = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < needItems.Count; i++)
        {
            try
            {
                foreach (var f in await ForCompanyAsync(needItems[i], quarter.First, quarter.Last, ct)) items.TryAdd(f.Accession, f.Items);
            }
            catch (FetchException e) when (!e.Fatal) { } // its filings are read whole instead
            companiesRead?.Invoke(i + 1, needItems.Count);
        }
        return [.. listed.Select(f => items.TryGetValue(f.Accession, out var it) ? f with { Items = it } : f)];
    }

    private async Task<SubmissionsPage> PageAsync(string name, long cik, string? company, CancellationToken ct)
    {
        var uri = address.Submissions(name);
        return SubmissionsPage.Read(await cache.GetAsync(uri, "submissions/" + name, ListingCache.OneDay, ct), uri.ToString(), cik, company);
    }

    /// <summary>The earnings forms filed in the range, each accession once, oldest first.</summary>
    private static List<Filing> Wanted(IEnumerable<Filing> filings, DateOnly from, DateOnly to) =>
        [.. filings.Where(f => EarningsForms.Contains(f.Form) && f.Filed >= from && f.Filed <= to)
            .DistinctBy(f => f.Accession).OrderBy(f => f.Filed).ThenBy(f => f.Accession, StringComparer.Ordinal)];
}
