using Tickmark.Text;

namespace Tickmark.Diagnostics;

/// <summary>A problem found while reading a document: data, not an exception.</summary>
/// <param name="Code">Stable machine-readable code, see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Line">1-based line, or 0 when the problem is about the whole file.</param>
public sealed record Diagnostic(Severity Severity, string Code, string Message, int Line, SourceSpan? Span = null)
{
    public string SeverityName => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
