using Tickmark.Formats;
using Tickmark.Text;

namespace Tickmark.Edgar;

/// <summary>
/// One &lt;DOCUMENT&gt; of a submission: its type ("8-K", "EX-99.1"), sequence, file name and the span
/// of its &lt;TEXT&gt; content in the submission. <see cref="IsEncoded"/> marks uuencoded or binary
/// content (graphics, PDF, zip), which is never read.
/// </summary>
public sealed record SubmissionDocument(string Type, int Sequence, string? FileName, string? Description, SourceSpan Content, DocumentFormat Format, bool IsEncoded)
{
    /// <summary>An exhibit 99 (EX-99, EX-99.1, EX-99.01, EX-99.(A)): where releases are filed.</summary>
    public bool IsExhibit99 => Type.StartsWith("EX-99", StringComparison.OrdinalIgnoreCase);
}
