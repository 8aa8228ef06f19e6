using Tickmark.Store.Reading;
using Tickmark.Web.Html;
using Tickmark.Web.Model;

namespace Tickmark.Web.Pages;

/// <summary>The conference calls the stored releases announce, across companies: upcoming (on or after the day, earliest first), then past (latest first).</summary>
public static class CalendarPage
{
    public static string Render(CallCalendar calendar, IReadOnlyDictionary<long, string> companyKeys)
    {
        var body = new HtmlBuilder();
        body.Add($"<h1>Conference calls</h1>");
        body.Add($"<p class=\"facts\">As of {Show.Date(calendar.AsOf)}: {calendar.Upcoming.Count} upcoming, {calendar.Past.Count} past. <a href=\"/api/calendar?asOf={Show.Date(calendar.AsOf)}\">JSON</a></p>");
        body.Add($"<h2 id=\"upcoming-heading\">Upcoming</h2>");
        body.Add(Table("upcoming", calendar.Upcoming, companyKeys));
        body.Add($"<h2 id=\"past-heading\">Past</h2>");
        body.Add(Table("past", calendar.Past, companyKeys));
        return Layout.Page("Conference calls", Layout.Trail(("calls", null)), body.ToMarkup());
    }

    private static Markup Table(string id, IReadOnlyList<CalendarEntry> entries, IReadOnlyDictionary<long, string> companyKeys)
    {
        var html = new HtmlBuilder();
        if (entries.Count == 0) return html.Add($"<p class=\"empty\" id=\"{id}\">None.</p>").ToMarkup();
        html.Add($"<table class=\"list calls\" id=\"{id}\"><thead><tr><th>Date</th><th>Time</th><th>Company</th><th>Dial-in</th><th>Access code</th><th>Replay until</th><th>Release</th></tr></thead><tbody>");
        foreach (var e in entries)
        {
            var call = CallSummary.Parse(e.Detail);
            var r = e.Release;
            var company = r.CompanyId is { } cid && companyKeys.TryGetValue(cid, out var key)
                ? HtmlBuilder.Of($"<a href=\"{Links.Company(key)}\">{r.Ticker ?? key}</a> {r.CompanyName ?? ""}")
                : HtmlBuilder.Of($"{r.CompanyName ?? "no company named"}");
            html.Add($"<tr data-release=\"{r.Id}\" data-date=\"{Show.Date(e.Date)}\"><td>{Show.Date(e.Date)}</td><td>{((e.Time ?? "") + " " + (e.Zone ?? "")).Trim()}</td><td>{company}</td>");
            html.Add($"<td class=\"dial-in\">{string.Join(", ", call.Live)}</td><td class=\"code\">{call.AccessCode ?? ""}</td><td>{call.ReplayUntil ?? ""}</td>");
            html.Add($"<td><a href=\"{Links.Release(r.Id)}#call\">{r.FiscalName ?? r.Name}</a></td></tr>");
        }
        html.Add($"</tbody></table>");
        return html.ToMarkup();
    }
}
