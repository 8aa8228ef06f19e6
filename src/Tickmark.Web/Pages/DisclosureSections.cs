using System.Text.Json;
using Tickmark.Cautionary;
using Tickmark.Store.Output;
using Tickmark.Store.Reading;
using Tickmark.Web.Html;
using Tickmark.Web.Model;

namespace Tickmark.Web.Pages;

/// <summary>
/// The parts of a release page for what it says besides its figures: the conference call, the events,
/// the guidance (each figure raised, lowered or kept against the company's earlier outlook), and the
/// cautionary language with what changed since the company's previous release. Each item names the
/// line and column where it is printed.
/// </summary>
public static class DisclosureSections
{
    public static Markup Render(DisclosureView view)
    {
        var html = new HtmlBuilder();
        html.Add($"<section class=\"disclosures\" id=\"disclosures\"><h2>What the release says besides its figures</h2>");
        html.Add(Call(view.Items.Call));
        html.Add(Events(view.Items.Events));
        html.Add(Guidance(view.Guidance));
        html.Add(Cautionary(view));
        html.Add($"</section>");
        return html.ToMarkup();
    }

    private static Markup Call(StoredItem? item)
    {
        var html = new HtmlBuilder();
        html.Add($"<section id=\"call\"><h3>Conference call</h3>");
        if (item is null) return html.Add($"<p class=\"empty\">The release announces no call.</p></section>").ToMarkup();
        var c = CallSummary.Parse(item.Detail);
        using var doc = JsonDocument.Parse(item.Detail);
        var start = CallSummary.Time(doc.RootElement, "start") ?? "not given";
        html.Add($"<dl class=\"call\"><dt>When</dt><dd data-field=\"start\">{start}</dd>");
        html.Add($"<dt>Dial-in</dt><dd data-field=\"dial-in\">{string.Join(", ", c.Live)}</dd>");
        html.Add($"<dt>Access code</dt><dd data-field=\"code\">{c.AccessCode ?? ""}</dd>");
        if (c.Webcast) html.Add($"<dt>Webcast</dt><dd data-field=\"webcast\">{c.WebcastUrl ?? "yes"}</dd>");
        var replay = new[]
        {
            c.Replay.Count > 0 ? string.Join(", ", c.Replay) : null, c.ReplayCode is { } code ? "code " + code : null,
            c.ReplayFrom is { } from ? "from " + from : null, c.ReplayUntil is { } until ? "until " + until : null,
        }.OfType<string>().ToList();
        if (replay.Count > 0) html.Add($"<dt>Replay</dt><dd data-field=\"replay\">{string.Join(", ", replay)}</dd>");
        html.Add($"</dl><p class=\"where\">Printed at line {item.Line}:{item.Column}.</p></section>");
        return html.ToMarkup();
    }

    private static Markup Events(IReadOnlyList<StoredItem> events)
    {
        var html = new HtmlBuilder();
        html.Add($"<section id=\"events\"><h3>Events</h3>");
        if (events.Count == 0) return html.Add($"<p class=\"empty\">No events were read from this release.</p></section>").ToMarkup();
        html.Add($"<ul class=\"events\">");
        foreach (var e in events)
        {
            var about = EventSummary.About(e.Detail);
            html.Add($"<li data-kind=\"{e.Kind}\"><span class=\"badge\">{e.Kind}</span> <span class=\"text\">{e.Text}</span> <small class=\"where\">{e.Line}:{e.Column}</small>");
            if (about.Length > 0) html.Add($"<br><small class=\"about\">{about}</small>");
            html.Add($"</li>");
        }
        html.Add($"</ul></section>");
        return html.ToMarkup();
    }

    private static Markup Guidance(IReadOnlyList<GuidanceRevision> guidance)
    {
        var html = new HtmlBuilder();
        html.Add($"<section id=\"guidance\"><h3>Guidance</h3>");
        if (guidance.Count == 0) return html.Add($"<p class=\"empty\">The release gives no outlook figure.</p></section>").ToMarkup();
        html.Add($"<div class=\"wide\">{GuidanceTable(guidance, withRelease: false)}</div>");
        html.Add($"</section>");
        return html.ToMarkup();
    }

