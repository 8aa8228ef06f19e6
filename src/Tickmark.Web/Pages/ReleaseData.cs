using System.Text.Json;
using Tickmark.Facts;
using Tickmark.Web.Model;

namespace Tickmark.Web.Pages;

/// <summary>
/// What the release page's script needs to show a fact and its checks, as JSON for a
/// <c>script type="application/json"</c> block: values already written for people, so that the
/// script only places text. The serializer escapes '&lt;' and '&gt;', so the block cannot end early.
/// </summary>
public static class ReleaseData
{
    public static string ToJson(ReleaseView view, string? text)
    {
        var facts = view.Facts.ToDictionary(f => f.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), f => new
        {
            title = f.Fact.Measure ?? f.Fact.Label,
            label = f.Fact.Label,
            origin = f.Fact.Origin == FactOrigin.Table ? "table" : "prose",
            place = view.PlaceOf(f),
            section = f.Fact.Section,
            concept = f.Fact.Concept,
            period = Show.Period(f.Fact.Period),
            value = Show.Value(f.Fact.Value),
            unit = Show.Unit(f.Fact.Unit),
            decimals = f.Fact.Decimals,
            dimensions = f.Fact.Dimensions.Select(d => $"{d.Key}: {d.Value}").ToList(),
            printed = text is not null && f.Fact.Span.End <= text.Length ? text.Substring(f.Fact.Span.Start, f.Fact.Span.Length) : null,
            line = f.Line,
            column = f.Column,
            status = view.StatusOf(f.Index).Name(),
            checks = view.ChecksOf(f.Index),
        });
        var checks = view.Checks.Select(c => new { rule = c.Rule, status = c.StatusName, message = c.Message, facts = c.Facts });
        return JsonSerializer.Serialize(new { release = view.Release.Id, facts, checks });
    }
}
