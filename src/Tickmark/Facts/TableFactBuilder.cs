using Tickmark.Concepts;
using Tickmark.Diagnostics;
using Tickmark.Extraction;
using Tickmark.Periods;
using Tickmark.Tables;
using Tickmark.Units;

namespace Tickmark.Facts;

/// <summary>
/// The last table stage: a grid with its kind, periods and scale becomes a <see cref="Statement"/>
/// and one <see cref="Fact"/> per numeric cell, each named by the concept stage (<see cref="RowConceptResolver"/>)
/// with its basis, dimensions and XBRL value.
/// </summary>
public static class TableFactBuilder
{
    public static Statement Build(TableGrid grid, int statementIndex, List<Fact> facts, List<Diagnostic> diagnostics, ConceptMap concepts)
    {
        var kind = StatementKindClassifier.Classify(grid);
        var periods = HeaderPeriodReader.Read(grid, kind, diagnostics);
        var note = ScaleNote.Read(grid.TitleText + " " + string.Join(" ", grid.Headings.Select(h => h.Text)));
        var perShareTable = RowUnitClassifier.IsPerShareTable(TableTitle.Own(grid.TitleLines), note);
        var rows = new List<StatementRow>(grid.Rows.Count);
        var firstFact = facts.Count;
        // A dash in a column of percent changes is no change, in percent.
        var percentChange = Enumerable.Range(0, grid.Columns.Count)
            .Select(j => periods[j].IsChange && grid.Rows.Any(r => r.Cells[j] is { IsPercent: true })).ToArray();
        var countTable = RowUnitClassifier.IsCountTable(TableTitle.Own(grid.TitleLines));
        var rowUnits = grid.Rows.Select(r => RowUnitClassifier.ClassifyRow(r.Label, r.Section, note, perShareTable, countTable)).ToList();
        var year = periods.Where(p => p.Period is not null && !p.IsChange).Select(p => (int?)p.Period!.End.Year).Max();
        var resolved = new RowConceptResolver(concepts, grid, kind, rowUnits.Select(u => u.Unit).ToList(), year);
        var signs = new Dictionary<int, decimal>();
        for (var r = 0; r < grid.Rows.Count; r++)
        {
            var row = grid.Rows[r];
            var indexes = new int?[grid.Columns.Count];
            var rowConcept = resolved.Row(r);
            for (var j = 0; j < grid.Columns.Count; j++)
            {
                var cell = row.Cells[j];
                if (cell?.Value is not { } printed) continue;
                var (unit, scale) = cell.IsDash && percentChange[j] ? (Unit.Percent, 1m)
                    : RowUnitClassifier.ForCell(periods[j].IsChange ? rowUnits[r] : RowUnitClassifier.ForColumn(rowUnits[r], grid.Headings[j].Text), cell, note);
                var column = periods[j];
                var element = resolved.ElementFor(r, unit);
                var dimensions = new Dictionary<string, string>(element is null ? RowConcept.NoDimensions : rowConcept.Dimensions);
                // A change column is the row's element qualified as a change, never a period's figure.
                if (column.IsChange) dimensions["change"] = column.Heading.Length > 0 ? column.Heading : "change";
                if (element is not null) signs[facts.Count] = rowConcept.Sign;
                indexes[j] = facts.Count;
                facts.Add(new Fact
                {
                    Origin = FactOrigin.Table,
                    Statement = kind,
                    Label = row.Label,
                    Section = row.Section,
                    Concept = element?.Concept,
                    Basis = rowConcept.Basis,
                    Value = printed * scale,
                    Unit = unit,
                    Decimals = cell.Fraction - Log10(scale),
                    Period = column.Period,
                    Dimensions = dimensions,
                    Span = cell.Span,
                    StatementIndex = statementIndex,
                    Row = rows.Count,
                    Column = j,
                });
            }
            // Grid rows count lines from 0; a statement row says the document's line, from 1, as facts do.
            rows.Add(new StatementRow(row.Label, row.Section, rowConcept.Element?.Concept, indexes, row.Line + 1, row.RuleAbove, row.Indent));
        }
        ShareScaleResolver.Resolve(facts, firstFact, note.Shares);
        foreach (var (i, sign) in signs) facts[i] = facts[i] with { XbrlValue = facts[i].Value * sign };
        return new Statement(kind, StatementTitle(grid), periods, rows, note.Money, grid.Region, grid.TitleText);
    }

    private static int Log10(decimal scale)
    {
        var n = 0;
        while (scale >= 10) { scale /= 10; n++; }
        return n;
    }

    /// <summary>
    /// The statement's name among its title lines (page furniture above them left out): the line,
    /// or two lines read together ("CONSOLIDATED STATEMENTS" / "OF INCOME"), that names a
    /// statement; else the last title of two words or more, lines that run on ("LOANS (unaudited) (in"
    /// / "000s)") or capitals over capitals ("WEIGHTED AVERAGE" / "INTEREST RATES:") read as one.
    /// </summary>
    private static string StatementTitle(TableGrid grid)
    {
        var lines = TableTitle.OwnLines(grid.TitleLines);
        foreach (var line in lines)
            if (StatementKindClassifier.Classify(line, []) != StatementKind.Other) return line;
        for (var i = 0; i + 1 < lines.Count; i++)
            if (StatementKindClassifier.Classify(lines[i] + " " + lines[i + 1], []) != StatementKind.Other) return lines[i] + " " + lines[i + 1];
        var titles = new List<string>();
        foreach (var line in lines)
        {
            if (!line.Any(char.IsLetter) || line.StartsWith('(') || line.StartsWith("Exhibit", StringComparison.OrdinalIgnoreCase)) continue;
            if (titles.Count > 0 && (RunsOn(line) || (IsCapitals(titles[^1]) && IsCapitals(line)))) titles[^1] += " " + line;
            else titles.Add(line);
        }
        return titles.LastOrDefault(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2) ?? titles.LastOrDefault() ?? "";
    }

    private static bool RunsOn(string line) => char.IsLower(line[0]) || char.IsDigit(line[0]);

    private static bool IsCapitals(string line)
    {
        var letters = line.Where(char.IsLetter).ToList();
        return letters.Count > 2 && letters.All(char.IsUpper);
    }
}
