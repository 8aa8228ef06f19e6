using System.Reflection;

namespace Tickmark.Web.Assets;

/// <summary>The app's stylesheet and script, compiled into the assembly: nothing is read from disk or fetched from elsewhere.</summary>
public static class EmbeddedAssets
{
    public static string Css { get; } = Read("app.css");

    public static string Script { get; } = Read("app.js");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tickmark.Web.Assets." + name)
            ?? throw new InvalidOperationException($"resource {name} is missing from Tickmark.Web");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
