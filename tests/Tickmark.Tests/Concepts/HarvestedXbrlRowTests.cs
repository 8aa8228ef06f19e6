using Tickmark.Concepts;
using Tickmark.Tests.Support;
using Tickmark.Units;

namespace Tickmark.Tests.ConceptTests;

/// <summary>
/// Face-statement rows of other companies' inline-XBRL 10-Qs and 10-Ks (Harvest/face-rows.tsv, harvested
/// by Harvest/harvest_ixbrl.py from dgunning/edgartools' fixtures; NVIDIA's own filings left out): each row's
/// heading, label and unit go through the concept rules with the rows around it, and the element is compared
/// with the one the filer tagged. The rules were written looking only at the tuning companies; the
/// held-out companies measure them. Rows tagged with a company's own element, and dimensional facts, are not counted.
/// </summary>
public sealed class HarvestedXbrlRowTests
{
    /// <summary>
    /// Companies whose rows the rules were written from; the others are held out. The first twelve were chosen
    /// with the first harvest; companies added later went to a side by the first hex digit of the MD5 of their
    /// ticker, decided before their rows were read (8-f tuning: wfc, msft, aeon, clx, t, adi; 0-7 held out: jpm, gbdc, gahc, adsk, orcl).
    /// t, adi, adsk and orcl come from EDGAR's rendered statement pages (R2.htm...), harvested by Harvest/harvest_rpage.py.
    /// A company's other filings (older years, linkbase rows) stay on its side.
    /// </summary>
    private static readonly string[] Tuning = ["aapl", "abbv", "adbe", "amzn", "ba", "crm", "googl", "hubs", "ibm", "ko", "ma", "meta", "wfc", "msft", "aeon", "clx", "t", "adi"];

    private sealed record Row(string File, StatementKind Statement, string Section, string Label, string Element, Unit Unit, bool Dimensional);

    private static List<Row> Rows() =>
        File.ReadLines(Path.Combine(Paths.RepoRoot, "tests", "Tickmark.Tests", "Concepts", "Harvest", "face-rows.tsv")).Skip(1)
            .Select(l => l.Split('\t'))
            .Select(f => new Row(f[1], StatementKindNames.Parse(f[2]), f[3], f[4], f[5], f[6] switch { "USD/share" => Unit.UsdPerShare, "shares" => Unit.Shares, _ => Unit.Usd }, f[10].Length > 0))
            .ToList();

    /// <summary>Elements the corpus hand labels accept for one and the same line (a row labelled with a list).</summary>
    private static List<HashSet<string>> Equivalents() =>
        CorpusConceptRows.All().SelectMany(l => l.Rows).Where(r => r.Elements.Count > 1)
            .Select(r => r.Elements.Select(e => e.Replace("us-gaap:", "")).ToHashSet()).ToList();

