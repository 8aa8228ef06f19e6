using Tickmark.Cautionary;
using Tickmark.Text;

namespace Tickmark.Store.Reading;

/// <summary>
/// Reads what releases say besides their figures: one release's call, events, guidance and
/// cautionary items; its cautionary language compared with the company's previous release; and
/// the calls of every stored company, for the calendar.
/// </summary>
public sealed class DisclosureQueries(StoreReader reader)
{
    public StoredDisclosures For(long releaseId)
    {
        var call = reader.Query("SELECT zone, start_date, detail, line, col FROM calls WHERE release_id = @p0", [releaseId],
            r => new StoredItem(0, "call", r.StrOrNull(1) ?? "", r.Str(2), r.Int(3), r.Int(4))).FirstOrDefault();
        var events = reader.Query("SELECT idx, kind, text, detail, line, col FROM events WHERE release_id = @p0", [releaseId],
            r => new StoredItem(r.Int(0), r.Str(1), r.Str(2), r.Str(3), r.Int(4), r.Int(5))).OrderBy(e => e.Index).ToList();
        var guidance = reader.Query("SELECT idx, measure, detail, line, col FROM guidance WHERE release_id = @p0", [releaseId],
            r => new StoredItem(r.Int(0), "guidance", r.Str(1), r.Str(2), r.Int(3), r.Int(4))).OrderBy(e => e.Index).ToList();
        return new StoredDisclosures(call, events, guidance, Cautionary(releaseId));
    }

    public IReadOnlyList<CautionaryItem> Cautionary(long releaseId) => reader.Query(
        "SELECT idx, kind, text, span_start, span_length FROM cautionary_items WHERE release_id = @p0", [releaseId],
        r => (Index: r.Int(0), Item: new CautionaryItem(CautionaryItem.KindFromName(r.Str(1)), r.Str(2), new SourceSpan(r.Int(3), r.Int(4)))))
        .OrderBy(x => x.Index).Select(x => x.Item).ToList();

    /// <summary>
    /// The release's cautionary language against that of the company's latest earlier release
    /// (by release date, then period end, then id) that has any; null when the release is not stored.
    /// </summary>
    public CautionaryComparison? CompareWithPrevious(long releaseId)
    {
        if (reader.ReleaseSummary(releaseId) is not { } release) return null;
        var items = Cautionary(releaseId);
        if (release.CompanyId is not { } company) return new CautionaryComparison(release, null, []);
        var earlier = reader.Releases(company).Where(r => r.Id != releaseId && !r.Failed && Order(r).CompareTo(Order(release)) < 0)
            .OrderByDescending(Order);
        foreach (var previous in earlier)
        {
            var before = Cautionary(previous.Id);
            if (before.Count > 0) return new CautionaryComparison(release, previous, CautionaryDiff.Compare(before, items));
        }
        return new CautionaryComparison(release, null, []);
    }

    /// <summary>Every stored call, earliest first (calls without a date last).</summary>
    public IReadOnlyList<CalendarEntry> Calendar()
    {
        var calls = reader.Query("SELECT c.release_id, c.start_date, c.start_time, c.zone, c.starts_at, c.detail FROM calls c JOIN releases r ON r.id = c.release_id WHERE r.status = 'ok'", [],
            r => (Id: r.Long(0), Date: r.DateOrNull(1), Time: r.StrOrNull(2), Zone: r.StrOrNull(3), At: r.StrOrNull(4), Detail: r.Str(5)));
        return calls.Select(c => reader.ReleaseSummary(c.Id) is { } release ? new CalendarEntry(release, c.Date, c.Time, c.Zone, c.At, c.Detail) : null)
            .OfType<CalendarEntry>()
            .OrderBy(e => e.Date is null).ThenBy(When)
            .ThenBy(e => e.Release.Ticker).ToList();
    }

    /// <summary>When a call starts, for ordering: its instant where the zone is known, else its date at midnight UTC.</summary>
    public static DateTimeOffset When(CalendarEntry e) =>
        e.StartsAt is { } at ? DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)
        : new DateTimeOffset((e.Date ?? DateOnly.MaxValue).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static (DateOnly, DateOnly, long) Order(ReleaseSummary r) => (r.Date ?? DateOnly.MinValue, r.PeriodEnd ?? DateOnly.MinValue, r.Id);
}
