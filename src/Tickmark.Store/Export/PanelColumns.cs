using Tickmark.Checks;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Units;

namespace Tickmark.Store.Export;

/// <summary>
/// The quarterly panel: one row per company, fiscal quarter and element, the value that stands (base
/// units, the element's XBRL sign convention), reported or derived. A reported value names the release
/// and line:column it is printed at (the latest release printing it); a derived one gives its formula
/// and every figure it is worked out from in <c>sources</c>. A balance has an <c>instant</c>, a flow a
/// <c>period_start</c> and <c>period_end</c> (inclusive).
/// </summary>
public static class PanelColumns
{
    public static IReadOnlyList<ExportColumn<PanelRow>> All { get; } =
    [
        new("company", ColumnType.Text, r => r.Company.Key),
        new("ticker", ColumnType.Text, r => r.Company.Ticker),
        new("company_name", ColumnType.Text, r => r.Company.Name),
        new("fiscal_period", ColumnType.Text, r => r.Point.Slot.Name),
        new("fiscal_year", ColumnType.Integer, r => r.Point.Slot.Year),
        new("fiscal_quarter", ColumnType.Integer, r => r.Point.Slot.Last),
        new("fiscal_year_end_month", ColumnType.Integer, r => r.Series.Calendar.YearEndMonth),
        new("element", ColumnType.Text, r => r.Element),
        new("basis", ColumnType.Text, r => r.Basis.ToJsonName()),
        new("value", ColumnType.Decimal, r => r.Point.Value),
        new("unit", ColumnType.Text, r => r.Series.Unit.ToJsonName()),
        new("decimals", ColumnType.Integer, r => r.Point.Decimals),
        new("period_start", ColumnType.Date, r => (r.Point.Period as Duration)?.Start),
        new("period_end", ColumnType.Date, r => (r.Point.Period as Duration)?.End),
        new("instant", ColumnType.Date, r => (r.Point.Period as Instant)?.Date),
        new("how", ColumnType.Text, r => r.Point.Derived ? "derived" : "reported"),
        new("formula", ColumnType.Text, r => r.Point.Derivation?.Formula),
        new("release", ColumnType.Long, r => r.Point.Derived ? null : r.Point.Sources[0].Release.Id),
        new("release_file", ColumnType.Text, r => r.Point.Derived ? null : r.Point.Sources[0].Release.Name),
        new("fact", ColumnType.Integer, r => r.Point.Derived ? null : r.Point.Sources[0].FactIndex),
        new("line", ColumnType.Integer, r => r.Point.Derived ? null : r.Point.Sources[0].Line),
        new("column", ColumnType.Integer, r => r.Point.Derived ? null : r.Point.Sources[0].Column),
        new("sources", ColumnType.Text, r => string.Join("; ", r.Point.Sources.Select(s => s.Where))),
        new("conflicts", ColumnType.Integer, r => r.Point.Conflicts.Count(c => c.Status == CheckStatus.Fail)),
    ];
}
