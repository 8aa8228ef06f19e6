using Tickmark.Fetch.Listing;

namespace Tickmark.Fetch.Detection;

/// <summary>
/// Screens a listed filing before anything is downloaded: a form other than 8-K/6-K is skipped;
/// items that include 2.02 (or 12 before August 2004) make it a release; other items on a filing
/// from August 2004 on rule it out; everything else (no items listed, older filings, 6-Ks) must
/// be read.
/// </summary>
public static class FilingScreen
{
    public static Screening Screen(Filing filing)
    {
        if (!EarningsForms.Contains(filing.Form)) return Screening.Skip;
        if (EarningsForms.IsForeign(filing.Form) || filing.Items is null) return Screening.ReadContent;
        var items = filing.Items.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (items.Contains("2.02")) return Screening.Release;
        if (filing.Filed < EarningsForms.Item202From && items.Contains("12")) return Screening.Release;
        return filing.Filed >= EarningsForms.Item202From ? Screening.Skip : Screening.ReadContent;
    }
}
