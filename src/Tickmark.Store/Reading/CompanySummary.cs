using System.Globalization;

namespace Tickmark.Store.Reading;

/// <summary>
/// A company as the store knows it: identity, how many releases (and how many failed), the span
/// of period ends they cover, their own checks in total and, once <c>SeriesReader.WithCrossChecks</c>
/// has counted them, the checks of its releases against each other.
/// </summary>
public sealed record CompanySummary(
    long Id, string Key, string? Name, string? Ticker, string? Exchange, string? Cik,
    int Releases, int FailedReleases, DateOnly? FirstPeriodEnd, DateOnly? LastPeriodEnd,
    int ChecksPassed, int ChecksRounding, int ChecksFailed)
{
    /// <summary>Cross-release checks (a later release printing a figure again) that agree, agree within rounding, differ.</summary>
    public (int Passed, int Rounding, int Failed) CrossChecks { get; init; }

    /// <summary>Every check, the releases' own and the cross-release ones: pass, rounding, fail.</summary>
    public (int Passed, int Rounding, int Failed) AllChecks =>
        (ChecksPassed + CrossChecks.Passed, ChecksRounding + CrossChecks.Rounding, ChecksFailed + CrossChecks.Failed);

    /// <summary>Share of all checks (own and cross-release) that pass or agree within rounding, 0-1; null when there are none.</summary>
    public double? CheckPassShare
    {
        get
        {
            var (pass, rounding, fail) = AllChecks;
            var all = pass + rounding + fail;
            return all == 0 ? null : (double)(pass + rounding) / all;
        }
    }

    /// <summary><see cref="CheckPassShare"/> written for people (<see cref="ShareText"/>).</summary>
    public string CheckPassText
    {
        get
        {
            var (pass, rounding, fail) = AllChecks;
            return ShareText(pass + rounding, pass + rounding + fail);
        }
    }

    public string DisplayName => Name ?? Key;

    /// <summary>
    /// "99.7%": the share rounded down to a tenth of a percent, so that "100%" means no check fails
    /// (99.97% with one failing check is "99.9%", never "100%"); "no checks" when there are none.
    /// </summary>
    public static string ShareText(int passing, int total)
    {
        if (total == 0) return "no checks";
        if (passing >= total) return "100%";
        var tenths = (long)passing * 1000 / total;
        return (tenths / 10m).ToString("0.#", CultureInfo.InvariantCulture) + "%";
    }
}
