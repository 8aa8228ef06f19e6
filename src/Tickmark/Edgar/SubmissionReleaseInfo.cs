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
            Company = release.Company ?? filer?.Name,
            Date = release.Date ?? header.FilingDate,
        };
    }
}
