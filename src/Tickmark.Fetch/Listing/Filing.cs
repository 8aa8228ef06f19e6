namespace Tickmark.Fetch.Listing;

/// <summary>
/// One filing as EDGAR lists it: filer CIK, company name, form ("8-K", "6-K/A"), filing date,
/// accession number ("0001193125-11-009392") and the 8-K items the listing gives ("2.02,9.01"), or
/// null when the listing gives none (the full index never does; filings before August 2004 seldom do).
/// </summary>
public sealed record Filing(long Cik, string Company, string Form, DateOnly Filed, string Accession, string? Items)
{
    /// <summary>The whole submission's path under EDGAR's archive root, as EDGAR lays it out: <c>edgar/data/CIK/ACCESSION.txt</c>.</summary>
    public string ArchivePath => $"edgar/data/{Cik}/{Accession}.txt";

    /// <summary>A CIK as EDGAR's file names write it: ten digits with leading zeros.</summary>
    public static string TenDigits(long cik) => cik.ToString("D10", System.Globalization.CultureInfo.InvariantCulture);
}
