namespace Tickmark.Concepts;

/// <summary>The data tables' format: tab-separated fields, '#' comments and blank lines skipped.</summary>
internal static class Tsv
{
    public static IEnumerable<(string[] Fields, int Line)> Lines(string text)
    {
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            yield return (line.Split('\t'), lineNo);
        }
    }
}
