using Tickmark.Fetch.Listing;

namespace Tickmark.Fetch;

/// <summary>
/// Where EDGAR's files are: <see cref="Www"/> serves the archive, the full index and the
/// company-tickers list; <see cref="Data"/> serves the submissions JSON. A local mirror serves
/// both under one root (<see cref="Local"/>).
/// </summary>
public sealed record EdgarAddress(Uri Www, Uri Data)
{
    /// <summary>The environment variable that stands in for <c>--base-url</c>.</summary>
    public const string EnvironmentVariable = "TICKMARK_EDGAR_URL";

    public static EdgarAddress Sec { get; } = new(new Uri("https://www.sec.gov/"), new Uri("https://data.sec.gov/"));

    /// <summary>A mirror at <paramref name="root"/> serving EDGAR's paths of both hosts; null when the text is no http(s) address.</summary>
    public static EdgarAddress? Local(string root)
    {
        var text = root.EndsWith('/') ? root : root + "/";
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return null;
        return new EdgarAddress(uri, uri);
    }

    public Uri CompanyTickers => new(Www, "files/company_tickers.json");

    /// <summary>A submissions JSON file: <c>CIK##########.json</c> or one of its older pages.</summary>
    public Uri Submissions(string fileName) => new(Data, "submissions/" + fileName);

    public Uri FullIndex(IndexQuarter quarter) => new(Www, $"Archives/edgar/full-index/{quarter.Year}/QTR{quarter.Quarter}/form.idx");

    public Uri Submission(Filing filing) => new(Www, "Archives/" + filing.ArchivePath);
}
