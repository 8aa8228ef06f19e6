using Tickmark.Blocks;
using Tickmark.Checks;
using Tickmark.Concepts;
using Tickmark.Diagnostics;
using Tickmark.Facts;
using Tickmark.Lines;
using Tickmark.Narrative;
using Tickmark.Releases;
using Tickmark.Tables;
using Tickmark.Text;

namespace Tickmark.Extraction;

/// <summary>
/// The whole flow for one plain-text release, stage by stage: decode, classify lines, locate
/// tables, read each table's grid, join tables continued over a page, turn grids into statements
/// and facts, split the rest into blocks, read the release's particulars.
/// </summary>
public sealed class Extractor
{
    private readonly ConceptMap _concepts;

    public Extractor(ConceptMap? concepts = null) => _concepts = concepts ?? ConceptMap.Default;

    /// <summary>Reads a file. Never throws for bad input: problems come back as diagnostics.</summary>
    public ExtractionResult ExtractFile(string path)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path)) return Failed(path, DiagnosticCodes.FileNotFound(path));
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(path, DiagnosticCodes.CannotRead(path, e.Message));
        }
        return ExtractBytes(path, bytes);
    }

    public ExtractionResult ExtractBytes(string path, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (!decoded.Success) return Failed(path, DiagnosticCodes.NotAText(path, decoded.Error!), TextDecoder.Sha256Hex(bytes));
        return Extract(new SourceDocument(path, decoded.Text, TextDecoder.Sha256Hex(bytes)));
    }

    public ExtractionResult Extract(SourceDocument doc)
    {
        var diagnostics = new List<Diagnostic>();
        var lines = LineView.Of(LineClassifier.Classify(doc));
        var regions = TableLocator.Locate(lines);
        var grids = regions.Select(r => TextTableReader.Read(lines, r)).Where(IsFinancialTable).ToList();
        grids = ContinuedTableJoiner.Join(grids);

        var facts = new List<Fact>();
        var statements = new List<Statement>();
        foreach (var grid in grids)
        {
            diagnostics.AddRange(grid.Diagnostics);
            statements.Add(TableFactBuilder.Build(grid, statements.Count, facts, diagnostics, _concepts));
        }
        if (statements.Count == 0) diagnostics.Add(DiagnosticCodes.NoFinancialTables(doc.Path));

        var blocks = BlockSplitter.Split(doc, lines, grids.Select(g => g.Region).ToList());
        var release = ReleaseInfoReader.Read(doc, blocks, statements);
        NarrativeFactBuilder.Build(doc, blocks, release.FiscalPeriod, facts, _concepts);
        var scaled = ProseScaleResolver.Resolve(statements, facts);
        return new ExtractionResult
        {
            Document = doc,
            Format = "text",
            Release = release,
            Blocks = blocks,
            Statements = scaled,
            Facts = facts,
            Checks = CheckRunner.Run(scaled, facts),
            Diagnostics = diagnostics,
        };
    }

    /// <summary>A table of figures: two or more rows with figures under at least one column.</summary>
    private static bool IsFinancialTable(TableGrid grid) =>
        grid.Columns.Count > 0 && grid.Rows.Count(r => r.Cells.Any(c => c?.Value is not null)) >= 2;

    private static ExtractionResult Failed(string path, Diagnostic diagnostic, string sha = "") => new()
    {
        Document = new SourceDocument(path, "", sha),
        Format = "text",
        Release = new ReleaseInfo(),
        Blocks = [],
        Statements = [],
        Facts = [],
        Diagnostics = [diagnostic],
    };
}
