using Tickmark.Checks;
using Tickmark.Diagnostics;

namespace Tickmark.Store.Reading;

/// <summary>One release with everything read from it. The document text is read apart (<see cref="StoreReader.DocumentText"/>): it is large.</summary>
public sealed record ReleaseDetail(
    ReleaseSummary Release,
    IReadOnlyList<StoredStatement> Statements,
    IReadOnlyList<StoredFact> Facts,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<Diagnostic> Diagnostics);
