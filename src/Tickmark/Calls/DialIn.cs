using Tickmark.Text;

namespace Tickmark.Calls;

/// <summary>What a dial-in number is for: the live call or its replay.</summary>
public enum DialInUse { Live, Replay }

/// <summary>
/// A telephone number printed for the call, as printed ("888-603-7990", "(913) 312-6699");
/// <see cref="Note"/> is "international" when the release says the number is for callers outside the country.
/// </summary>
public sealed record DialIn(string Number, DialInUse Use, string? Note, SourceSpan Span)
{
    public string UseName => Use == DialInUse.Live ? "live" : "replay";
}
