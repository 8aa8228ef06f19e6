using Tickmark.Diagnostics;
using Tickmark.Extraction;
using Tickmark.Periods;
using Tickmark.Releases;

namespace Tickmark.Facts;

/// <summary>
/// Columns headed "Q2 FY24" or "Fiscal 2014 Q4" have no dates of their own; once the release's
/// fiscal calendar is known (from its dated statements), they get the period the label names, and
/// their facts with them.
/// </summary>
public static class FiscalLabelResolver
{
    public static IReadOnlyList<Statement> Resolve(IReadOnlyList<Statement> statements, FiscalPeriod? fiscal, List<Fact> facts, List<Diagnostic> diagnostics)
    {
        if (fiscal is null) return statements;
        // A quarter may end on a month's last day by chance; any dated period ending mid-month shows a week calendar.
        var weeks = statements.SelectMany(s => s.Columns).Select(c => c.Period).OfType<Duration>()
            .Any(d => d.End.Day != DateTime.DaysInMonth(d.End.Year, d.End.Month));
        var result = statements.ToList();
        for (var s = 0; s < result.Count; s++)
        {
            var statement = result[s];
            if (statement.Columns.All(c => c.Period is not null || c.IsChange)) continue;
            var columns = statement.Columns.ToArray();
            var trailing = FiscalLabel.IsTrailing(statement.TitleText);
            for (var j = 0; j < columns.Length; j++)
            {
                if (columns[j].Period is not null || columns[j].IsChange || FiscalLabel.Resolve(columns[j].Heading, fiscal, trailing, weeks) is not { } period) continue;
                columns[j] = columns[j] with { Period = period };
                foreach (var row in statement.Rows)
                    if (row.FactIndexes[j] is { } i) facts[i] = facts[i] with { Period = period };
                var heading = columns[j].Heading;
                diagnostics.RemoveAll(d => d.Code == DiagnosticCodes.PeriodUnknown && d.Line == statement.Region.FirstLine && d.Message.Contains($"'{heading}'"));
            }
            // Columns that name no period under rows headed by one ("First Quarter 2022" over the segments,
            // the regions across): each row's figures take the period its heading names, and so do the changes
            // beside them ("$ | % Chg" under each region: the change of that row's period on the year before).
            for (var j = 0; j < columns.Length; j++)
            {
                if (columns[j].Period is not null) continue;
                foreach (var row in statement.Rows)
                    if (row.FactIndexes[j] is { } i && facts[i].Period is null && SectionPeriod(row.Section, fiscal, trailing, weeks) is { } period)
                        facts[i] = facts[i] with { Period = period };
            }
            // A change column takes the period of the column it describes (read again now that the labels have
            // dates: "Q2'04 | Q3'03 | Q3'04 | Sequential Change" describes Q3'04), and so do its figures.
            for (var j = 0; j < columns.Length; j++)
            {
                if (!columns[j].IsChange || columns[j].ChangeOf is null || columns[j].Period is not null) continue;
                if (HeaderPeriodReader.ChangeOf(columns, j) is not { } of || columns[of].Period is null) continue;
                columns[j] = columns[j] with { ChangeOf = of, Period = columns[of].Period };
                foreach (var row in statement.Rows)
                    if (row.FactIndexes[j] is { } i) facts[i] = facts[i] with { Period = columns[of].Period };
            }
            result[s] = statement with { Columns = columns };
        }
        return result;
    }

    private static Period? SectionPeriod(string section, FiscalPeriod fiscal, bool trailing, bool weeks)
    {
        if (section.Length == 0) return null;
        foreach (var part in section.Split(" > ").Reverse())
            if (FiscalLabel.Resolve(part, fiscal, trailing, weeks) is { } period) return period;
        return null;
    }
}
