using AngleSharp.Dom;
using Tickmark.Diagnostics;
using Tickmark.Lines;
using Tickmark.Tables;
using Tickmark.Text;

namespace Tickmark.Html;

/// <summary>
/// Reads the body of an HTML table into rows, as <see cref="RowReader"/> does for text: the label is
/// the words left of the figures; its indent comes from leading empty columns, CSS margins and
/// padding, and leading spaces; rows of words are headings the rows below sit under (all-capital or
/// centred ones divide the whole table), a "Total" row closes the heading it sums; a label wrapped
/// into the row above is joined; a border under the figures above, or a row that only draws a
/// rule, puts a rule above the row.
/// </summary>
public static class HtmlRowReader
{
    private sealed record Heading(string Text, int Indent, bool TopLevel)
    {
        public int? ChildIndent { get; set; }
    }

    private sealed record Label(string Text, SourceSpan Span, int Indent, bool TopLevel);

    public static List<GridRow> Read(IReadOnlyList<RowFigures> body, IReadOnlyList<HtmlColumn> columns, int labelEnd,
        LineIndex lines, List<Diagnostic> diagnostics)
    {
        var rows = new List<GridRow>();
        var stack = new List<Heading>();
        var pending = new List<(Label Label, int Row)>();
        var ruleSeen = false;
        var previousRuleBelow = false;
        var previousIndex = -2;

        foreach (var row in body)
        {
            if (row.Row.IsRule) { FlushHeadings(pending, stack); ruleSeen = true; continue; }
            var label = LabelOf(row, labelEnd);
            var figures = row.Figures.Where(f => f.Anchor >= labelEnd).ToList();
            if (figures.Count == 0 || row.IsNote)
            {
                if (label is null) { FlushHeadings(pending, stack); continue; }
                if (pending.Count > 0 && pending[^1].Row != row.Row.Index - 1) FlushHeadings(pending, stack);
                pending.Add((label, row.Row.Index));
                previousRuleBelow = false;
                continue;
            }

            var text = label?.Text ?? "";
            var span = label?.Span ?? figures[0].Cell.Span;
            var indent = label?.Indent ?? (rows.Count > 0 ? rows[^1].Indent : 0);
            // A label wrapped over the rows above ("Common stock, $1 par value;" / "12,186,224 shares outstanding").
            var take = 0;
            for (var p = pending.Count - 1; p >= 0; p--)
            {
                if (pending[p].Row != row.Row.Index - (pending.Count - p)) break;
                var continues = text.Length == 0 ? !pending[p].Label.Text.EndsWith(':') : RowReader.Continues(pending[p].Label.Text, text);
                if (!continues) break;
                text = (pending[p].Label.Text + " " + text).Trim();
                take++;
            }
            if (take > 0)
            {
                var first = pending[pending.Count - take].Label;
                span = SourceSpan.FromBounds(first.Span.Start, Math.Max(first.Span.End, span.End));
                indent = first.Indent;
                pending.RemoveRange(pending.Count - take, take);
            }
            FlushHeadings(pending, stack);

            stack.RemoveAll(h => !h.TopLevel && h.ChildIndent is { } ci && indent < ci);
            foreach (var h in stack) h.ChildIndent ??= indent;

            var cells = new NumericCell?[columns.Count];
            var line = lines.LineOf(figures[0].Cell.Span.Start);
            foreach (var f in figures)
            {
                var j = HtmlColumnFinder.ColumnOf(columns, f);
                if (j < 0) { diagnostics.Add(DiagnosticCodes.CellNotPlaced(line + 1, f.Cell.Text)); continue; }
                if (cells[j] is not null) { diagnostics.Add(DiagnosticCodes.ExtraCells(line + 1)); continue; }
                cells[j] = f.Cell;
            }
            var ruleAbove = ruleSeen || (previousRuleBelow && previousIndex == row.Row.Index - 1) || figures.Any(f => f.Source.RuleTop);
            rows.Add(new GridRow
            {
                Label = text,
                LabelSpan = span,
                Sections = stack.Select(h => h.Text).ToList(),
                Indent = indent,
                Line = line,
                Cells = cells,
                RuleAbove = ruleAbove,
            });
            ruleSeen = false;
            previousRuleBelow = figures.Any(f => f.Source.RuleBottom);
            previousIndex = row.Row.Index;

            var isTotal = text.StartsWith("Total", StringComparison.OrdinalIgnoreCase) || text.Length == 0;
            if (isTotal && stack.Count > 0 && !stack[^1].TopLevel) stack.RemoveAt(stack.Count - 1);
        }
        return rows;
    }

    /// <summary>The words left of the figures (a heading row's words may reach across them), with the indent they are printed at.</summary>
    private static Label? LabelOf(RowFigures row, int labelEnd)
    {
        // Words that start left of the figures; a figure only when it stands wholly there (a footnote mark, a year as a label).
        var cells = row.Row.Cells.Where(c => c.Col < labelEnd && c.Text.Length > 0
            && (c.Kind == CellKind.Text || (c.Kind == CellKind.Number && c.EndCol <= labelEnd))).ToList();
        if (cells.Count == 0) return null;
        var text = string.Join(" ", cells.Select(c => c.Text.Text.Trim()));
        text = CssStyle.EndsRaised(cells[^1].Element) ? LabelText.WithoutSuperscript(text) : LabelText.WithoutMarks(text);
        var first = cells[0];
        var span = SourceSpan.FromBounds(first.Text.Source.Start, Math.Max(first.Text.Source.Start, cells[^1].Text.Source.End));
        var indent = first.Col * 4 + (int)Math.Round(IndentEm(first.Element) * 2) + first.LeadingSpaces;
        return new Label(text, span, indent, IsTopLevel(text, first.Element));
    }

    /// <summary>The indent CSS gives a cell's text: the cell's own and that of the paragraph or span it wraps.</summary>
    private static double IndentEm(IElement td)
    {
        var em = CssStyle.IndentEm(td);
        var inner = td.FirstElementChild;
        for (var depth = 0; inner is not null && depth < 3; depth++)
        {
            em += CssStyle.IndentEm(inner);
            inner = inner.FirstElementChild;
        }
        return Math.Max(0, em);
    }

    /// <summary>All-capital ("ASSETS") or centred headings divide the whole table.</summary>
    private static bool IsTopLevel(string text, IElement td)
    {
        var letters = text.Where(char.IsLetter).ToList();
        if (letters.Count > 2 && letters.All(char.IsUpper)) return true;
        return CssStyle.IsCentered(td) || (td.FirstElementChild is { } p && p.LocalName is "p" or "div" && CssStyle.IsCentered(p));
    }

    private static void FlushHeadings(List<(Label Label, int Row)> pending, List<Heading> stack)
    {
        // A heading wrapped over rows ("Adjustments to reconcile net income to net cash" / "provided by operating activities:").
        var joined = new List<Label>();
        for (var p = 0; p < pending.Count; p++)
        {
            if (joined.Count > 0 && pending[p].Row == pending[p - 1].Row + 1 && RowReader.Continues(joined[^1].Text, pending[p].Label.Text))
                joined[^1] = joined[^1] with { Text = joined[^1].Text + " " + pending[p].Label.Text };
            else joined.Add(pending[p].Label);
        }
        foreach (var label in joined)
        {
            var text = label.Text.TrimEnd(':', ' ');
            if (text.Length == 0) continue;
            if (label.TopLevel) stack.Clear();
            else stack.RemoveAll(h => !h.TopLevel && h.Indent >= label.Indent);
            stack.Add(new Heading(text, label.Indent, label.TopLevel));
        }
        pending.Clear();
    }
}
