using Tickmark.Extraction;

namespace Tickmark.Store;

/// <summary>
/// The parser a release was read with: the core library's version and its build's module id.
/// Builds are deterministic, so the id changes exactly when the parser's code or data changes;
/// <c>ingest --reparse</c> rereads the releases stored by another parser.
/// </summary>
public static class ParserVersion
{
    public static string Current { get; } = Make();

    private static string Make()
    {
        var assembly = typeof(Extractor).Assembly;
        return $"{assembly.GetName().Version}+{assembly.ManifestModule.ModuleVersionId.ToString("N")[..12]}";
    }
}
