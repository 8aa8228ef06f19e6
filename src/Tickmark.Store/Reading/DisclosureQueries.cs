using Tickmark.Cautionary;
using Tickmark.Guidance;
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

    /// <summary>
    /// Every guidance figure of the company's readable releases, in release order (as
    /// <see cref="CompareWithPrevious"/> orders them), each against the latest earlier release's
    /// outlook for the same period, measure, basis and unit.
    /// </summary>
    public IReadOnlyList<GuidanceRevision> CompanyGuidance(long companyId)
    {
        var releases = reader.Releases(companyId).Where(r => !r.Failed).ToDictionary(r => r.Id);
        var rows = reader.Query("""
            SELECT g.release_id, g.idx, g.measure, g.fiscal_year, g.fiscal_quarter, g.low, g.high, g.point, g.tolerance, g.unit, g.basis, g.change, g.detail, g.line, g.col
            FROM guidance g JOIN releases r ON r.id = g.release_id WHERE r.company_id = @p0 AND r.status = 'ok'
            """, [companyId], Guidance);
        var figures = rows.Where(x => releases.ContainsKey(x.ReleaseId)).Select(x => x.Make(releases[x.ReleaseId]))
            .OrderBy(g => Order(g.Release)).ThenBy(g => g.Index).ToList();
        return Revise(figures);
    }

    /// <summary>The guidance of one release, each figure against the company's earlier outlook (words only for a release with no company).</summary>
    public IReadOnlyList<GuidanceRevision> ReleaseGuidance(long releaseId)
    {
        if (reader.ReleaseSummary(releaseId) is not { } release) return [];
        if (release.CompanyId is { } company) return CompanyGuidance(company).Where(g => g.Figure.Release.Id == releaseId).ToList();
        var rows = reader.Query("""
            SELECT release_id, idx, measure, fiscal_year, fiscal_quarter, low, high, point, tolerance, unit, basis, change, detail, line, col
            FROM guidance WHERE release_id = @p0
            """, [releaseId], Guidance);
        return Revise(rows.Select(x => x.Make(release)).OrderBy(g => g.Index).ToList());
    }

    /// <summary>
    /// The company's outlook beside its series: for each period the series reports, the guidance of the
    /// series' measure (<see cref="GuidanceElements"/>), basis and unit given for it; then the periods
    /// guided and not yet reported. Quarterly series take quarterly guidance, annual series full-year
    /// guidance; a year-to-date series none but the full year. A guidance period placed by its dates
    /// matches the point whose start and end are each within a week of its own (52/53-week quarters);
    /// else its fiscal year and quarter name the point.
    /// </summary>
    public IReadOnlyList<GuidedPeriod> SeriesGuidance(SeriesResult result)
    {
        var s = result.Series;
        var wanted = CompanyGuidance(result.Company.Id).Where(g =>
            GuidanceElements.Measures(g.Figure.Measure, result.LineItem) && g.Figure.Unit == Units.UnitNames.ToJsonName(s.Unit)
            && g.Figure.Basis == Facts.FactBasisNames.ToJsonName(result.Basis)
            && (s.Kind == Series.SeriesKind.Quarterly ? g.Figure.FiscalQuarter != 0 : g.Figure.FiscalQuarter == 0)).ToList();
        if (wanted.Count == 0) return [];
        var periods = new List<GuidedPeriod>();
        var left = wanted.ToList();
        foreach (var p in s.Points)
        {
            var mine = left.Where(g => Matches(g.Figure, p)).ToList();
            if (mine.Count == 0) continue;
            left.RemoveAll(mine.Contains);
            var (start, end) = p.Period is Periods.Duration d ? ((DateOnly?)d.Start, (DateOnly?)d.End) : (null, p.Period.End);
            periods.Add(new GuidedPeriod(p.Slot.Name, start, end, p, mine));
        }
        foreach (var ahead in left.GroupBy(g => (g.Figure.FiscalYear, g.Figure.FiscalQuarter)).OrderBy(x => x.Key))
        {
            var f = ahead.Last().Figure;
            var label = f.FiscalQuarter == 0 ? $"FY{f.FiscalYear}" : $"{f.FiscalYear}Q{f.FiscalQuarter}";
            periods.Add(new GuidedPeriod(label, f.Start, f.End, null, ahead.ToList()));
        }
        return periods;
    }

    private static bool Matches(StoredGuidance g, Series.SeriesPoint p)
    {
        if (p.Period is not Periods.Duration d) return false;
        if (g.Start is { } start && g.End is { } end)
            return Math.Abs(start.DayNumber - d.Start.DayNumber) <= 7 && Math.Abs(end.DayNumber - d.End.DayNumber) <= 7;
        return p.Slot.Year == g.FiscalYear && (g.FiscalQuarter == 0 ? p.Slot.IsFullYear : p.Slot.IsQuarter && p.Slot.Last == g.FiscalQuarter);
    }

    /// <summary>Each figure against the last figure of the same outlook in an earlier release (figures in release order).</summary>
    private static List<GuidanceRevision> Revise(List<StoredGuidance> figures)
    {
        var revisions = new List<GuidanceRevision>(figures.Count);
        for (var i = 0; i < figures.Count; i++)
        {
            var g = figures[i];
            StoredGuidance? earlier = null;
            for (var j = i - 1; j >= 0 && earlier is null; j--)
                if (figures[j].Release.Id != g.Release.Id && figures[j].SameOutlookAs(g)) earlier = figures[j];
            var words = Enum.TryParse<GuidanceChange>(g.Change, ignoreCase: true, out var c) ? c : GuidanceChange.Stated;
            revisions.Add(earlier is { LowerBound: { } el, UpperBound: { } eh } && g is { LowerBound: { } l, UpperBound: { } h }
                ? new GuidanceRevision(g, earlier, OutlookRevision.Compare(el, eh, l, h), RevisionSource.Store)
                : new GuidanceRevision(g, null, OutlookRevision.FromWords(words), RevisionSource.Words));
        }
        return revisions;
    }

    private sealed record GuidanceRow(long ReleaseId, int Index, string Measure, int Year, int Quarter, decimal? Low, decimal? High, decimal? Point,
        decimal? Tolerance, string Unit, string Basis, string Change, string Detail, int Line, int Column)
    {
        public StoredGuidance Make(ReleaseSummary release)
        {
            var (start, end) = StoredGuidance.PeriodOf(Detail);
            return new StoredGuidance(release, Index, Measure, Year, Quarter, start, end, Low, High, Point, Tolerance, Unit, Basis, Change, Detail, Line, Column);
        }
    }

    private static GuidanceRow Guidance(System.Data.Common.DbDataReader r) => new(r.Long(0), r.Int(1), r.Str(2), r.Int(3), r.Int(4),
        Dec(r, 5), Dec(r, 6), Dec(r, 7), Dec(r, 8), r.Str(9), r.Str(10), r.Str(11), r.Str(12), r.Int(13), r.Int(14));

    private static decimal? Dec(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.Decimal(i);

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

    /// <summary>Every stored call, upcoming from <paramref name="asOf"/> or past.</summary>
    public CallCalendar Calendar(DateOnly asOf)
    {
        var calls = Calendar();
        return new CallCalendar(asOf, calls.Where(c => c.Date is { } d && d >= asOf).ToList(),
            calls.Where(c => c.Date is { } d && d < asOf).Reverse().Concat(calls.Where(c => c.Date is null)).ToList());
    }

    /// <summary>When a call starts, for ordering: its instant where the zone is known, else its date at midnight UTC.</summary>
    public static DateTimeOffset When(CalendarEntry e) =>
        e.StartsAt is { } at ? DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)
        : new DateTimeOffset((e.Date ?? DateOnly.MaxValue).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static (DateOnly, DateOnly, long) Order(ReleaseSummary r) => (r.Date ?? DateOnly.MinValue, r.PeriodEnd ?? DateOnly.MinValue, r.Id);
}
