using System.Text.RegularExpressions;
using Tickmark.Units;

namespace Tickmark.Concepts;

/// <summary>
/// Maps a row's label (and the headings above it) to a US-GAAP element, from the data table
/// <c>concepts.tsv</c>: label patterns, not code branches. The first matching line wins.
/// </summary>
public sealed partial class ConceptMap
{
    private sealed record Entry(string Element, StatementKind? Statement, Unit? Unit, Regex Label, Regex? Section);

    private readonly List<Entry> _entries;

    private ConceptMap(List<Entry> entries) => _entries = entries;

    public static ConceptMap Default { get; } = Load();

    /// <summary>The element for a row, as "us-gaap:Name", or null where nothing fits.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, StatementKind, Unit), string?> _cache = new();

    public string? Find(string label, string section, StatementKind statement, Unit unit) =>
        // Releases repeat the same lines over and over; each is matched once.
        _cache.GetOrAdd((label, section, statement, unit), k => Match(k.Item1, k.Item2, k.Item3, k.Item4));

    private string? Match(string label, string section, StatementKind statement, Unit unit)
    {
        var l = Normalize(label);
        var s = Normalize(section);
        foreach (var e in _entries)
        {
            if (e.Statement is { } k && k != statement) continue;
            if (e.Unit is { } u && u != unit) continue;
            if (!e.Label.IsMatch(l)) continue;
            if (e.Section is not null && !e.Section.IsMatch(s)) continue;
            return "us-gaap:" + e.Element;
        }
        return null;
    }

    /// <summary>Lower case, '&amp;' as "and", curly quotes straight, footnote marks and trailing ':' or dots dropped.</summary>
    public static string Normalize(string text)
    {
        var t = text.ToLowerInvariant().Replace('\u2019', '\'').Replace("&", " and ");
        t = Footnote().Replace(t, "");
        t = Spaces().Replace(t, " ").Trim().TrimEnd(':', '.', ' ', '*');
        return t;
    }

    private static ConceptMap Load()
    {
        using var stream = typeof(ConceptMap).Assembly.GetManifestResourceStream("Tickmark.Concepts.concepts.tsv")
            ?? throw new InvalidOperationException("concepts.tsv is not embedded in the Tickmark assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static ConceptMap Parse(string tsv)
    {
        var entries = new List<Entry>();
        var lineNo = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length < 4) throw new FormatException($"concepts.tsv line {lineNo}: expected element, statement, unit, label pattern");
            StatementKind? kind = f[1] == "any" ? null : StatementKindNames.Parse(f[1]);
            Unit? unit = f[2] switch { "USD" => Unit.Usd, "USD/share" => Unit.UsdPerShare, "shares" => Unit.Shares, "%" => Unit.Percent, _ => null };
            var label = new Regex("^(?:" + f[3] + ")$", RegexOptions.CultureInvariant | RegexOptions.Compiled);
            var section = f.Length > 4 && f[4].Length > 0 ? new Regex(f[4], RegexOptions.CultureInvariant | RegexOptions.Compiled) : null;
            entries.Add(new Entry(f[0], kind, unit, label, section));
        }
        return new ConceptMap(entries);
    }

    [GeneratedRegex(@"\s*(\(\s*\d{1,2}\s*\)|\(\s*[a-z]\s*\)|\*+)\s*$")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
