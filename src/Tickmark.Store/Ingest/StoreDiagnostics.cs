using Tickmark.Diagnostics;

namespace Tickmark.Store.Ingest;

/// <summary>Diagnostics the store records about a release, in one place.</summary>
public static class StoreDiagnostics
{
    public const string NotStored = "TM090";

    public static Diagnostic CannotStore(string path, string why) =>
        new(Severity.Error, NotStored, $"{path}: was read but could not be stored: {why}", 0);
}
