using System.Globalization;
using System.Text;
using System.Text.Json;
using Tickmark.Cautionary;
using Tickmark.Store.Reading;

namespace Tickmark.Store.Output;

/// <summary>
/// A stored release's disclosures as text, for <c>tickmark show</c>: the call, each event, each guidance
/// figure with its revision, and the cautionary language's counts and changes since the company's
/// previous release. Each item ends with the line:column where it is printed; a section with nothing
/// says so in one line.
/// </summary>
public static class DisclosureTextRenderer
{
    public static string Render(DisclosureView view)
    {
        var sb = new StringBuilder();
        Call(sb, view.Items.Call);
        Events(sb, view.Items.Events);
        Guidance(sb, view.Guidance);
        Cautionary(sb, view);
        return sb.ToString();
    }

    private static void Call(StringBuilder sb, StoredItem? item)
    {
        sb.AppendLine();
        if (item is null) { sb.AppendLine("== call: none announced"); return; }
        var c = CallSummary.Parse(item.Detail);
        using var doc = JsonDocument.Parse(item.Detail);
        sb.AppendLine($"== call: {CallSummary.Time(doc.RootElement, "start") ?? "time not given"}  at {item.Line}:{item.Column}");
        if (c.Live.Count > 0) sb.AppendLine($"  dial-in  {string.Join(", ", c.Live)}");
        if (c.AccessCode is { } code) sb.AppendLine($"  code     {code}");
        if (c.Webcast) sb.AppendLine($"  webcast  {c.WebcastUrl ?? "yes"}");
        var replay = new[]
        {
            c.Replay.Count > 0 ? string.Join(", ", c.Replay) : null, c.ReplayCode is { } rc ? "code " + rc : null,
            c.ReplayFrom is { } from ? "from " + from : null, c.ReplayUntil is { } until ? "until " + until : null,
        }.OfType<string>().ToList();
        if (replay.Count > 0) sb.AppendLine($"  replay   {string.Join(", ", replay)}");
    }

    private static void Events(StringBuilder sb, IReadOnlyList<StoredItem> events)
    {
        sb.AppendLine();
        sb.AppendLine(events.Count == 0 ? "== events: none" : $"== events: {events.Count}");
        foreach (var e in events)
        {
            sb.AppendLine($"  {e.Kind}: {e.Text}  at {e.Line}:{e.Column}");
            if (EventSummary.About(e.Detail) is { Length: > 0 } about) sb.AppendLine($"    {about}");
        }
    }

    private static void Guidance(StringBuilder sb, IReadOnlyList<GuidanceRevision> guidance)
    {
        sb.AppendLine();
        sb.AppendLine(guidance.Count == 0 ? "== guidance: none" : $"== guidance: {guidance.Count}");
        if (guidance.Count == 0) return;
        string[] headings = ["period", "measure", "basis", "guided", "unit", "words", "against earlier outlook", "at"];
        var rows = guidance.Select(r => new[]
        {
            r.Figure.PeriodLabel, r.Figure.Measure, r.Figure.Basis, GuidanceText.Guided(r.Figure), r.Figure.Unit, r.Figure.Change,
            GuidanceText.Revision(r), $"{r.Figure.Line}:{r.Figure.Column}",
        }).ToList();
        var widths = headings.Select((h, i) => Math.Max(h.Length, rows.Max(x => x[i].Length))).ToArray();
        void Line(IReadOnlyList<string> cells) => sb.AppendLine(("  " + string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i])))).TrimEnd());
        Line(headings);
        foreach (var r in rows) Line(r);
    }

    private static void Cautionary(StringBuilder sb, DisclosureView view)
    {
        sb.AppendLine();
        var items = view.Items.Cautionary;
        if (items.Count == 0) { sb.AppendLine("== cautionary: none"); return; }
        var risks = items.Count(i => i.Kind == CautionaryItemKind.RiskFactor);
        sb.AppendLine($"== cautionary: {items.Count - risks} sentences, {risks} risk factors");
        if (view.Cautionary?.Previous is not { } previous)
        {
            sb.AppendLine("  no earlier release of the company with cautionary language is stored to compare with");
            return;
        }
        var changes = view.Cautionary.Changes;
        var counts = new[] { ChangeKind.Added, ChangeKind.Removed, ChangeKind.Reworded, ChangeKind.Unchanged }
            .Select(k => $"{changes.Count(c => c.Kind == k)} {k.ToString().ToLowerInvariant()}");
        var date = previous.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        sb.AppendLine($"  against #{previous.Id} {previous.FiscalName ?? previous.Name}{(date is null ? "" : " (" + date + ")")}: {string.Join(", ", counts)}");
        foreach (var c in changes.Where(c => c.Kind != ChangeKind.Unchanged))
        {
            var item = (c.After ?? c.Before)!;
            sb.AppendLine($"  {c.KindName} {item.KindName}: {item.Text}");
            if (c.WordsAdded.Count > 0) sb.AppendLine($"    + {string.Join(" … ", c.WordsAdded)}");
            if (c.WordsRemoved.Count > 0) sb.AppendLine($"    - {string.Join(" … ", c.WordsRemoved)}");
        }
    }
}
