using Tickmark.Text;

namespace Tickmark.Lines;

/// <summary>
/// First stage over a plain-text document: each line becomes a <see cref="ClassifiedLine"/>.
/// A data line is a label followed, after two or more spaces, by figures up to the line's end;
/// figures glued to words by one space ("were $6.34") are prose, not cells.
/// </summary>
public static class LineClassifier
{
    public static IReadOnlyList<ClassifiedLine> Classify(SourceDocument doc)
    {
        var result = new ClassifiedLine[doc.Lines.LineCount];
        for (var i = 0; i < result.Length; i++)
            result[i] = ClassifyLine(i, doc.Lines.LineStart(i), doc.Line(i));
        return result;
    }

    public static ClassifiedLine ClassifyLine(int index, int offset, string text)
    {
        var indent = 0;
        while (indent < text.Length && text[indent] == ' ') indent++;
        if (indent == text.Length)
            return new ClassifiedLine { Index = index, Offset = offset, Text = text, Kind = LineKind.Blank, Indent = indent };

        if (IsRule(text, indent))
            return new ClassifiedLine { Index = index, Offset = offset, Text = text, Kind = LineKind.Rule, Indent = indent };
        // Fast path: a line whose last word cannot be a figure is text (most prose lines).
        var lastStart = text.TrimEnd().LastIndexOf(' ') + 1;
        var lastWord = text.AsSpan(lastStart).TrimEnd();
        if (!IsTag(lastWord.ToString()) && !NumberReader.IsCellToken(lastWord.ToString()))
            return Text(index, offset, text, indent);
        var tokens = Tokenize(text);
        if (tokens.All(t => IsTag(t.Text)))
            return new ClassifiedLine { Index = index, Offset = offset, Text = text, Kind = LineKind.Tag, Indent = indent };

        var firstCell = FindCellZone(text, tokens);
        if (firstCell < tokens.Count)
        {
            var cells = MergeCells(text, tokens, firstCell, offset);
            if (cells.Count > 0 && cells.Any(c => c.Value is not null || c.IsDash) && !IsFootnoteMarks(text[indent..(firstCell == 0 ? indent : tokens[firstCell - 1].End)], cells))
            {
                var labelEnd = firstCell == 0 ? indent : tokens[firstCell - 1].End;
                var label = firstCell == 0 ? "" : text[indent..labelEnd];
                var years = cells.All(c => c.IsYear);
                return new ClassifiedLine
                {
                    Index = index, Offset = offset, Text = text, Indent = indent,
                    Kind = years ? LineKind.YearHeader : LineKind.Data,
                    Label = label, LabelSpan = new SourceSpan(offset + indent, label.Length),
                    Cells = cells,
                };
            }
        }
        return Text(index, offset, text, indent);
    }

    /// <summary>
    /// "(unaudited)   (1)" under a column heading: marks of footnotes, "(1)" or "(a)" alone with no
    /// words beside them but a parenthetical, are no figures (a real "(1)" stands beside its label).
    /// </summary>
    private static bool IsFootnoteMarks(string label, List<NumericCell> cells)
    {
        var l = label.Trim();
        if (l.Length > 0 && !(l.StartsWith('(') && l.EndsWith(')'))) return false;
        return cells.All(c => c.Text.Length == 3 && c.Text[0] == '(' && c.Text[2] == ')' && char.IsLetterOrDigit(c.Text[1]) && !c.HasDollar);
    }

    private static ClassifiedLine Text(int index, int offset, string text, int indent)
    {
        // The label of a text line is its trimmed text, made only if a table stage asks for it.
        var end = text.Length;
        while (end > indent && text[end - 1] == ' ') end--;
        return new ClassifiedLine
        {
            Index = index, Offset = offset, Text = text, Kind = LineKind.Text, Indent = indent,
            LabelSpan = new SourceSpan(offset + indent, end - indent),
        };
    }

    private readonly record struct Token(string Text, int Start)
    {
        public int End => Start + Text.Length;
    }

