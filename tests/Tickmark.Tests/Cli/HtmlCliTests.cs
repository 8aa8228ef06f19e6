using System.Text.Json;
using Tickmark.Cli;
using Tickmark.Output;
using Tickmark.Tests.Support;

namespace Tickmark.Tests.Cli;

/// <summary>extract and inspect take HTML releases and EDGAR submissions as they take text.</summary>
public class HtmlCliTests
{
    private static string Apple => Path.Combine(Paths.Corpus, "html", "AAPL_FY2011Q1_ex991.htm");
    private static string Southern => Path.Combine(Paths.Corpus, "text", "SOUTHERNCO_2004Q4_fullsubmission.txt");

    [Fact]
    public void ExtractWritesTheFormatAndTheSubmissionHeader()
    {
        var stdout = new StringWriter();
        var code = ExtractCommand.Run([Apple, Southern], "jsonl", stdout, new StringWriter());
        Assert.Equal(0, code);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("html", lines[0].GetProperty("source").GetProperty("format").GetString());
        Assert.Equal("edgar-submission", lines[1].GetProperty("source").GetProperty("format").GetString());
        var release = lines[1].GetProperty("release");
        Assert.Equal("0000092122", release.GetProperty("cik").GetString());
        Assert.Equal("8-K", release.GetProperty("formType").GetString());
        Assert.Equal("2005-01-25", release.GetProperty("filingDate").GetString());
        Assert.Equal("4911", release.GetProperty("sic").GetString());
    }

    [Fact]
    public void InspectShowsAnHtmlTablesGrid()
    {
        var doc = Tickmark.Extraction.Extractor.Load(Apple, File.ReadAllBytes(Apple))!;
        var text = GridInspector.Inspect(doc);
        Assert.StartsWith("format: html", text);
        Assert.Contains("heading 'Three Months Ended December 25, 2010'", text);
        Assert.Contains("'Net sales': 26,741 | 15,683", text);
    }
}