    /// <summary>Guidance figures, each with its revision against the earlier outlook; <paramref name="withRelease"/> adds the release that gives it (for the company page).</summary>
    public static Markup GuidanceTable(IReadOnlyList<GuidanceRevision> guidance, bool withRelease)
    {
        var html = new HtmlBuilder();
        html.Add($"<table class=\"list guidance\"><thead><tr>{(withRelease ? new Markup("<th>Release</th>") : Markup.Empty)}<th>Period</th><th>Measure</th><th>Basis</th><th class=\"num\">Guided</th><th>Unit</th><th>Words</th><th>Against the earlier outlook</th><th>At</th></tr></thead><tbody>");
        foreach (var r in guidance)
        {
            var g = r.Figure;
            html.Add($"<tr data-period=\"{g.PeriodLabel}\" data-measure=\"{g.Measure}\" data-revision=\"{r.Kind.ToString().ToLowerInvariant()}\">");
            if (withRelease) html.Add($"<td><a href=\"{Links.Release(g.Release.Id)}\">{Show.Date(g.Release.Date)} #{g.Release.Id}</a></td>");
            html.Add($"<td>{g.PeriodLabel}</td><td>{g.Measure}</td><td>{g.Basis}</td><td class=\"num guided\">{GuidanceText.Guided(g)}</td><td>{g.Unit}</td><td>{g.Change}</td>");
            html.Add($"<td class=\"revision\"><span class=\"badge rev-{r.Kind.ToString().ToLowerInvariant()}\">{r.Kind.ToString().ToLowerInvariant()}</span> {RevisionDetail(r)}</td><td class=\"where\">{g.Line}:{g.Column}</td></tr>");
        }
        html.Add($"</tbody></table>");
        return html.ToMarkup();
    }

    private static Markup RevisionDetail(GuidanceRevision r)
    {
        if (r.Earlier is { } e)
            return HtmlBuilder.Of($"{(r.Kind == Tickmark.Guidance.RevisionKind.Kept ? "at" : "from")} {GuidanceText.Guided(e)} (<a href=\"{Links.Release(e.Release.Id)}\">{Show.Date(e.Release.Date)} #{e.Release.Id}</a>)");
        return r.Kind == Tickmark.Guidance.RevisionKind.New ? HtmlBuilder.Of($"no earlier outlook stored") : HtmlBuilder.Of($"the release says {r.Figure.Change}");
    }

    private static Markup Cautionary(DisclosureView view)
    {
        var html = new HtmlBuilder();
        html.Add($"<section id=\"cautionary\"><h3>Cautionary language</h3>");
        var items = view.Items.Cautionary;
        if (items.Count == 0) return html.Add($"<p class=\"empty\">No forward-looking-statements section was read.</p></section>").ToMarkup();
        var risks = items.Count(i => i.Kind == CautionaryItemKind.RiskFactor);
        html.Add($"<p class=\"facts\">{items.Count - risks} sentences and {risks} risk factors.</p>");
        if (view.Cautionary?.Previous is not { } previous)
            html.Add($"<p class=\"empty\" id=\"no-previous\">No earlier release of the company with cautionary language is stored to compare with.</p>");
        else
        {
            var changes = view.Cautionary.Changes.Where(c => c.Kind != ChangeKind.Unchanged).ToList();
            var counts = new[] { ChangeKind.Added, ChangeKind.Removed, ChangeKind.Reworded }.Select(k => $"{view.Cautionary.Changes.Count(c => c.Kind == k)} {k.ToString().ToLowerInvariant()}");
            html.Add($"<p class=\"facts\" id=\"compared\">Against <a href=\"{Links.Release(previous.Id)}\">{previous.FiscalName ?? previous.Name}</a> ({Show.Date(previous.Date)}): {string.Join(", ", counts)}, {view.Cautionary.Changes.Count(c => c.Kind == ChangeKind.Unchanged)} unchanged.</p>");
            html.Add($"<ul class=\"diff\">");
            foreach (var c in changes)
            {
                var item = (c.After ?? c.Before)!;
                html.Add($"<li class=\"change-{c.KindName}\" data-change=\"{c.KindName}\"><span class=\"badge\">{c.KindName}</span> <small>{item.KindName}</small> {item.Text}");
                if (c.Kind == ChangeKind.Reworded)
                {
                    if (c.WordsAdded.Count > 0) html.Add($"<br><ins>{string.Join(" … ", c.WordsAdded)}</ins>");
                    if (c.WordsRemoved.Count > 0) html.Add($"<br><del>{string.Join(" … ", c.WordsRemoved)}</del>");
                }
                html.Add($"</li>");
            }
            html.Add($"</ul>");
        }
        html.Add($"<details><summary>All {items.Count} items</summary><ol class=\"cautionary-items\">");
        foreach (var i in items) html.Add($"<li data-kind=\"{i.KindName}\">{i.Text}</li>");
        html.Add($"</ol></details></section>");
        return html.ToMarkup();
    }
}
