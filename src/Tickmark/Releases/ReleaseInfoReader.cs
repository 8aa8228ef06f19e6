using System.Text.RegularExpressions;
using Tickmark.Blocks;
using Tickmark.Concepts;
using Tickmark.Extraction;
using Tickmark.Periods;
using Tickmark.Text;

namespace Tickmark.Releases;

/// <summary>
/// Reads the release's own particulars: company, ticker and exchange from "(NASDAQ: BSMD)" (or
/// "(Nasdaq:HRZB - News)" as quote services reprinted it), city,
/// wire and date from the dateline, the headline above it, and the fiscal period from the statements.
/// </summary>
public static partial class ReleaseInfoReader
{
    public static ReleaseInfo Read(SourceDocument doc, IReadOnlyList<Block> blocks, IReadOnlyList<Statement> statements)
    {
        var text = doc.Text;
        string? ticker = null, exchange = null, company = null;
        var tm = TickerPattern().Match(text);
        if (tm.Success)
        {
            ticker = tm.Groups["t"].Value.ToUpperInvariant();
            exchange = NormalizeExchange(tm.Groups["x"].Value);
            company = CompanyNameReader.BeforeTicker(text, tm.Index);
        }

        string? city = null, wire = null, lead = null, dateText = null;
        // The dateline block, else the first block of the release's opening that starts with a city and a date.
        var dateline = blocks.FirstOrDefault(b => b.Kind == BlockKind.Dateline)
            ?? blocks.Take(60).FirstOrDefault(b => b.Kind is BlockKind.Paragraph or BlockKind.Headline && CityDateDateline.IsMatch(Collapse(doc.Slice(b.Span))));
        var statedIn = new List<string>();
        if (dateline is not null)
        {
            var d = Collapse(doc.Slice(dateline.Span));
            statedIn.Add(FirstSentence(d));
            var m = WireDateline().Match(d);
            if (m.Success)
            {
                city = m.Groups["city"].Value.Trim().TrimEnd(',');
                wire = m.Groups["wire"].Value.Trim();
                dateText = m.Groups["date"].Value;
                lead = d[(m.Index + m.Length)..];
            }
            else if (NewswireDateline().Match(d) is { Success: true } n)
            {
                city = n.Groups["city"].Value.Trim().TrimEnd(',');
                wire = n.Groups["wire"].Value.Trim();
                dateText = n.Groups["date"].Value;
                lead = d[(n.Index + n.Length)..].TrimStart(' ', '-');
            }
            else if (CityDateDateline.Match(d) is { Success: true } dash)
            {
                city = dash.Groups["city"].Value.Trim().TrimEnd(',');
                dateText = dash.Groups["date"].Value;
                lead = dash.Groups["rest"].Value;
            }
        }

        // A line that is only a date ("Jan. 25, 2005", "August 23, 2023") dates the release; it is not its headline.
        // The headline follows the boilerplate above it ("Exhibit 99.1", "NEWS RELEASE", contacts): an
        // 8-K's cover page may come before. A logo's placeholder ("[ASTA FUNDING, INC. LOGO]") is not one.
        var datelineAt = dateline is not null ? IndexOf(blocks, dateline) : FirstParagraph(blocks);
        var lastBoilerplate = -1;
        for (var i = 0; i < datelineAt; i++)
            if (BlockSplitter.IsBoilerplate(Collapse(doc.Slice(blocks[i].Span)))) lastBoilerplate = i;
        bool IsHeadline(Block b) => b.Kind == BlockKind.Headline && HeadlineText(doc, b) is { Length: > 0 } h && !IsDateOnly(h) && !Placeholder().IsMatch(h);
        var headline = blocks.Skip(lastBoilerplate + 1).FirstOrDefault(IsHeadline) ?? blocks.FirstOrDefault(IsHeadline);
        var headlineText = headline is null ? null : HeadlineText(doc, headline);
        if (headlineText is not null) statedIn.Insert(0, headlineText);
        // Last, an 8-K's own words on the results it furnishes ("... to discuss the Registrant's unaudited financial
        // results for the third quarter of fiscal 2023"): the first paragraph on results that names a quarter.
        if (blocks.Take(80).Where(b => b.Kind == BlockKind.Paragraph).Select(b => Collapse(doc.Slice(b.Span)))
                .FirstOrDefault(p => p.Contains("results", StringComparison.OrdinalIgnoreCase) && StatedQuarter.Find(p) is not null) is { } results)
            statedIn.Add(results);
        var stated = statedIn.Select(StatedQuarter.Find).FirstOrDefault(q => q is not null);
        var fiscal = FiscalPeriodOf(statements, stated);
        var date = dateText is null ? null : ParseDate(dateText, fiscal?.End);
        if (date is null && blocks.Take(12).FirstOrDefault(b => b.Kind is BlockKind.Headline or BlockKind.Heading && IsDateOnly(Collapse(doc.Slice(b.Span)))) is { } dated)
            date = ParseDate(Collapse(doc.Slice(dated.Span)), fiscal?.End);
        date = AfterPeriod(date, fiscal);

        company ??= (lead is null ? null : CompanyNameReader.LeadSubject(lead))
            ?? FirstParagraphSubject(doc, blocks)
            ?? blocks.Where(b => b.Kind is BlockKind.Heading or BlockKind.Headline).Select(b => CompanyNameReader.Title(Collapse(doc.Slice(b.Span)))).FirstOrDefault(n => n is not null)
            ?? (headlineText is null ? null : CompanyNameReader.HeadlineSubject(headlineText));
        return new ReleaseInfo
        {
            Company = company,
            Ticker = ticker,
            Exchange = exchange,
            City = city,
            Wire = wire,
            Date = date,
            Headline = headlineText,
            FiscalPeriod = fiscal,
        };
    }

