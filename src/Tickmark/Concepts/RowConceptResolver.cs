using Tickmark.Facts;
using Tickmark.Tables;
using Tickmark.Units;

namespace Tickmark.Concepts;

/// <summary>
/// The concept stage for one table: each row's context (its words, headings, the table's title and the
/// rows around it) matched against the rules; then the table's basis, the parts of totals that share
/// their total's element as dimensions, and each row's XBRL sign.
/// </summary>
public sealed class RowConceptResolver
{
    private readonly ConceptMap _map;
    private readonly TableGrid _grid;
    private readonly StatementKind _kind;
    private readonly string[] _labels;
    private readonly string[] _sections;
    private readonly string _title;
    private readonly RowConcept[] _rows;
    private readonly int? _year;

    /// <summary>Resolves every row of <paramref name="grid"/>, a table of <paramref name="kind"/> whose rows count <paramref name="rowUnits"/>, in the calendar <paramref name="year"/> of its latest period (null: unknown).</summary>
    public RowConceptResolver(ConceptMap map, TableGrid grid, StatementKind kind, IReadOnlyList<Unit> rowUnits, int? year = null)
    {
        _year = year;
        _map = map;
        _grid = grid;
        _kind = kind;
        _labels = grid.Rows.Select(r => ConceptMap.Normalize(r.Label)).ToArray();
        _sections = grid.Rows.Select(r => string.Join(" > ", r.Sections.Select(ConceptMap.Normalize))).ToArray();
        ImpliedSections.Fill(_labels, _sections);
        ImpliedSections.FillPerShare(_labels, rowUnits, _sections);
        _title = ConceptMap.Normalize(grid.TitleText + " " + string.Join(" ", grid.Headings.Select(h => h.Text)));
        var basis = map.Basis.OfTable(_title, _labels);
        _rows = new RowConcept[grid.Rows.Count];
        for (var i = 0; i < _rows.Length; i++)
        {
            var rowBasis = basis == FactBasis.NonGaap ? basis : map.Basis.OfRow(_labels[i]);
            var rule = map.Rules.Match(Context(i, rowUnits[i]));
            var element = rowBasis == FactBasis.NonGaap ? null : map.Element(rule);
            _rows[i] = new RowConcept(element, rule, RowConcept.NoDimensions, rowBasis, 1m);
        }
        ShareTotals();
        MemoParts();
        Learned(rowUnits);
        // A total only the lexicon names ("Total sales and revenues") has its parts too.
        ShareTotals();
        Signs();
    }

    /// <summary>The row as resolved.</summary>
    public RowConcept Row(int index) => _rows[index];

    /// <summary>The element for a figure of the row printed in another unit than the row's (a percent beside dollars).</summary>
    public ElementInfo? ElementFor(int index, Unit unit)
    {
        var row = _rows[index];
        if (row.Element is { } e && ElementCatalog.Fits(e, unit)) return e;
        if (row.Basis == FactBasis.NonGaap || unit is Unit.Percent or Unit.Pure) return null;
        var other = _map.Element(_map.Rules.Match(Context(index, unit)));
        return other is not null && ElementCatalog.Fits(other, unit) ? other : null;
    }

    private RowContext Context(int i, Unit unit) => new(_labels[i], _sections[i], _kind, unit, _title, _labels, i, _year);

    /// <summary>Rows above a total of revenues (or costs) under the same heading, naming nothing of their own, are its parts.</summary>
    private void ShareTotals()
    {
        var stop = -1;
        for (var i = 0; i < _rows.Length; i++)
        {
            var total = _rows[i];
            if (total.Element is not { } e || !IsTotal(_labels[i]) || !_map.Dimensions.SharesElement(e.Name))
            {
                if (total.Element is not null) stop = i;
                continue;
            }
            for (var j = i - 1; j > stop && InGroupOf(j, i) && _rows[j].Element is null; j--)
            {
                if (_rows[j].Basis == FactBasis.NonGaap || _labels[j].Length == 0 || !_grid.Rows[j].Cells.Any(c => c?.Value is not null)) continue;
                var axis = _map.Dimensions.Axis(_labels[j], _sections[j], _title);
                _rows[j] = _rows[j] with { Element = e, Dimensions = new Dictionary<string, string> { [axis] = _grid.Rows[j].Label } };
            }
            stop = i;
        }
    }

    /// <summary>Rows under one heading that all name an element of a memo (stock-based compensation by expense line) are its parts on the memo's axis.</summary>
    private void MemoParts()
    {
        var groups = Enumerable.Range(0, _rows.Length)
            .Where(i => _rows[i].Element is not null && _rows[i].Dimensions.Count == 0 && _sections[i].Length > 0 && !IsTotal(_labels[i]))
            .GroupBy(i => (_sections[i], _rows[i].Element!.Name));
        foreach (var group in groups)
        {
            if (_map.Dimensions.PartsAxis(group.Key.Name) is not { } axis || group.Select(i => _labels[i]).Distinct().Count() < 2) continue;
            foreach (var i in group)
                _rows[i] = _rows[i] with { Dimensions = new Dictionary<string, string> { [axis] = _grid.Rows[i].Label } };
        }
    }

    /// <summary>
    /// Row <paramref name="part"/> is under the heading <paramref name="total"/> totals: the same headings, or, for a total
    /// printed at the margin of its own heading ("Cost of sales:" ... "Total cost of sales"), the part's last heading is what the total names.
    /// </summary>
    private bool InGroupOf(int part, int total)
    {
        if (_sections[part] == _sections[total]) return true;
        var headings = _grid.Rows[part].Sections;
        if (headings.Count == 0 || _labels[total] != "total " + ConceptMap.Normalize(headings[^1])) return false;
        var above = string.Join(" > ", headings.Take(headings.Count - 1).Select(ConceptMap.Normalize));
        return above == _sections[total];
    }

    /// <summary>
    /// The last resort: a GAAP row no rule names (not even as a line with no element) and no total made a part of
    /// gets the lexicon's element, if the lexicon knows its wording in this statement and unit.
    /// </summary>
    private void Learned(IReadOnlyList<Unit> rowUnits)
    {
        if (_kind == StatementKind.Other) return;
        for (var i = 0; i < _rows.Length; i++)
        {
            var row = _rows[i];
            if (row.Rule is not null || row.Element is not null || row.Basis == FactBasis.NonGaap || row.Dimensions.Count > 0 || _labels[i].Length == 0) continue;
            if (_map.Lexicon.Find(Context(i, rowUnits[i])) is { } element) _rows[i] = row with { Element = element };
        }
    }

    private static bool IsTotal(string label) => label.Length == 0 || label == "total" || label.StartsWith("total ", StringComparison.Ordinal);

    private void Signs()
    {
        // A balance sheet's debit side runs down to total assets.
        var assets = Array.FindIndex(_rows, r => r.Element?.Name == "Assets");
        for (var i = 0; i < _rows.Length; i++)
        {
            if (_rows[i].Element is not { } e) continue;
            bool? debitSide = assets < 0 ? null : i <= assets;
            var printed = _grid.Rows[i].Cells.Where(c => c?.Value is not null && !c.IsPercent).Select(c => c!.Value!.Value).ToList();
            _rows[i] = _rows[i] with { Sign = XbrlSign.Factor(e, _kind, _rows[i].Rule?.Sign ?? SignRule.Auto, printed, debitSide) };
        }
    }
}
