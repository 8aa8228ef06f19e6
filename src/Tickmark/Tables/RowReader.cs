using Tickmark.Diagnostics;
using Tickmark.Lines;
using Tickmark.Text;

namespace Tickmark.Tables;

/// <summary>
/// Reads a table's body into rows: joins labels wrapped over several lines (figures on the first
/// or the last line), and keeps the headings each row sits under ("Costs and expenses:",
/// "ASSETS", "Net loss per common share" above "Basic and diluted").
/// </summary>
public static partial class RowReader
{
    private sealed record Heading(string Text, int Indent, bool TopLevel, bool Announces = false)
    {
        public int? ChildIndent { get; set; }
    }

    public static IReadOnlyList<GridRow> Read(IReadOnlyList<ClassifiedLine> lines, TableRegion region,
        IReadOnlyList<GridColumn> columns, List<Diagnostic> diagnostics)
    {
        var rows = new List<GridRow>();
        var stack = new List<Heading>();
        var pending = new List<ClassifiedLine>();
        var ruleSeen = false;
        var blankSeen = false;
        GridRow? lastRow = null;
        var lastRowLine = -2;
        // How much deeper than its heading a heading's first row stands in this table ("Net loss per common
        // share" / " Basic and diluted"): a wrapped label's hanging indent of that depth may be a heading's.
        var childOffsets = new HashSet<int>();

        var zoneStart = columns.Count > 0 ? columns.Min(c => c.OuterStart) : 0;
        foreach (var k in region.BodyLines)
        {
            var line = lines[k];
            // A figure standing where the labels are ("10,000,000" on its own in a wrapped
            // "par value; 10,000,000 shares authorized") is part of a label, not a cell.
            var kind = line.Kind;
            if (line.Kind == LineKind.Data && line.Cells.All(c => c.EndColumn < zoneStart - 2))
            {
                kind = LineKind.Text;
                line = AsText(line);
            }
            switch (kind)
            {
                case LineKind.Rule:
                    FlushHeadings(pending, stack);
                    ruleSeen = true;
                    continue;
                case LineKind.Blank:
                    blankSeen = true;
                    FlushHeadings(pending, stack);
                    continue;
                case LineKind.Tag:
                    FlushHeadings(pending, stack);
                    continue;
                case LineKind.Text:
                case LineKind.YearHeader:
                    if (pending.Count == 0 && lastRow is not null && lastRowLine == k - 1 && Continues(lastRow.Label, line.Label)
                        && (line.Indent > lastRow.Indent || EndsLabelAbove(lines, k, region.BodyEnd, lastRow.Indent)))
                    {
                        // The figures stood on the first line of a wrapped label.
                        lastRow = lastRow with { Label = Join(lastRow.Label, line.Label), LabelSpan = SourceSpan.FromBounds(lastRow.LabelSpan.Start, line.LabelSpan.End) };
                        rows[^1] = lastRow;
                        lastRowLine = k;
                        continue;
                    }
                    if (pending.Count > 0 && pending[^1].Index != k - 1) FlushHeadings(pending, stack);
                    pending.Add(line);
                    continue;
            }

            // A data line: take the wrapped label lines just above it, the rest are headings.
            var label = line.Label.Trim();
            var labelSpan = line.LabelSpan;
            // An unlabeled row's indent is where its figures start; it sits at its neighbours' depth.
            var indent = label.Length == 0 && lastRow is not null ? lastRow.Indent : line.Indent;
            var adjacent = pending.Count > 0 && pending[^1].Index == k - 1;
            if (adjacent)
            {
                var take = 0;
                var text = label;
                for (var p = pending.Count - 1; p >= 0; p--)
                {
                    var above = pending[p];
                    if (p < pending.Count - 1 && pending[p + 1].Index != above.Index + 1) break;
                    var continues = text.Length == 0 ? !above.Label.TrimEnd().EndsWith(':')
                        : Continues(above.Label, text) || (p == pending.Count - 1 && (HangsUnder(pending, p, line, childOffsets) || TotalAbove(above, line)));
                    if (!continues) break;
                    text = Join(above.Label, text);
                    take++;
                }
                if (take > 0)
                {
                    var firstTaken = pending[pending.Count - take];
                    label = text;
                    labelSpan = SourceSpan.FromBounds(firstTaken.LabelSpan.Start, line.Label.Length > 0 ? labelSpan.End : pending[^1].LabelSpan.End);
                    indent = firstTaken.Indent;
                    pending.RemoveRange(pending.Count - take, take);
                }
            }
            FlushHeadings(pending, stack);

            // "Net income per share - Basic" above "- Diluted": the second row shares the first's words.
            if (label.StartsWith('-') && lastRow is not null && lastRow.Label.LastIndexOf(" - ", StringComparison.Ordinal) is var dash and > 0)
                label = lastRow.Label[..dash] + " " + label;

            // Leaving a heading: a row printed left of the heading's first row is no longer under it,
            // nor is one that follows a blank line no deeper than a heading that does not announce
            // its rows with a colon ("Basic Earnings Per Share" ... then "Operating Revenues").
            var afterGap = blankSeen && !adjacent;
            stack.RemoveAll(h => !h.TopLevel && h.ChildIndent is { } ci && (indent < ci || (afterGap && !h.Announces && indent <= h.Indent)));
            foreach (var h in stack)
            {
                if (h.ChildIndent is not null) continue;
                h.ChildIndent = indent;
                childOffsets.Add(indent - h.Indent);
            }

            var cells = new NumericCell?[columns.Count];
            var place = ColumnFinder.Assign(columns, line.Cells);
            for (var c = 0; c < line.Cells.Count; c++)
            {
                var j = place[c];
                if (j < 0) { diagnostics.Add(DiagnosticCodes.CellNotPlaced(line.LineNumber, line.Cells[c].Text)); continue; }
                if (cells[j] is not null) { diagnostics.Add(DiagnosticCodes.ExtraCells(line.LineNumber)); continue; }
                cells[j] = line.Cells[c];
            }
            label = LabelText.WithoutMarks(label);
            lastRow = new GridRow
            {
                Label = label,
                LabelSpan = labelSpan,
                Sections = stack.Select(h => h.Text).ToList(),
                Indent = indent,
                Line = line.LineNumber - 1,
                Cells = cells,
                RuleAbove = ruleSeen,
            };
            rows.Add(lastRow);
            lastRowLine = k;
            ruleSeen = false;
            blankSeen = false;

            // A total ("Total ..." or an unlabeled sum) closes the heading it names ("Total assets" closes
            // "Assets", even a top-level one), else the innermost heading it sums.
            var isTotal = label.StartsWith("Total", StringComparison.OrdinalIgnoreCase) || label.Length == 0;
            var named = isTotal && label.Length > 6 ? stack.FindIndex(h => string.Equals(h.Text, label[6..].Trim(), StringComparison.OrdinalIgnoreCase)) : -1;
            if (named >= 0) stack.RemoveRange(named, stack.Count - named);
            else if (isTotal && stack.Count > 0 && !stack[^1].TopLevel)
                stack.RemoveAt(stack.Count - 1);
        }
        return rows;
    }

