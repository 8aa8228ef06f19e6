using Tickmark.Extraction;
using Tickmark.Text;

namespace Tickmark.Tests.Support;

public static class Doc
{
    /// <summary>Extracts a small release written in the test; "|" at a line's start marks the margin.</summary>
    public static ExtractionResult Extract(string text) => new Extractor().Extract(SourceDocument.FromText(Margin(text)));

    public static string Margin(string text) =>
        string.Join("\n", text.Replace("\r", "").Split('\n').Where(l => l.TrimStart().StartsWith('|')).Select(l => l.TrimStart()[1..]));
}
