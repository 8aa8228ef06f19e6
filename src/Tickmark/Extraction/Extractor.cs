using Tickmark.Checks;
using Tickmark.Concepts;
using Tickmark.Diagnostics;
using Tickmark.Edgar;
using Tickmark.Facts;
using Tickmark.Formats;
using Tickmark.Html;
using Tickmark.Narrative;
using Tickmark.Releases;
using Tickmark.Text;

namespace Tickmark.Extraction;

/// <summary>
/// The whole flow for one release, stage by stage: decode, tell the format, read the format's
/// parts into table grids and prose (<see cref="TextPartReader"/>, <see cref="HtmlReader"/>,
/// <see cref="SubmissionPartReader"/>); from the grids on, one flow: statements and facts, the
/// release's particulars, prose figures, checks.
/// </summary>
public sealed class Extractor
{
    private readonly ConceptMap _concepts;

    public Extractor(ConceptMap? concepts = null, long maxBytes = BoundedFile.DefaultMaxBytes)
    {
        _concepts = concepts ?? ConceptMap.Default;
        MaxBytes = maxBytes;
    }

    /// <summary>The largest file read, in bytes; a larger one is refused with one diagnostic.</summary>
    public long MaxBytes { get; }

    /// <summary>Reads a file. Never throws for bad input: problems come back as diagnostics.</summary>
    public ExtractionResult ExtractFile(string path)
    {
        var read = ReadFile(path, MaxBytes);
        return read.Bytes is null ? ExtractionResult.Unreadable(path, read.Problem!) : ExtractBytes(path, read.Bytes);
    }

    /// <summary>A file's bytes, or the diagnostic that says why there are none (missing, unreadable, over <paramref name="maxBytes"/>).</summary>
    public static (byte[]? Bytes, Diagnostic? Problem) ReadFile(string path, long maxBytes)
    {
        try
        {
            if (!File.Exists(path)) return (null, DiagnosticCodes.FileNotFound(path));
            var bytes = BoundedFile.Read(path, maxBytes);
            return bytes is null ? (null, DiagnosticCodes.TooLarge(path, maxBytes)) : (bytes, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, DiagnosticCodes.CannotRead(path, e.Message));
        }
    }

    /// <summary>
    /// Reads a file's bytes. Never throws: a fault in any stage (which a guard should have kept
    /// out) is the file's own error diagnostic, so one file never ends a run of many.
    /// </summary>
    public ExtractionResult ExtractBytes(string path, byte[] bytes)
    {
        try { return Decode(path, bytes); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ExtractionResult.Unreadable(path, DiagnosticCodes.Fault(path, e), TextDecoder.Sha256Hex(bytes));
        }
    }

    private ExtractionResult Decode(string path, byte[] bytes)
    {
        var decoded = TextDecoder.DecodeRaw(bytes);
        if (!decoded.Success) return ExtractionResult.Unreadable(path, DiagnosticCodes.NotAText(path, decoded.Error!), TextDecoder.Sha256Hex(bytes));
        var format = FormatDetector.Detect(decoded.Text);
        return Extract(Load(path, bytes, decoded.Text, format), format);
    }

    /// <summary>
    /// The document the stages read: HTML as decoded (so offsets count the file's characters),
    /// text and submissions normalized (line breaks, tabs to 8-column stops); null when the bytes are not text.
    /// </summary>
    public static SourceDocument? Load(string path, byte[] bytes)
    {
        var decoded = TextDecoder.DecodeRaw(bytes);
        return decoded.Success ? Load(path, bytes, decoded.Text, FormatDetector.Detect(decoded.Text)) : null;
    }

    private static SourceDocument Load(string path, byte[] bytes, string decoded, DocumentFormat format) =>
        new(path, format == DocumentFormat.Html || format.IsXbrl() ? decoded : TextDecoder.Normalize(decoded), TextDecoder.Sha256Hex(bytes));

    /// <summary>Reads a loaded document; as <see cref="ExtractBytes"/>, a fault is the document's diagnostic.</summary>
    public ExtractionResult Extract(SourceDocument doc)
    {
        try { return Extract(doc, FormatDetector.Detect(doc.Text)); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ExtractionResult.Unreadable(doc.Path, DiagnosticCodes.Fault(doc.Path, e), doc.Sha256);
        }
    }

