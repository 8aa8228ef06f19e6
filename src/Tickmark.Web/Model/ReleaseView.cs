using Tickmark.Checks;
using Tickmark.Store.Reading;

namespace Tickmark.Web.Model;

/// <summary>
/// A stored release arranged for showing: its facts by index, the checks each fact takes part in
/// (indexes into <see cref="ReleaseDetail.Checks"/>), and each fact's status.
/// </summary>
public sealed class ReleaseView
{
    private readonly Dictionary<int, StoredFact> _facts;
    private readonly Dictionary<int, List<int>> _checksOf = [];

    public ReleaseView(ReleaseDetail detail)
    {
        Detail = detail;
        _facts = detail.Facts.ToDictionary(f => f.Index);
        for (var c = 0; c < detail.Checks.Count; c++)
            foreach (var f in detail.Checks[c].Facts.Distinct())
            {
                if (!_checksOf.TryGetValue(f, out var list)) _checksOf[f] = list = [];
                list.Add(c);
            }
    }

    public ReleaseDetail Detail { get; }

    public ReleaseSummary Release => Detail.Release;

    public IReadOnlyList<StoredFact> Facts => Detail.Facts;

    public IReadOnlyList<CheckResult> Checks => Detail.Checks;

    public StoredFact? Fact(int index) => _facts.GetValueOrDefault(index);

    /// <summary>The checks fact <paramref name="index"/> takes part in, as indexes into <see cref="Checks"/>.</summary>
    public IReadOnlyList<int> ChecksOf(int index) => _checksOf.TryGetValue(index, out var list) ? list : [];

    public FactStatus StatusOf(int index) =>
        ChecksOf(index).Select(c => FactStatusNames.Of(Checks[c].Status)).DefaultIfEmpty(FactStatus.Unchecked).Max();

    /// <summary>The statement cell a table fact sits in, as "statement title / row label / column heading".</summary>
    public string? PlaceOf(StoredFact fact)
    {
        var statement = Detail.Statements.FirstOrDefault(s => s.Index == fact.Fact.StatementIndex);
        if (statement is null) return null;
        var row = statement.Rows.FirstOrDefault(r => r.Index == fact.Fact.Row);
        var column = statement.Columns.FirstOrDefault(c => c.Index == fact.Fact.Column);
        return string.Join(" / ", new[] { statement.Title, row?.Label, column?.Heading }.Where(x => !string.IsNullOrWhiteSpace(x)));
    }
}
