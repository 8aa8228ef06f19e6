using Tickmark.Text;

namespace Tickmark.Diagnostics;

/// <summary>A problem found while reading a document: data, not an exception.</summary>
/// <param name="Severity">Whether the result can still be used: an error means it cannot.</param>
/// <param name="Code">Stable machine-readable code, see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Message">What is wrong and what to do, in words; messages live in <see cref="DiagnosticCodes"/>.</param>
/// <param name="Line">1-based line, or 0 when the problem is about the whole file.</param>
/// <param name="Span">Where in the decoded text the problem is, when it is at one place.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, int Line, SourceSpan? Span = null)
{
    public string SeverityName => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
