using Tickmark.Text;

namespace Tickmark.Cautionary;

/// <summary>A release's forward-looking-statements section: its <see cref="Span"/> and the items read from it, in order.</summary>
public sealed record CautionarySection(SourceSpan Span, IReadOnlyList<CautionaryItem> Items);