    /// <summary>
    /// A release comes out after the quarter it reports: a dateline printed with the year before
    /// ("NOVEMBER 23, 2003" on a release of the year ended September 30, 2004) has its year misprinted
    /// and is read in the year after the quarter's end.
    /// </summary>
    private static DateOnly? AfterPeriod(DateOnly? date, FiscalPeriod? fiscal)
    {
        if (date is not { } d || fiscal is null || d > fiscal.End) return date;
        var next = d.AddYears(1);
        return next > fiscal.End && next <= fiscal.End.AddDays(180) ? next : date;
    }

    /// <summary>"NVIDIA today reported revenue ...": the subject of the release's first paragraph.</summary>
    private static string? FirstParagraphSubject(SourceDocument doc, IReadOnlyList<Block> blocks)
    {
        var first = FirstParagraph(blocks);
        return first < blocks.Count ? CompanyNameReader.LeadSubject(Collapse(doc.Slice(blocks[first].Span))) : null;
    }

    private static string FirstSentence(string text)
    {
        var end = FullStop().Match(text);
        return end.Success ? text[..end.Index] : text;
    }

    /// <summary>
    /// The quarter of the first three-month column of the first income statement. The fiscal year's
    /// end month comes from a twelve-month column of any statement, else a year-to-date column's start, else the
    /// balance sheet's comparative year-end, else December.
    /// </summary>
    public static FiscalPeriod? FiscalPeriodOf(IReadOnlyList<Statement> statements, StatedQuarter? stated = null)
    {
        // Without a dated income statement (an 8-K body with reconciliations only), a table of quarters dated by its title.
        var income = statements.FirstOrDefault(s => s.Kind == StatementKind.IncomeStatement && s.Columns.Any(c => c.Period is Duration))
            ?? statements.FirstOrDefault(s => s.Columns.Any(c => !c.IsChange && c.Period is Duration { Months: 3 }));
        if (income is null) return null;
        var durations = income.Columns.Where(c => !c.IsChange).Select(c => c.Period).OfType<Duration>().ToList();
        var quarter = durations.FirstOrDefault(d => d.Months == 3) ?? durations[0];
        var end = quarter.End;
        int? fyEndMonth = null;
        // A year or year-to-date column ending with the quarter, in any statement of flows (the year-to-date
        // statement may be a table of its own).
        var all = statements.Where(s => s.Kind is StatementKind.IncomeStatement or StatementKind.CashFlow)
            .SelectMany(s => s.Columns).Where(c => !c.IsChange).Select(c => c.Period).OfType<Duration>().ToList();
        var year = all.FirstOrDefault(d => d.Months == 12 && d.End == end);
        if (year is not null) fyEndMonth = MonthOf(year.End);
        else if (all.FirstOrDefault(d => d.Months is 6 or 9 && d.End == end) is { } ytd)
            fyEndMonth = (MonthOf(ytd.Start.AddDays(15)) + 10) % 12 + 1;
        else
        {
            var balance = statements.FirstOrDefault(s => s.Kind == StatementKind.BalanceSheet);
            var instants = balance?.Columns.Select(c => c.Period).OfType<Instant>().ToList();
            // The comparative balance sheet of a quarterly release is the last fiscal year-end: the latest earlier date in another month.
            var yearEnd = instants?.Where(i => i.Date < end && MonthOf(i.Date) != MonthOf(end)).OrderByDescending(i => i.Date).FirstOrDefault();
            if (yearEnd is not null) fyEndMonth = MonthOf(yearEnd.Date);
        }
        var endMonth = MonthOf(end);
        // Without a year or year-to-date column, the quarter the release's own words name ("FIRST QUARTER FISCAL 2004")
        // sets the fiscal year's end: three months after a first quarter's end count nine more.
        if (stated is not null && year is null && !all.Any(d => d.Months is 6 or 9 && d.End == end))
            fyEndMonth = (endMonth + 3 * (4 - stated.Quarter) + 11) % 12 + 1;
        var fyEnd = fyEndMonth ?? 12;
        var monthsIn = (endMonth - fyEnd + 12) % 12;
        var q = monthsIn == 0 ? 4 : (monthsIn + 2) / 3;
        var fy = endMonth <= fyEnd ? end.Year : end.Year + 1;
        if (endMonth == 1 && fyEnd == 12 && end.Day < 15) fy = end.Year - 1;
        return new FiscalPeriod(fy, q, end, fyEnd);
    }