    /// <summary>
    /// A prose figure whose printed characters cannot be found in the source (text a broken HTML table
    /// had the parser move) is left out with a warning: every fact must be one click from its source.
    /// </summary>
    private static void DropUnplaced(List<Fact> facts, int first, List<Diagnostic> diagnostics, string path)
    {
        for (var i = facts.Count - 1; i >= first; i--)
        {
            if (facts[i].Span.Length > 0) continue;
            diagnostics.Add(DiagnosticCodes.FigureUnplaced(path, facts[i].Label, facts[i].Value));
            facts.RemoveAt(i);
        }
    }

    private ExtractionResult Extract(SourceDocument doc, DocumentFormat format)
    {
        if (format.IsXbrl()) return Xbrl.XbrlReader.Read(doc, format);
        var (parts, header) = ReadParts(doc, format);
        var diagnostics = new List<Diagnostic>();
        var facts = new List<Fact>();
        var statements = new List<Statement>();
        foreach (var part in parts) diagnostics.AddRange(part.Diagnostics);
        foreach (var grid in parts.SelectMany(p => p.Grids))
        {
            diagnostics.AddRange(grid.Diagnostics);
            statements.Add(TableFactBuilder.Build(grid, statements.Count, facts, diagnostics, _concepts));
        }
        if (statements.Count == 0) diagnostics.Add(DiagnosticCodes.NoFinancialTables(doc.Path));

        var primary = parts.Count > 0 ? parts[0].Prose : Blocks.ProseView.Identity(doc, []);
        var release = ReleaseInfoReader.Read(primary.View, primary.Blocks, statements);
        var labelled = FiscalLabelResolver.Resolve(statements, release.FiscalPeriod, facts, diagnostics);
        labelled = BracketedColumnResolver.Resolve(labelled, facts);
        RowPeriodResolver.Resolve(labelled, facts);
        labelled = LongQuarterResolver.Resolve(labelled, release.FiscalPeriod, parts.Select(p => p.Prose.View.Text), facts);
        InstantPeriodResolver.Resolve(facts, _concepts.Elements);
        TrailingRowResolver.Resolve(facts);
        if (header is not null) release = SubmissionReleaseInfo.Apply(release, header, primary.View.Text);
        foreach (var part in parts)
        {
            var first = facts.Count;
            NarrativeFactBuilder.Build(part.Prose.View, part.Prose.Blocks, release.FiscalPeriod, facts, _concepts);
            for (var i = first; i < facts.Count; i++) facts[i] = facts[i] with { Span = part.Prose.ToSource(facts[i].Span) };
            DropUnplaced(facts, first, diagnostics, doc.Path);
        }
        var disclosures = Disclosures.DisclosureReader.Read(parts, release,
            facts.Where(f => f.Origin == FactOrigin.Table && f.Period is not null).Select(f => f.Period!).Distinct().ToList());
        facts.AddRange(Guidance.GuidanceFacts.Of(disclosures.Guidance));
        var scaled = ProseScaleResolver.Resolve(labelled, facts);
        return new ExtractionResult
        {
            Document = doc,
            Format = format.ToJsonName(),
            Release = release,
            Blocks = parts.SelectMany(p => p.Blocks).ToList(),
            Statements = scaled,
            Facts = facts,
            Checks = CheckRunner.Run(scaled, facts),
            Diagnostics = diagnostics,
            Splits = Splits.SplitPhraseFinder.FindIn(parts),
            Disclosures = disclosures,
        };
    }

    /// <summary>The format's own stages: one part for a text or HTML file, one per release document of a submission.</summary>
    public static (List<DocumentPart> Parts, SubmissionHeader? Header) ReadParts(SourceDocument doc, DocumentFormat format)
    {
        switch (format)
        {
            case DocumentFormat.Html or DocumentFormat.InlineXbrl:
                return ([HtmlReader.Read(doc, new SourceSpan(0, doc.Text.Length))], null);
            case DocumentFormat.EdgarSubmission:
                var (submission, parts) = SubmissionPartReader.Read(doc);
                return (parts, submission.Header);
            default:
                return ([TextPartReader.Read(doc)], null);
        }
    }
}
