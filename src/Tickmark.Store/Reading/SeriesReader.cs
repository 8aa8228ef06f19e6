using System.Data.Common;
using Tickmark.Concepts;
using Tickmark.Facts;
using Tickmark.Series;
using Tickmark.Splits;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Store.Reading;

/// <summary>
/// A company's history from the store: the table figures of its readable releases become
/// <see cref="Observation"/>s (each figure's XBRL-convention value, one basis at a time: GAAP unless
/// the non-GAAP series is asked for), share counts and per-share figures put on the latest stock-split
/// basis, placed on the fiscal calendar its own periods show; the core <see cref="SeriesBuilder"/>
/// and <see cref="CrossReleaseChecker"/> do the rest.
/// </summary>
public sealed class SeriesReader(StoreReader reader)
{
    private const string FigureSql = """
        SELECT f.release_id, f.idx, f.concept, f.label, COALESCE(f.xbrl_value, f.value), f.decimals, f.unit, f.statement_kind, f.period_start, f.period_end,
               f.line, f.col, s.title, c.heading, r.source_path, r.period_end, r.release_date, f.section, f.basis
        FROM facts f
        JOIN releases r ON r.id = f.release_id
        LEFT JOIN statements s ON s.release_id = f.release_id AND s.idx = f.statement_idx
        LEFT JOIN statement_columns c ON c.release_id = f.release_id AND c.statement_idx = f.statement_idx AND c.idx = f.column_idx
        WHERE r.company_id = @p0 AND r.status = 'ok' AND f.origin = 'table' AND f.period_end IS NOT NULL AND f.dimensions IS NULL
        """;

    /// <summary>
    /// The series of <paramref name="lineItem"/> (an element name or a label) for the company named by
    /// <paramref name="company"/> (ticker, key or name), of one <paramref name="basis"/>; null when there is no such company.
    /// </summary>
    public SeriesResult? Series(string company, string lineItem, SeriesKind kind, FactBasis basis = FactBasis.Gaap) =>
        reader.FindCompany(company) is { } found ? Series(found, lineItem, kind, basis) : null;

    /// <summary>
    /// The series of <paramref name="lineItem"/> for <paramref name="found"/>; <paramref name="calendar"/> from
    /// <see cref="Calendar(long)"/> and <paramref name="splits"/> from <see cref="Splits(long)"/> when the caller
    /// reads several series of one company (they are read here otherwise).
    /// </summary>
    public SeriesResult Series(CompanySummary found, string lineItem, SeriesKind kind, FactBasis basis = FactBasis.Gaap,
        FiscalCalendar? calendar = null, SplitSchedule? splits = null)
    {
        var query = new LineItemQuery(lineItem);
        calendar ??= Calendar(found.Id);
        splits ??= Splits(found.Id, calendar);
        var basisFilter = " AND f.basis = @p1";
        var basisName = basis.ToJsonName();
        if (query.Element is { } element)
        {
            var byElement = Figures(found.Id, basisFilter + " AND lower(f.concept) = @p2", basisName, element.ToLowerInvariant());
            if (byElement.Count > 0)
                return new SeriesResult(found, element, SeriesBuilder.Build(byElement.Select(f => splits.Adjust(f.Figure)), calendar, kind) with { Splits = splits.Events }, basis);
        }
        var byLabel = Figures(found.Id, basisFilter + " AND lower(f.label) = @p2", basisName, query.LabelKey).Where(f => query.MatchesLabel(f.Label));
        return new SeriesResult(found, lineItem.Trim(), SeriesBuilder.Build(byLabel.Select(f => splits.Adjust(f.Figure)), calendar, kind) with { Splits = splits.Events }, basis);
    }

    /// <summary>The company with its cross-release checks counted (<see cref="CompanySummary.CrossChecks"/>).</summary>
    public CompanySummary WithCrossChecks(CompanySummary company) => WithCrossChecks(company, CrossReleaseChecks(company.Id));

    public static CompanySummary WithCrossChecks(CompanySummary company, IReadOnlyList<CrossReleaseCheck> checks) => company with
    {
        CrossChecks = (checks.Count(c => c.Status == Tickmark.Checks.CheckStatus.Pass), checks.Count(c => c.Status == Tickmark.Checks.CheckStatus.Rounding),
            checks.Count(c => c.Status == Tickmark.Checks.CheckStatus.Fail)),
    };

    /// <summary>
    /// Every figure of the company checked against the same line item and period in its other releases:
    /// the same statement, section and element (or label where no element is known), the same basis,
    /// XBRL-convention values, share counts and per-share figures on the latest split basis.
    /// </summary>
    public IReadOnlyList<CrossReleaseCheck> CrossReleaseChecks(long companyId)
    {
        var calendar = Calendar(companyId);
        var splits = Splits(companyId, calendar);
        return CrossReleaseChecker.Check(Figures(companyId, "").Select(f => (Key(f), LineItemQuery.KeyOf(f.Concept, f.Label, f.Section), splits.Adjust(f.Figure))), calendar);
    }

    /// <summary>The company's stock splits: stated in its releases, placed by restated comparatives where they show.</summary>
    public SplitSchedule Splits(long companyId) => Splits(companyId, Calendar(companyId));

