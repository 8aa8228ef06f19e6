using Tickmark.Concepts;
using Tickmark.Edgar;
using Tickmark.Extraction;

namespace Tickmark.Fetch.Detection;

/// <summary>One document of a submission read alone (with the submission's header): which it is and what the extractor found in it.</summary>
public sealed record ReleaseCandidate(SubmissionDocument Document, ExtractionResult Result)
{
    public bool HasIncomeStatement => Result.Statements.Any(s => s.Kind == StatementKind.IncomeStatement);

    public bool HasStatements => Result.Statements.Any(s => s.Kind != StatementKind.Other);

    /// <summary>"EX-99.1 (ex991.htm)", or the type alone.</summary>
    public string Describe => Name(Document);

    /// <summary>A document as the journal names it: "EX-99.1 (ex991.htm)", or the type alone.</summary>
    public static string Name(SubmissionDocument document) => document.FileName is { Length: > 0 } f ? $"{document.Type} ({f})" : document.Type;
}
