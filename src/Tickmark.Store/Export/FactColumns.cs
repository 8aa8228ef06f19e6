using System.Text.Encodings.Web;
using System.Text.Json;
using Tickmark.Concepts;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Units;

namespace Tickmark.Store.Export;

/// <summary>
/// The facts table: one row per fact of every release exported. <c>value</c> is in the element's XBRL
/// sign convention where the fact has an element (<c>xbrlValue</c>), else as printed; <c>printed_value</c>
/// keeps the sign as printed. Values in base units; periods inclusive; line and column 1-based.
/// </summary>
public static class FactColumns
{
    /// <summary>Dimensions as a JSON object, readable characters unescaped: {"geography":"United States"}.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<ExportColumn<FactRow>> All { get; } =
    [
        new("company", ColumnType.Text, r => r.Company?.Key),
        new("ticker", ColumnType.Text, r => r.Company?.Ticker),
        new("company_name", ColumnType.Text, r => r.Company?.Name ?? r.Release.CompanyName),
        new("cik", ColumnType.Text, r => r.Company?.Cik ?? r.Release.Cik),
        new("release", ColumnType.Long, r => r.Release.Id),
        new("release_file", ColumnType.Text, r => r.Release.Name),
        new("release_date", ColumnType.Date, r => r.Release.Date),
        new("release_fiscal_year", ColumnType.Integer, r => r.Release.FiscalYear),
        new("release_fiscal_quarter", ColumnType.Integer, r => r.Release.FiscalQuarter),
        new("fact", ColumnType.Integer, r => r.Fact.Index),
        new("origin", ColumnType.Text, r => r.Fact.Fact.Origin == FactOrigin.Table ? "table" : "narrative"),
        new("statement", ColumnType.Text, r => r.Fact.Fact.Statement?.ToJsonName()),
        new("label", ColumnType.Text, r => r.Fact.Fact.Label),
        new("section", ColumnType.Text, r => r.Fact.Fact.Section),
        new("measure", ColumnType.Text, r => r.Fact.Fact.Measure),
        new("element", ColumnType.Text, r => r.Fact.Fact.Concept),
        new("basis", ColumnType.Text, r => r.Fact.Fact.Basis.ToJsonName()),
        new("value", ColumnType.Decimal, r => r.Fact.Fact.XbrlValue ?? r.Fact.Fact.Value),
        new("printed_value", ColumnType.Decimal, r => r.Fact.Fact.Value),
        new("unit", ColumnType.Text, r => r.Fact.Fact.Unit.ToJsonName()),
        new("decimals", ColumnType.Integer, r => r.Fact.Fact.Decimals),
        new("period_start", ColumnType.Date, r => (r.Fact.Fact.Period as Duration)?.Start),
        new("period_end", ColumnType.Date, r => (r.Fact.Fact.Period as Duration)?.End),
        new("instant", ColumnType.Date, r => (r.Fact.Fact.Period as Instant)?.Date),
        new("dimensions", ColumnType.Text, r => r.Fact.Fact.Dimensions.Count == 0 ? null : JsonSerializer.Serialize(r.Fact.Fact.Dimensions, Json)),
        new("line", ColumnType.Integer, r => r.Fact.Line),
        new("column", ColumnType.Integer, r => r.Fact.Column),
        new("offset", ColumnType.Integer, r => r.Fact.Fact.Span.Start),
        new("length", ColumnType.Integer, r => r.Fact.Fact.Span.Length),
    ];
}
