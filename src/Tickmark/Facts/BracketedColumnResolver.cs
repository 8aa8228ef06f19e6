using Tickmark.Extraction;
using Tickmark.Periods;

namespace Tickmark.Facts;

/// <summary>
/// Columns that name no period, between two columns that do:
/// - between two columns of the same period ("2022 GAAP | Adj. | 2022 Non-GAAP"), an adjustment of
///   that period: its figures take it;
/// - between two periods of one length whose figures the columns carry from one to the other
///   ("First Quarter 2021 | Sales Volume | Price Realization | Currency | First Quarter 2022", each row's
///   first figure plus the ones between making its last), the parts of the change: change columns of
///   the later period, as a "% Change" beside it is.
/// </summary>
public static class BracketedColumnResolver
{
    public static IReadOnlyList<Statement> Resolve(IReadOnlyList<Statement> statements, List<Fact> facts)
    {
        var result = statements.ToList();
        for (var s = 0; s < result.Count; s++)
        {
            var statement = result[s];
            var columns = statement.Columns.ToArray();
            var changed = false;
            for (var a = 1; a < columns.Length; a++)
            {
                if (!Open(columns[a]) || !Dated(columns[a - 1])) continue;
                var b = a;
                while (b + 1 < columns.Length && Open(columns[b + 1])) b++;
                if (b + 1 >= columns.Length || !Dated(columns[b + 1])) { a = b; continue; }
                var (left, right) = (a - 1, b + 1);
                var run = Enumerable.Range(a, b - a + 1).ToList();
                if (columns[left].Period == columns[right].Period)
                {
                    foreach (var j in run) columns[j] = columns[j] with { Period = columns[left].Period };
                    Date(statement, run, columns, facts, change: false);
                    changed = true;
                }
                else if (columns[left].Period is Duration l && columns[right].Period is Duration r && l.Months == r.Months
                    && CarriesOver(statement, left, run, right, facts))
                {
                    var later = r.End > l.End ? right : left;
                    foreach (var j in run) columns[j] = columns[j] with { Period = columns[later].Period, IsChange = true, ChangeOf = later };
                    Date(statement, run, columns, facts, change: true);
                    changed = true;
                }
                a = b;
            }
            if (changed) result[s] = statement with { Columns = columns };
        }
        return result;
    }

    private static bool Open(ColumnPeriod c) => c is { Period: null, IsChange: false };

    private static bool Dated(ColumnPeriod c) => c is { Period: not null, IsChange: false };

    private static void Date(Statement statement, List<int> run, ColumnPeriod[] columns, List<Fact> facts, bool change)
    {
        foreach (var row in statement.Rows)
            foreach (var j in run)
            {
                if (row.FactIndexes[j] is not { } i || facts[i].Period is not null) continue;
                var fact = facts[i] with { Period = columns[j].Period };
                if (change)
                    fact = fact with { Dimensions = new Dictionary<string, string>(fact.Dimensions) { ["change"] = columns[j].Heading.Length > 0 ? columns[j].Heading : "change" } };
                facts[i] = fact;
            }
    }

    /// <summary>
    /// Every row with all its figures printed (two at least) walks from the first period to the last: the
    /// first figure plus those between is the last, give or take a unit of the last digit for each.
    /// </summary>
    private static bool CarriesOver(Statement statement, int left, List<int> run, int right, List<Fact> facts)
    {
        var rows = 0;
        foreach (var row in statement.Rows)
        {
            var cells = run.Prepend(left).Append(right).Select(j => row.FactIndexes[j]).ToList();
            if (cells.Any(i => i is null)) continue;
            var values = cells.Select(i => facts[i!.Value]).ToList();
            if (values.Any(f => f.Unit != values[0].Unit)) return false;
            var unit = values.Max(f => Pow10(-f.Decimals));
            var walked = values.Take(values.Count - 1).Sum(f => f.Value);
            if (Math.Abs(walked - values[^1].Value) > unit * run.Count) return false;
            rows++;
        }
        return rows >= 2;
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var k = 0; k < Math.Abs(n); k++) p *= 10;
        return n >= 0 ? p : 1 / p;
    }
}