    private static (int Right, int Total, List<string> Wrong) Score(bool heldOut)
    {
        var map = ConceptMap.Default;
        var equivalents = Equivalents();
        var (right, total, wrong) = (0, 0, new List<string>());
        var byCompany = new SortedDictionary<string, (int Right, int Total)>();
        foreach (var statement in Rows().GroupBy(r => (r.File, r.Statement)))
        {
            var company = statement.Key.File.Split('-')[0];
            if (Tuning.Contains(company) == heldOut) continue;
            var rows = statement.ToList();
            var labels = rows.Select(r => ConceptMap.Normalize(r.Label)).ToList();
            // As the concept stage reads a table: a run of rows printed without headings takes the one its total implies.
            var sections = rows.Select(r => ConceptMap.Normalize(r.Section)).ToArray();
            ImpliedSections.Fill(labels, sections);
            ImpliedSections.FillPerShare(labels, rows.Select(r => r.Unit).ToList(), sections);
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                if (row.Dimensional || !row.Element.StartsWith("us-gaap:")) continue;
                var context = new RowContext(labels[i], sections[i], row.Statement, row.Unit, "", labels, i, YearOf(row.File));
                var got = map.Resolve(context).Element?.Name;
                var want = row.Element["us-gaap:".Length..];
                total++;
                var ok = got == want || (got is not null && equivalents.Any(e => e.Contains(got) && e.Contains(want)));
                var (r, t) = byCompany.GetValueOrDefault(company);
                byCompany[company] = (r + (ok ? 1 : 0), t + 1);
                if (ok) right++;
                else wrong.Add($"{row.File} {row.Statement.ToJsonName()} '{row.Label}' [{row.Section}]: filer {want}, rules {got ?? "null"}");
            }
        }
        Report(heldOut, byCompany, wrong);
        return (right, total, wrong);
    }

    /// <summary>The year a filing's name gives ("aapl-10-k-2024-11-01.html", "ko-20120223_pre.xml"): the periods it reports end that year or the one before.</summary>
    private static int? YearOf(string file) =>
        System.Text.RegularExpressions.Regex.Match(file, @"-((?:19|20)\d\d)") is { Success: true } m ? int.Parse(m.Groups[1].Value) : null;

    /// <summary>
    /// With TICKMARK_HARVEST_REPORT set to a folder: each side's rows right per company, and the tuning side's
    /// misses (the held-out misses are never written, so rules cannot be written from them).
    /// </summary>
    private static void Report(bool heldOut, SortedDictionary<string, (int Right, int Total)> byCompany, List<string> wrong)
    {
        if (Environment.GetEnvironmentVariable("TICKMARK_HARVEST_REPORT") is not { Length: > 0 } folder) return;
        var side = heldOut ? "held-out" : "tuning";
        File.WriteAllLines(Path.Combine(folder, side + "-companies.tsv"), byCompany.Select(c => $"{c.Key}\t{c.Value.Right}\t{c.Value.Total}"));
        if (!heldOut) File.WriteAllLines(Path.Combine(folder, "tuning-misses.txt"), wrong);
    }

    [Fact]
    public void HeldOutCompaniesRowsGetTheFilersElement()
    {
        var (right, total, wrong) = Score(heldOut: true);
        Assert.True(total > 2000, $"only {total} held-out rows");
        // Measured on sixteen held-out companies (2024-25 inline filings; 2010-25 linkbases of jpm, gbdc, gahc, nflx,
        // unp, tsla, xom; statement pages of adsk, orcl): 59.1% before the earlier round, 60.6% after; with adsk, orcl and two
        // more nflx linkbases 62.0% of 2,216 rows before this round of rules, 63.1% after; the same 2,216 rows 65.7% (1,456) after the
        // rules written from common-lines.tsv (CommonLineTests), none from these rows; 67.5% (1,496) after the industry lines (edgartools'
        // per-industry statement lists and the taxonomy's industry statements) and the label-detail retry; 68.7% (1,523) after the headings
        // totals imply (ImpliedSections), the wider label-detail retry and the industry round (IndustryRowTests, none from these rows);
        // 70.5% (1,563) with both the industry round and the learned lexicon (lexicon.tsv: FSDS filers and the tuning rows, none of these
        // companies) for the rows no rule names;
        // the bar keeps what is reached (the aim is 90%).
        Assert.True(right >= 0.704 * total, $"held-out rows {right}/{total} ({100.0 * right / total:0.0}%):\n" + string.Join("\n", wrong.Take(200)));
    }

    [Fact]
    public void TuningCompaniesRowsGetTheFilersElement()
    {
        var (right, total, wrong) = Score(heldOut: false);
        // 74.3% before the earlier round (2,290 rows of sixteen companies), 83.1% after; with t and adi (2,334 rows of
        // eighteen companies) 82.9% before this round of rules, 88.2% after; the same rows 88.9% (2,074) after the common-lines round,
        // 89.5% (2,090) after the industry-lines round, 89.6% (2,091) after the industry round of IndustryRowTests,
        // 91.3% (2,131) with the learned lexicon too (built from these companies' rows among others).
        Assert.True(right >= 0.912 * total, $"tuning rows {right}/{total} ({100.0 * right / total:0.0}%):\n" + string.Join("\n", wrong.Take(200)));
    }
}