    private static List<Token> Tokenize(string text)
    {
        var list = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ') i++;
            if (i >= text.Length) break;
            var start = i;
            while (i < text.Length && text[i] != ' ') i++;
            list.Add(new Token(text[start..i], start));
        }
        return list;
    }

    private static bool IsRule(string text, int indent)
    {
        var ruleChars = 0;
        for (var i = indent; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '-' or '=' or '_') ruleChars++;
            else if (c != ' ') return false;
        }
        return ruleChars >= 3;
    }

    private static bool IsTag(string token) =>
        token.Length >= 3 && token[0] == '<' && token[^1] == '>' && (char.IsLetter(token[1]) || token[1] == '/');

    /// <summary>Index of the first token of the figures at the end of the line (Count if none).</summary>
    private static int FindCellZone(string text, List<Token> tokens)
    {
        var first = tokens.Count;
        while (first > 0 && NumberReader.IsCellToken(tokens[first - 1].Text)) first--;
        // A figure separated from the words before it by a single space belongs to the words, unless a
        // dollar sign opens it and more figures stand apart after it, as in a table's row
        // ("Consolidated Earnings-Excluding Synfuels $ 0.25     $ 0.20"): no label ends in "$".
        while (first > 0 && first < tokens.Count && tokens[first].Start - tokens[first - 1].End < 2
            && !(tokens[first].Text.StartsWith('$') && SpacedApartAfter(tokens, first))) first++;
        return first;
    }

    /// <summary>Does a figure stand two spaces or more apart from the one before it, after token <paramref name="from"/>?</summary>
    private static bool SpacedApartAfter(List<Token> tokens, int from)
    {
        for (var i = from + 1; i < tokens.Count; i++)
            if (tokens[i].Start - tokens[i - 1].End >= 2) return true;
        return false;
    }

    private static List<NumericCell> MergeCells(string line, List<Token> tokens, int first, int lineOffset)
    {
        var cells = new List<NumericCell>();
        var outer = -1;
        var dollar = false;
        var openParen = false;
        for (var i = first; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Text is "$" or "(" or "$(")
            {
                if (outer < 0) outer = t.Start;
                dollar |= t.Text.Contains('$');
                openParen |= t.Text.Contains('(');
                continue;
            }
            if (t.Text is ")" or "%")
            {
                // A closing mark printed apart from its figure still belongs to it.
                if (cells.Count > 0)
                {
                    var last = cells[^1];
                    cells[^1] = Cell(line, last.Span.Start - lineOffset, t.End, last.OuterColumn, last.HasDollar, lineOffset, false);
                }
                continue;
            }
            var start = t.Start;
            if (t.Text.StartsWith('$'))
            {
                dollar = true;
                if (outer < 0) outer = start;
                start++;
            }
            cells.Add(Cell(line, start, t.End, outer < 0 ? start : outer, dollar, lineOffset, openParen));
            outer = -1;
            dollar = false;
            openParen = false;
        }
        return cells;
    }

    private static NumericCell Cell(string line, int start, int end, int outer, bool dollar, int lineOffset, bool openParen)
    {
        var text = line[start..end];
        var printed = openParen ? "(" + text.Replace(" ", "") : text.Replace(" ", "");
        if (printed.StartsWith("$")) printed = printed[1..];
        var span = new SourceSpan(lineOffset + start, end - start);
        var cell = new NumericCell { Text = text, Span = span, Column = start, OuterColumn = outer, HasDollar = dollar };
        if (NumberReader.IsDash(printed)) return cell with { Value = 0m, IsDash = true };
        if (NumberReader.TryRead(printed, out var value, out var fraction, out var percent))
            return cell with { Value = value, Fraction = fraction, IsPercent = percent };
        return cell;
    }

    /// <summary>Splits a line into phrases at runs of two or more spaces.</summary>
    public static IReadOnlyList<Phrase> SplitPhrases(string text, int lineOffset)
    {
        var list = new List<Phrase>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ') i++;
            if (i >= text.Length) break;
            var start = i;
            var end = i;
            while (i < text.Length)
            {
                if (text[i] != ' ') { i++; end = i; continue; }
                if (i + 1 < text.Length && text[i + 1] != ' ') { i++; continue; }
                break;
            }
            list.Add(new Phrase(text[start..end], start, lineOffset + start));
        }
        return list;
    }
}
