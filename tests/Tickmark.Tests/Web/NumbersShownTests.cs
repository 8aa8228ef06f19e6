using System.Text.RegularExpressions;
using Tickmark.Store;
using Tickmark.Store.Ingest;
using Tickmark.Store.Reading;
using Tickmark.Tests.Support;
using Tickmark.Web.Model;
using Tickmark.Web.Report;

namespace Tickmark.Tests.Web;

/// <summary>Numbers the pages and the report show about a release or a company: statement row lines as the document counts them, and shares of checks passing.</summary>
public sealed class NumbersShownTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public void AStatementRowSaysTheLineItIsPrintedOnCountedFromOne()
    {
        // The fourth-quarter seed prints "Revenues ... 6,342 5,154 22,891 18,484" on line 297 of the file.
        var id = web.Seeds.IdOf(SeedStore.Q4File);
        var detail = web.Seeds.Store.Reader.Release(id)!;
        var text = web.Seeds.TextOf(SeedStore.Q4File);
        var line297 = text.Split('\n')[296];
        Assert.StartsWith("Revenues", line297.Trim());
        Assert.Contains("6,342", line297);

        var income = detail.Statements.Single(s => s.Kind == Tickmark.Concepts.StatementKind.IncomeStatement);
        var revenues = income.Rows.Single(r => r.Label == "Revenues");
        Assert.Equal(297, revenues.Line);
        // Each row's line is the line its own figures are printed on.
        foreach (var row in income.Rows)
            foreach (var f in detail.Facts.Where(f => f.Fact.StatementIndex == income.Index && f.Fact.Row == row.Index))
                Assert.Equal(f.Line, row.Line);
    }

    [Fact]
    public void TheReportsLineColumnIsTheDocumentsLine()
    {
        // The report's latest statements are the second-quarter 2007 seed's: "Revenues $ 6,974 $ 5,637 $ 13,559 $ 10,906" is its line 296.
        var line296 = web.Seeds.TextOf(SeedStore.Q2File).Split('\n')[295];
        Assert.StartsWith("Revenues", line296.Trim());
        Assert.Contains("6,974", line296);
        var html = CompanyReport.Render(web.Seeds.Store, CompanyView.Read(web.Seeds.Store, "BSMD")!);
        Assert.Matches(new Regex(@">Revenues</th>(<td class=""num""[^>]*>[^<]*</td>){4}<td class=""num where"">296</td>"), html);
        Assert.Matches(new Regex(@"<td class=""num"" title=""printed at line 296, column \d+"">6,974,000</td>"), html);
    }

    /// <summary>Pericom's nine corpus releases: over 400 of their own checks pass, some agree within rounding, 1 fails; checked against each other, R&amp;D of 2006Q1 and 2006Q3 differ.</summary>
    private static TickmarkStore Pericom()
    {
        var store = TickmarkStore.OpenInMemory();
        var files = Directory.GetFiles(Path.Combine(Paths.Corpus, "text"), "PERICOM_*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(9, files.Count);
        Assert.Equal(9, new ReleaseIngestor(store).Run(files).Added);
        return store;
    }

    [Fact]
    public void AShareWithAFailingCheckIsNeverShownAsAHundredPercent()
    {
        using var store = Pericom();
        var own = store.Reader.FindCompany("PSEM")!;
        // The counts of passing checks grow as more prose figures are read; the one failing check is the release's own inconsistency.
        Assert.Equal(1, own.ChecksFailed);
        Assert.True(own.ChecksPassed > 400 && own.ChecksRounding > 0);
        // 483 of 484 is 99.79%: rounded it reads "100%", beside a failing check.
        Assert.Equal("99.7%", CompanySummary.ShareText(483, 484));
        Assert.Equal("100%", CompanySummary.ShareText(484, 484));
        Assert.Equal("no checks", CompanySummary.ShareText(0, 0));

        var company = store.Series.WithCrossChecks(own);
        Assert.True(company.CrossChecks.Failed >= 2, $"the R&D comparatives that differ are cross-release failures; {company.CrossChecks.Failed} counted");
        var (pass, rounding, fail) = company.AllChecks;
        Assert.Equal(fail, 1 + company.CrossChecks.Failed);
        var expected = Math.Floor(1000m * (pass + rounding) / (pass + rounding + fail)) / 10m;
        Assert.Equal(expected.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%", company.CheckPassText);
        Assert.NotEqual("100%", company.CheckPassText);
        Assert.True((double)(pass + rounding) / (pass + rounding + fail) == company.CheckPassShare);
    }

    [Fact]
    public async Task TheHomePageCountsCrossReleaseFailures()
    {
        using var store = Pericom();
        using var factory = new WebFactory(store);
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/");
        var company = store.Series.WithCrossChecks(store.Reader.FindCompany("PSEM")!);
        Assert.Contains($"has-fail\" title=\"{company.AllChecks.Passed} pass, {company.AllChecks.Rounding} within rounding, {company.AllChecks.Failed} fail", html);
        Assert.Contains($">{company.CheckPassText}</td>", html);
        Assert.DoesNotContain(">100%</td>", html);
    }
}