    private static void FlushHeadings(List<ClassifiedLine> pending, List<Heading> stack)
    {
        if (pending.Count == 0) return;
        // Lines of one heading may wrap too ("Liabilities and" / "Shareholders' Equity").
        var text = pending[0].Label.Trim();
        var indent = pending[0].Indent;
        for (var p = 1; p < pending.Count; p++)
        {
            if (Continues(text, pending[p].Label)) { text = Join(text, pending[p].Label); continue; }
            Push(stack, text, indent);
            text = pending[p].Label.Trim();
            indent = pending[p].Indent;
        }
        Push(stack, text, indent);
        pending.Clear();
    }

    private static void Push(List<Heading> stack, string text, int indent)
    {
        var announces = text.TrimEnd().EndsWith(':');
        text = text.TrimEnd(':', ' ');
        // "Alabama Power -": the dash announces the rows as a colon does.
        if (text.EndsWith(" -", StringComparison.Ordinal)) { text = text[..^2].TrimEnd(); announces = true; }
        if (text.Length == 0) return;
        var top = IsTopLevel(text, indent);
        if (top) stack.Clear();
        else stack.RemoveAll(h => !h.TopLevel && h.Indent >= indent);
        stack.Add(new Heading(text, indent, top, announces));
    }

    /// <summary>All-capital or centred headings ("ASSETS", "Liabilities and Shareholders' Equity") divide the whole table.</summary>
    private static bool IsTopLevel(string text, int indent)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return indent >= 10 || (letters.Count > 2 && letters.All(char.IsUpper));
    }

    /// <summary>Does <paramref name="next"/> carry on the label <paramref name="previous"/> (a wrapped line)?</summary>
    public static bool Continues(string previous, string next)
    {
        previous = previous.TrimEnd();
        next = next.TrimStart();
        if (previous.Length == 0 || next.Length == 0) return false;
        if (previous.EndsWith(':')) return false;
        var first = next[0];
        if (char.IsLower(first) || first == '(' || first == '&') return true;
        // A number carries a label on ("30,000,000" / "shares authorized"); "1-4 Family" begins one.
        if (char.IsDigit(first)) return LeadingNumber().IsMatch(next);
        // "Alabama Power -" over "Operating Revenues": a dash after a space names a heading; it breaks no word.
        if (previous.EndsWith(" -", StringComparison.Ordinal)) return false;
        if (previous.EndsWith(',') || previous.EndsWith('-') || previous.EndsWith('&') || previous.EndsWith('/')) return true;
        var lastWord = previous[(previous.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        return lastWord is "and" or "or" or "of" or "to" or "in" or "for" or "the" or "from" or "on" or "with" or "by" or "at" or "before" or "after" or "per" or "less" or "net" or "into";
    }

    /// <summary>
    /// "per share" under "Shares used in computing basic earnings (loss)   26,207", at the same
    /// indent: a line in lower case that no row follows finishes the label above, it heads nothing.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\d,.$%]+[,;:]?(\s|$)")]
    private static partial System.Text.RegularExpressions.Regex LeadingNumber();

    /// <summary>
    /// "Accelerated Depreciation" / " resulting from CSC Purchased" / " Services transaction   39": a label
    /// wrapped over three lines with a hanging indent; the line with the figures stands at the indent of the
    /// line that carried the label on, so it is the label's last line, not a row under a heading, unless the
    /// table sets a heading's rows that much deeper ("Weighted average common shares" / " outstanding" /
    /// " Basic and diluted" under "Net loss per common share" / " Basic and diluted").
    /// </summary>
    private static bool HangsUnder(List<ClassifiedLine> pending, int p, ClassifiedLine line, HashSet<int> childOffsets)
    {
        if (p == 0 || line.Label.Length == 0) return false;
        var above = pending[p];
        var first = pending[p - 1];
        return first.Index == above.Index - 1 && above.Indent > first.Indent && line.Indent == above.Indent
            && !childOffsets.Contains(line.Indent - first.Indent)
            && !above.Label.TrimEnd().EndsWith(':') && Continues(first.Label, above.Label);
    }

    /// <summary>"Total Domestic Retail" / " Stores   1,996": a total heads no rows; the line under it with the figures finishes it.</summary>
    private static bool TotalAbove(ClassifiedLine above, ClassifiedLine line) =>
        line.Label.Length > 0 && line.Indent >= above.Indent && TotalWord().IsMatch(above.Label) && !above.Label.TrimEnd().EndsWith(':');

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*total\s+\w", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TotalWord();

    private static bool EndsLabelAbove(IReadOnlyList<ClassifiedLine> lines, int k, int bodyEnd, int rowIndent)
    {
        var line = lines[k];
        if (line.Indent < rowIndent || line.Label.Length == 0 || !char.IsLower(line.Label[0]) || line.Label.TrimEnd().EndsWith(':')) return false;
        return k + 1 > bodyEnd || lines[k + 1].Kind != LineKind.Data;
    }

    /// <summary>A line of figures read as words (a number inside a wrapped label: "30,000,000" / "shares authorized;").</summary>
    private static ClassifiedLine AsText(ClassifiedLine line) => new()
    {
        Index = line.Index, SourceLine = line.SourceLine, Offset = line.Offset, Text = line.Text, Kind = LineKind.Text, Indent = line.Indent,
        LabelSpan = new SourceSpan(line.Offset + line.Indent, line.Text.TrimEnd().Length - line.Indent),
    };

    /// <summary>
    /// Wrapped lines read as one. A word broken at a hyphen joins whole: a compound keeps its hyphen
    /// ("interest-" / "bearing"), a word cut by the line break loses it ("liabili-" / "ties").
    /// </summary>
    private static string Join(string a, string b)
    {
        if (b.Trim().Length == 0) return a.Trim();
        a = a.TrimEnd();
        var rest = b.Trim();
        if (a.Length > 1 && a[^1] == '-' && char.IsLetter(a[^2]) && char.IsLower(rest[0]))
        {
            var piece = rest.Split(' ')[0].TrimEnd(',', ';', ':', '\'');
            return piece.Length <= 5 && piece.All(char.IsLetter) ? a[..^1] + rest : a + rest;
        }
        return a + " " + rest;
    }
}
