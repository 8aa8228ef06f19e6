using System.Text.RegularExpressions;
using Tickmark.Extraction;
using Tickmark.Periods;
using Tickmark.Releases;

namespace Tickmark.Facts;

/// <summary>
/// A 52/53-week calendar gives a quarter a fourteenth week now and then, and a heading "Three Months Ended
/// December 31, 2022" does not say so: the release's words do ("the Company's fiscal 2023 first quarter had
/// 14 weeks", "the fourth quarter of fiscal 2015 included 14 weeks", "fiscal 2015 was a 53-week year").
/// Every column of a week calendar that covers such a quarter starts a week earlier, and its figures with it.
/// </summary>
public static partial class LongQuarterResolver
{
    /// <summary>A stated long quarter: <paramref name="Quarter"/> 0 for a 53-week year whose long quarter is not named.</summary>
    public readonly record struct LongQuarter(int Year, int Quarter);

    public static IReadOnlyList<Statement> Resolve(IReadOnlyList<Statement> statements, FiscalPeriod? fiscal, IEnumerable<string> prose, List<Fact> facts)
    {
        if (fiscal is null) return statements;
        var stated = prose.SelectMany(Find).Distinct().ToList();
        if (stated.Count == 0) return statements;
        // Only a week calendar counts quarters in weeks: some dated column ends mid-month.
        if (!statements.SelectMany(st => st.Columns).Select(c => c.Period).OfType<Duration>().Any(d => d.End.Day != DateTime.DaysInMonth(d.End.Year, d.End.Month)))
            return statements;
        var result = statements.ToList();
        for (var s = 0; s < result.Count; s++)
        {
            var statement = result[s];
            var columns = statement.Columns.ToArray();
            var changed = new Dictionary<Period, Period>();
            for (var j = 0; j < columns.Length; j++)
            {
                if (columns[j].Period is not Duration d || Lengthened(d, fiscal, stated) is not { } longer) continue;
                changed[d] = longer;
                columns[j] = columns[j] with { Period = longer };
            }
            if (changed.Count == 0) continue;
            // The row's figures, change columns among them, carry the period of the column they stand in.
            foreach (var row in statement.Rows)
                foreach (var i in row.FactIndexes.OfType<int>())
                    if (facts[i].Period is { } p && changed.TryGetValue(p, out var longer)) facts[i] = facts[i] with { Period = longer };
            result[s] = statement with { Columns = columns };
        }
        return result;
    }

    /// <summary>
    /// The column a week longer when it is counted in 13-week quarters and covers a stated long quarter:
    /// its quarters are told by how far its end lies before the reported quarter's end.
    /// </summary>
    private static Duration? Lengthened(Duration d, FiscalPeriod fiscal, List<LongQuarter> stated)
    {
        var quarters = (int)Math.Round(d.Days / 91.0);
        if (quarters is < 1 or > 4 || d.Days != 91 * quarters) return null;
        var back = (int)Math.Round((fiscal.End.DayNumber - d.End.DayNumber) / 91.3);
        if (back < 0) return null;
        var index = fiscal.Year * 4 + fiscal.Quarter - 1 - back; // quarters counted from year 0
        if (quarters == 4 && index % 4 == 3 && stated.Contains(new LongQuarter(index / 4, 0))) return new Duration(d.Start.AddDays(-7), d.End);
        for (var k = 0; k < quarters; k++)
            if (stated.Contains(new LongQuarter((index - k) / 4, (index - k) % 4 + 1))) return new Duration(d.Start.AddDays(-7), d.End);
        return null;
    }

    public static IEnumerable<LongQuarter> Find(string text)
    {
        foreach (Match m in Named().Matches(text))
            yield return new LongQuarter(int.Parse(m.Groups["fy"].Value), Array.IndexOf(Ordinals, m.Groups["q"].Value.ToLowerInvariant()) + 1);
        foreach (Match m in LongYear().Matches(text))
            yield return new LongQuarter(int.Parse(m.Groups["fy"].Value), 0);
    }

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    private const string Quarter = @"(?:fiscal\s+(?:year\s+)?(?<fy>(?:19|20)\d\d)\s+(?<q>first|second|third|fourth)\s+quarter|(?<q>first|second|third|fourth)\s+quarter\s+of\s+(?:fiscal\s+(?:year\s+)?)?(?<fy>(?:19|20)\d\d))";

    [GeneratedRegex(Quarter + @"\s+(?:had|included|includes|contained|was|consisted\s+of|comprised)\s+(?:a\s+|an\s+extra\s+week,?\s+or\s+)?(?:14|fourteen)[- ]weeks?", RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    [GeneratedRegex(@"fiscal\s+(?:year\s+)?(?<fy>(?:19|20)\d\d)\s+(?:had|included|includes|contained|was|consisted\s+of)\s+(?:a\s+)?(?:53|fifty-three)[- ]weeks?", RegexOptions.IgnoreCase)]
    private static partial Regex LongYear();
}
