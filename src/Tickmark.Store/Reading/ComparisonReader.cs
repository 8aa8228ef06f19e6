using System.Data.Common;
using System.Text.Json;
using Tickmark.Comparison;
using Tickmark.Concepts;
using Tickmark.Facts;
using Tickmark.Series;
using Tickmark.Text;

namespace Tickmark.Store.Reading;

/// <summary>
/// A company's releases against its 10-Q/10-K filings, from the store: the table facts of its
/// releases and the XBRL facts of its filings (stored as releases of an XBRL format), compared by
/// the core <see cref="FilingComparer"/>.
/// </summary>
public sealed class ComparisonReader(StoreReader reader)
{
    private const string FactSql = """
        SELECT f.release_id, r.source_path, r.period_end, r.release_date, f.idx, f.origin, f.statement_kind, f.label, f.section, f.concept,
               f.value, f.xbrl_value, f.basis, f.unit, f.decimals, f.period_start, f.period_end, f.dimensions, f.span_start, f.span_length, f.line, f.col
        FROM facts f JOIN releases r ON r.id = f.release_id
        WHERE r.company_id = @p0 AND r.status = 'ok' AND f.origin = @p1 AND f.period_end IS NOT NULL
        """;

    /// <summary>The comparison for the company named by <paramref name="company"/> (ticker, key or name); null when there is no such company.</summary>
    public (CompanySummary Company, FilingComparison Comparison, int Releases, int Filings)? Compare(string company)
    {
        var found = reader.FindCompany(company);
        if (found is null) return null;
        var releaseFacts = Facts(found.Id, "table");
        var filingFacts = Facts(found.Id, "xbrl");
        return (found, FilingComparer.Compare(releaseFacts, filingFacts),
            releaseFacts.Select(f => f.Release.Id).Distinct().Count(), filingFacts.Select(f => f.Release.Id).Distinct().Count());
    }

    private List<PlacedFact> Facts(long companyId, string origin) => reader.Query(FactSql, [companyId, origin], Read);

    private static PlacedFact Read(DbDataReader r)
    {
        var release = new ReleaseRef(r.Long(0), Path.GetFileName(r.Str(1)), r.DateOrNull(2), r.DateOrNull(3));
        var fact = new Fact
        {
            Origin = FactOriginNames.Parse(r.Str(5)),
            Statement = r.StrOrNull(6) is { } k ? StatementKindNames.Parse(k) : null,
            Label = r.Str(7),
            Section = r.Str(8),
            Concept = r.StrOrNull(9),
            Value = r.Decimal(10),
            XbrlValue = r.IsDBNull(11) ? null : r.Decimal(11),
            Basis = r.Str(12) == "non-gaap" ? FactBasis.NonGaap : FactBasis.Gaap,
            Unit = StoreReader.ParseUnit(r.Str(13)),
            Decimals = r.Int(14),
            Period = r.PeriodAt(15, 16),
            Dimensions = r.StrOrNull(17) is { } json ? JsonSerializer.Deserialize<Dictionary<string, string>>(json)! : new Dictionary<string, string>(),
            Span = new SourceSpan(r.Int(18), r.Int(19)),
        };
        return new PlacedFact(release, r.Int(4), fact, r.Int(20), r.Int(21));
    }
}
