using Tickmark.Concepts;
using Tickmark.Facts;
using Tickmark.Periods;
using Tickmark.Series;
using Tickmark.Store.Reading;
using Tickmark.Units;
using Tickmark.Web.Charts;
using Tickmark.Web.Model;
using Tickmark.Web.Pages;

namespace Tickmark.Web.Api;

/// <summary>
/// The shapes the API answers with, for System.Text.Json (camelCase). Values are in base units, dates
/// are yyyy-MM-dd, a period is <c>{ start, end }</c> (both inclusive) or <c>{ instant }</c>; every item
/// links to itself and to its page.
/// </summary>
public static class ApiJson
{
    public static object Company(CompanySummary c) => new
    {
        c.Key, c.Ticker, c.Name, c.Exchange, c.Cik, c.Releases, c.FailedReleases, c.FirstPeriodEnd, c.LastPeriodEnd,
        checks = new
        {
            pass = c.ChecksPassed, rounding = c.ChecksRounding, fail = c.ChecksFailed,
            crossRelease = new { pass = c.CrossChecks.Passed, rounding = c.CrossChecks.Rounding, fail = c.CrossChecks.Failed },
            passShare = c.CheckPassShare, passText = c.CheckPassText,
        },
        links = new { self = "/api" + Links.Company(c.Key), releases = "/api" + Links.Company(c.Key) + "/releases", page = Links.Company(c.Key) },
    };

    public static object Release(ReleaseSummary r) => new
    {
        r.Id, file = r.Name, r.Format, r.Status, r.Error, company = r.CompanyName, r.Ticker, r.Exchange, date = r.Date, r.Headline,
        fiscalYear = r.FiscalYear, fiscalQuarter = r.FiscalQuarter, r.PeriodEnd, facts = r.FactCount, statements = r.StatementCount,
        checks = new { pass = r.ChecksPassed, rounding = r.ChecksRounding, fail = r.ChecksFailed },
        r.ContentHash, r.ParserVersion,
        links = new { self = "/api" + Links.Release(r.Id), facts = "/api" + Links.Release(r.Id) + "/facts", source = "/api" + Links.Release(r.Id) + "/source", page = Links.Release(r.Id) },
    };

    public static object Fact(ReleaseView view, StoredFact f) => new
    {
        index = f.Index,
        origin = f.Fact.Origin.ToJsonName(),
        label = f.Fact.Label,
        measure = f.Fact.Measure,
        section = f.Fact.Section,
        concept = f.Fact.Concept,
        value = f.Fact.Value,
        unit = f.Fact.Unit.ToJsonName(),
        decimals = f.Fact.Decimals,
        period = Period(f.Fact.Period),
        dimensions = f.Fact.Dimensions,
        statement = f.Fact.StatementIndex,
        row = f.Fact.Row,
        column = f.Fact.Column,
        source = new { offset = f.Fact.Span.Start, length = f.Fact.Span.Length, line = f.Line, column = f.Column },
        status = view.StatusOf(f.Index).Name(),
        checks = view.ChecksOf(f.Index),
    };

    /// <summary>A fact with each check it takes part in spelled out, and the other facts of each check.</summary>
    public static object FactWithChecks(ReleaseView view, StoredFact f) => new
    {
        fact = Fact(view, f),
        checks = view.ChecksOf(f.Index).Select(i => Check(view, i)),
    };

    public static object Check(ReleaseView view, int index)
    {
        var c = view.Checks[index];
        return new
        {
            index, rule = c.Rule, status = c.StatusName, message = c.Message,
            facts = c.Facts.Select(i => view.Fact(i) is { } f
                ? new { index = i, label = f.Fact.Measure ?? f.Fact.Label, value = (decimal?)f.Fact.Value, line = (int?)f.Line, column = (int?)f.Column }
                : new { index = i, label = "", value = (decimal?)null, line = (int?)null, column = (int?)null }),
        };
    }

    /// <summary>One statement: its particulars, columns (with periods), rows (with the document line each is printed on) and its facts.</summary>
    public static object Statement(ReleaseView view, StoredStatement s) => new
    {
        release = view.Release.Id, index = s.Index, kind = s.Kind.ToJsonName(), title = s.Title, firstLine = s.FirstLine, lastLine = s.LastLine, scale = s.Scale,
        columns = s.Columns.Select(c => new { index = c.Index, heading = c.Heading, period = Period(c.Period), isChange = c.IsChange }),
        rows = s.Rows.Select(r => new { index = r.Index, label = r.Label, section = r.Section, concept = r.Concept, line = r.Line }),
        facts = view.Facts.Where(f => f.Fact.StatementIndex == s.Index).Select(f => Fact(view, f)),
    };

    public static object CrossCheck(CrossReleaseCheck c) => new
    {
        rule = c.Rule, status = c.StatusName, lineItem = c.LineItem, fiscalPeriod = c.Slot.Name, message = c.Message,
        first = Observation(c.First), later = Observation(c.Later),
    };

    public static object Chart(ChartSeries c) => new
    {
        c.Id, c.Title, c.Basis, kind = c.Kind == ChartKind.Bars ? "bars" : "line", unit = c.Unit.ToJsonName(),
        points = c.Points.Select(p => new
        {
            fiscalPeriod = p.Slot.Name, period = Period(p.Period), value = p.Value, derived = p.Derived, how = p.How,
            conflict = SvgChart.Conflict(p.Conflict),
            sources = p.Sources.Select(s => new { release = s.ReleaseId, file = s.ReleaseName, fact = s.FactIndex, line = s.Line, column = s.Column, value = s.Value }),
            conflicts = p.Conflicts.Select(n => new { level = SvgChart.Conflict(n.Level), text = n.Text }),
        }),
    };

    /// <summary><c>{ "start", "end" }</c> for a flow, <c>{ "instant" }</c> for a balance, null when the figure has no period.</summary>
    public static Dictionary<string, string>? Period(Period? p) => p switch
    {
        Duration d => new() { ["start"] = Show.Date(d.Start), ["end"] = Show.Date(d.End) },
        Instant i => new() { ["instant"] = Show.Date(i.Date) },
        _ => null,
    };

    private static object Observation(Observation o) => new
    {
        release = o.Release.Id, file = o.Release.Name, fact = o.FactIndex, line = o.Line, column = o.Column, value = o.Value, period = Period(o.Period),
    };
}
