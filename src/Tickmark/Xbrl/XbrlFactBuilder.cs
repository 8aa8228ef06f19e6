using System.Globalization;
using Tickmark.Diagnostics;
using Tickmark.Facts;
using Tickmark.Text;
using Tickmark.Units;

namespace Tickmark.Xbrl;

/// <summary>
/// Reads a numeric item into a fact in base units: the text through its transformation, times ten to
/// its scale, negated by sign="-"; its context's period and dimensions; its unit; its decimals ("INF"
/// is the precision the value is written to). The span is the number as written in the file.
/// </summary>
public sealed class XbrlFactBuilder(
    IReadOnlyDictionary<string, XbrlContext> contexts,
    IReadOnlyDictionary<string, (Unit? Unit, string Name)> units,
    XmlPositions positions,
    LineIndex lines,
    List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, int> _otherUnits = new(StringComparer.Ordinal);

    public Fact? Build(XbrlItem item)
    {
        if (item.Nil || item.UnitRef is null) return null;
        var span = positions.SpanOf(item.Element);
        var line = lines.PositionOf(span.Start).Line;
        if (!contexts.TryGetValue(item.ContextRef, out var context))
        {
            diagnostics.Add(XbrlDiagnostics.MissingContext(line, item.Concept, item.ContextRef));
            return null;
        }
        if (!units.TryGetValue(item.UnitRef, out var unit) || unit.Unit is null)
        {
            var name = units.TryGetValue(item.UnitRef, out var u) ? u.Name : item.UnitRef;
            _otherUnits[name] = _otherUnits.GetValueOrDefault(name) + 1;
            return null;
        }
        if (IxFormat.RuleOf(item.Format) is not { } rule)
        {
            diagnostics.Add(XbrlDiagnostics.Format(line, item.Concept, item.Format!));
            return null;
        }
        if (rule == IxNumberRule.Empty) return null;
        if (IxFormat.Read(rule, item.Text) is not { } magnitude)
        {
            diagnostics.Add(XbrlDiagnostics.Value(line, item.Concept, item.Text.Trim()));
            return null;
        }
        // Plain instance text carries its own sign; an inline fact's sign is the sign attribute.
        var negative = item.Negated || (item.Format is null && item.Text.TrimStart().StartsWith('-'));
        var value = Scale(magnitude, item.Scale) * (negative ? -1 : 1);
        return new Fact
        {
            Origin = FactOrigin.Xbrl,
            Label = RowLabel.Of(item.Element) ?? item.Concept[(item.Concept.IndexOf(':') + 1)..],
            Concept = item.Concept,
            Value = value,
            XbrlValue = value,
            Unit = unit.Unit.Value,
            Decimals = DecimalsOf(item.Decimals, value),
            Period = context.Period,
            Dimensions = context.Dimensions,
            Span = span,
        };
    }

    /// <summary>Says how many facts were in units with no counterpart; call once after the last fact.</summary>
    public void Finish()
    {
        if (_otherUnits.Count > 0)
            diagnostics.Add(XbrlDiagnostics.Units(_otherUnits.Values.Sum(), string.Join(", ", _otherUnits.Keys.Order(StringComparer.Ordinal))));
    }

    private static decimal Scale(decimal v, int scale)
    {
        for (var i = 0; i < scale; i++) v *= 10;
        for (var i = 0; i > scale; i--) v /= 10;
        return v;
    }

    private static int DecimalsOf(string? decimals, decimal value)
    {
        if (int.TryParse(decimals, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)) return d;
        // INF (or none): exact, to the digits the value has.
        var text = (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        return point < 0 ? 0 : text.Length - point - 1;
    }
}
