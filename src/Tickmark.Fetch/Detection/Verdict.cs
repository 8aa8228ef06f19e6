namespace Tickmark.Fetch.Detection;

/// <summary>
/// What a filing was found to be: an earnings release (with the document that holds its statements,
/// "EX-99.1 (ex991.htm)", or null when no document has any) or not, and why, in a few words.
/// </summary>
public sealed record Verdict(bool IsRelease, string? Exhibit, string Why)
{
    public static Verdict Release(string? exhibit, string why) => new(true, exhibit, why);
    public static Verdict NotRelease(string why) => new(false, null, why);
}
