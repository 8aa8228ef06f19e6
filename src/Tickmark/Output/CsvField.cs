namespace Tickmark.Output;

/// <summary>One CSV field as RFC 4180 has it: in quotes, its quotes doubled, when it holds a comma, a quote or a line break.</summary>
public static class CsvField
{
    public static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) < 0 ? s : "\"" + s.Replace("\"", "\"\"") + "\"";
}
