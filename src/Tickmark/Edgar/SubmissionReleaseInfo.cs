using Tickmark.Releases;

namespace Tickmark.Edgar;

/// <summary>Adds what a submission's header says (form, dates, filer, CIK, SIC) to what the release says about itself.</summary>
public static class SubmissionReleaseInfo
{
    public static ReleaseInfo Apply(ReleaseInfo release, SubmissionHeader header, string releaseText)
    {
        var filer = PrimaryFiler.Choose(header, releaseText);
        return release with
        {
            FormType = header.FormType,
            FilingDate = header.FilingDate,
            PeriodOfReport = header.PeriodOfReport,
            FilerName = filer?.Name,
            Cik = filer?.Cik ?? release.Cik,
            Sic = filer?.SicCode,
            // The filer's conformed name, unless the release names itself beside its ticker.
            Company = release.Ticker is null ? filer?.Name ?? release.Company : release.Company ?? filer?.Name,
            Date = release.Date ?? header.FilingDate,
        };
    }
}
