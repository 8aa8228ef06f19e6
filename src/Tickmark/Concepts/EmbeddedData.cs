namespace Tickmark.Concepts;

/// <summary>The concept stage's data tables, embedded in the assembly.</summary>
internal static class EmbeddedData
{
    public static string Read(string file)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("Tickmark.Concepts." + file)
            ?? throw new InvalidOperationException($"{file} is not embedded in the Tickmark assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