    /// <summary>The calendar month a period end belongs to; a 52/53-week end early in a month belongs to the month before.</summary>
    private static int MonthOf(DateOnly d) => d.Day <= 7 ? (d.Month + 10) % 12 + 1 : d.Month;

    private static DateOnly? ParseDate(string text, DateOnly? after)
    {
        var m = DateText.FindMonth(text);
        if (m is null || m.Value.Day is null) return null;
        var year = m.Value.Year ?? (after is { } a ? (m.Value.Month >= a.Month ? a.Year : a.Year + 1) : null);
        return year is null ? null : DateText.TryDate(year.Value, m.Value.Month, m.Value.Day);
    }

    private static string NormalizeExchange(string x)
    {
        var u = x.ToUpperInvariant();
        if (u.Contains("NASDAQ")) return "NASDAQ";
        if (u.Contains("NYSE") && u.Contains("AMEX")) return "NYSE Amex";
        if (u.Contains("NYSE") || u.Contains("NEW YORK")) return "NYSE";
        if (u.Contains("AMEX") || u.Contains("AMERICAN")) return "AMEX";
        return u.Trim();
    }

    /// <summary>A headline's words, without the rules that underline it in text releases.</summary>
    private static string HeadlineText(SourceDocument doc, Block block) => Collapse(Rules().Replace(doc.Slice(block.Span), " "));

    private static int FirstParagraph(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++) if (blocks[i].Kind == BlockKind.Paragraph) return i;
        return blocks.Count;
    }

    private static int IndexOf(IReadOnlyList<Block> blocks, Block block)
    {
        for (var i = 0; i < blocks.Count; i++) if (ReferenceEquals(blocks[i], block)) return i;
        return blocks.Count;
    }

    private static bool IsDateOnly(string text) =>
        text.Length <= 30 && DateText.FindMonth(text) is { Day: not null, Year: not null } && !DateOnlyRest().Replace(text, "").Any(char.IsLetter);

    private static string Collapse(string s) => Whitespace.Squeeze(s);

    [GeneratedRegex(@"\(\s*(?<x>NASDAQ(?:\s*(?:/\s*)?(?:NMS|National Market|Global (?:Select )?Market|Capital Market|GS|GM))?|NYSE(?:\s+Amex)?|AMEX|American Stock Exchange|New York Stock Exchange|OTCBB|OTC)\s*:\s*(?<t>[A-Za-z]{1,5}(?:\.[A-Za-z])?)(?:\s+-\s+News)?\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex TickerPattern();

    [GeneratedRegex(@"^(?<city>[A-Z][A-Za-z .,'-]+?)\s*--\s*\((?<wire>[^)]+)\)\s*--\s*(?<date>[A-Za-z]+\.?\s+\d{1,2},\s*\d{4})")]
    private static partial Regex WireDateline();

    [GeneratedRegex(@"^(?<city>[A-Z][A-Za-z .,'-]+?),\s*(?<date>[A-Za-z]+\.?\s+\d{1,2}(,\s*\d{4})?)\s*/(?<wire>[^/]+)/")]
    private static partial Regex NewswireDateline();

    [GeneratedRegex(@"^\[[^\]]*\b(logo|graphic|photo)\b[^\]]*\]$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\.(\s|$)")]
    private static partial Regex FullStop();

    [GeneratedRegex(@"(?<![A-Za-z])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnlyRest();

    [GeneratedRegex(@"[-=_]{4,}")]
    private static partial Regex Rules();
}
