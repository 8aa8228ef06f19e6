using Tickmark.Blocks;
using Tickmark.Diagnostics;
using Tickmark.Facts;
using Tickmark.Releases;
using Tickmark.Text;

namespace Tickmark.Extraction;

/// <summary>Everything read from one release.</summary>
public sealed class ExtractionResult
{
    public required SourceDocument Document { get; init; }
    public required string Format { get; init; }
    public required ReleaseInfo Release { get; init; }
    public required IReadOnlyList<Block> Blocks { get; init; }
    public required IReadOnlyList<Statement> Statements { get; init; }
    public required IReadOnlyList<Fact> Facts { get; init; }
    public IReadOnlyList<Checks.CheckResult> Checks { get; init; } = [];
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }
    /// <summary>The stock splits the release's words state.</summary>
    public IReadOnlyList<Splits.StockSplit> Splits { get; init; } = [];
    /// <summary>The conference call, events, outlook and cautionary language the release's words give.</summary>
    public Disclosures.ReleaseDisclosures Disclosures { get; init; } = Tickmark.Disclosures.ReleaseDisclosures.None;

    /// <summary>A release that could not be read: no text, only the diagnostic that says why.</summary>
    public static ExtractionResult Unreadable(string path, Diagnostic diagnostic, string sha256 = "") => new()
    {
        Document = new SourceDocument(path, "", sha256),
        Format = "text",
        Release = new ReleaseInfo(),
        Blocks = [],
        Statements = [],
        Facts = [],
        Diagnostics = [diagnostic],
    };

    /// <summary>True when the release could not be read at all (an error diagnostic and no facts).</summary>
    public bool Failed => Facts.Count == 0 && Diagnostics.Any(d => d.Severity == Severity.Error);
}