    private SplitSchedule Splits(long companyId, FiscalCalendar calendar)
    {
        var stated = reader.Query("""
            SELECT s.release_id, r.source_path, r.period_end, r.release_date, s.numerator, s.denominator, s.text, s.adjusted, s.span_start, s.span_length, s.line, s.col
            FROM splits s JOIN releases r ON r.id = s.release_id WHERE r.company_id = @p0 AND r.status = 'ok'
            """, [companyId], r => new StatedSplit(new ReleaseRef(r.Long(0), Path.GetFileName(r.Str(1)), r.DateOrNull(2), r.DateOrNull(3)),
                new StockSplit(r.Int(4), r.Int(5), r.Str(6), new SourceSpan(r.Int(8), r.Int(9)), r.IntOrNull(7) is { } a ? a != 0 : null), r.Int(10), r.Int(11)));
        var shares = Figures(companyId, " AND f.unit IN ('shares', 'USD/share') AND f.basis = 'gaap'").Select(f => (Key(f), f.Figure));
        return SplitScheduleBuilder.Build(stated, shares, calendar);
    }

    /// <summary>
    /// Every element the company's tables print (GAAP figures: non-GAAP ones carry none), each with its
    /// series, in element order: one read of the company's figures, one calendar.
    /// </summary>
    public IReadOnlyList<(string Element, LineSeries Series)> ElementSeries(long companyId, SeriesKind kind)
    {
        var calendar = Calendar(companyId);
        var splits = Splits(companyId, calendar);
        return Figures(companyId, " AND f.concept IS NOT NULL AND f.basis = 'gaap'")
            .GroupBy(f => f.Concept!, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Element: g.First().Concept!, Series: SeriesBuilder.Build(g.Select(f => splits.Adjust(f.Figure)), calendar, kind) with { Splits = splits.Events }))
            .Where(s => s.Series.Points.Count > 0)
            .OrderBy(s => s.Element, StringComparer.Ordinal).ToList();
    }

    /// <summary>The company's fiscal calendar, from the lengths and ends of its income and cash-flow periods.</summary>
    public FiscalCalendar Calendar(long companyId)
    {
        var periods = reader.Query("""
            SELECT DISTINCT f.period_start, f.period_end FROM facts f JOIN releases r ON r.id = f.release_id
            WHERE r.company_id = @p0 AND r.status = 'ok' AND f.origin = 'table' AND f.period_start IS NOT NULL
              AND f.statement_kind IN ('income_statement', 'cash_flow')
            """, [companyId], r => r.PeriodAt(0, 1)!);
        var months = reader.Query("SELECT fiscal_year_end_month FROM releases WHERE company_id = @p0 AND fiscal_year_end_month IS NOT NULL",
            [companyId], r => r.Int(0));
        return FiscalCalendar.Infer(periods, months);
    }

    /// <summary>The line items the company's tables print, most figures first.</summary>
    public IReadOnlyList<LineItemSummary> LineItems(long companyId) => reader.Query("""
        SELECT f.concept, f.label, COUNT(*), f.basis FROM facts f JOIN releases r ON r.id = f.release_id
        WHERE r.company_id = @p0 AND r.status = 'ok' AND f.origin = 'table' AND f.period_end IS NOT NULL AND f.label <> ''
        GROUP BY f.concept, f.label, f.basis
        """, [companyId], r => new LineItemSummary(r.StrOrNull(0), r.Str(1), r.Int(2), r.Str(3)))
        .OrderByDescending(l => l.Figures).ThenBy(l => l.Label, StringComparer.Ordinal).ToList();

    /// <summary>
    /// Line items of any company whose label or element contains <paramref name="text"/> (any case): the
    /// company, element, label and basis, at most <paramref name="limit"/> (the scan stops once it has them).
    /// </summary>
    public IReadOnlyList<(long CompanyId, LineItemSummary Item)> SearchLineItems(string text, int limit)
    {
        var t = text.Trim();
        if (t.Length == 0) return [];
        var like = "%" + StoreReader.EscapeLike(t.ToLowerInvariant()) + "%";
        return reader.Query("""
            SELECT DISTINCT r.company_id, f.concept, f.label, f.basis FROM facts f JOIN releases r ON r.id = f.release_id
            WHERE r.company_id IS NOT NULL AND f.origin = 'table' AND f.period_end IS NOT NULL AND f.label <> ''
              AND (lower(f.label) LIKE @p0 ESCAPE '\' OR lower(f.concept) LIKE @p0 ESCAPE '\')
            LIMIT @p1
            """, [like, limit], r => (r.Long(0), new LineItemSummary(r.StrOrNull(1), r.Str(2), 0, r.Str(3))));
    }

    private static string Key(StoredFigure f) => f.Basis + "|" + f.Figure.Statement.ToJsonName() + "|" + LineItemQuery.KeyOf(f.Concept, f.Label, f.Section, sectionWithElement: true);

    private sealed record StoredFigure(string? Concept, string Label, string Section, string Basis, Observation Figure);

    private List<StoredFigure> Figures(long companyId, string filter, params object[] values) =>
        reader.Query(FigureSql + filter, [companyId, .. values], ReadFigure);

    private static StoredFigure ReadFigure(DbDataReader r)
    {
        var release = new ReleaseRef(r.Long(0), Path.GetFileName(r.Str(14)), r.DateOrNull(15), r.DateOrNull(16));
        var kind = r.StrOrNull(7) is { } k ? StatementKindNames.Parse(k) : StatementKind.Other;
        var rank = FigureRank.Of(kind, r.StrOrNull(12) ?? "", r.StrOrNull(13) ?? "");
        var figure = new Observation(release, r.PeriodAt(8, 9)!, r.Decimal(4), r.Int(5), StoreReader.ParseUnit(r.Str(6)), kind,
            r.Int(1), r.Int(10), r.Int(11), rank);
        return new StoredFigure(r.StrOrNull(2), r.Str(3), r.Str(17), r.Str(18), figure);
    }
}
