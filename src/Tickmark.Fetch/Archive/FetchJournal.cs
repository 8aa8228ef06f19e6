using System.Globalization;
using Tickmark.Fetch.Detection;
using Tickmark.Fetch.Listing;

namespace Tickmark.Fetch.Archive;

/// <summary>
/// <c>fetch-journal.tsv</c> in the archive's root: one tab-separated line for each filing downloaded
/// and judged (accession, CIK, form, date, "release" or "other", the document holding the
/// statements, why), appended and flushed as each is decided. A later run reads it so that a filing
/// found not to be a release is not downloaded again; a line cut short by a kill is ignored.
/// </summary>
public sealed class FetchJournal
{
    public const string FileName = "fetch-journal.tsv";
    private const string Heading = "accession\tcik\tform\tfiled\tverdict\tdocument\twhy";

    private readonly string _path;
    private readonly Dictionary<string, JournalEntry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _cutShort; // the last line was cut by a kill: the next one starts on a line of its own

    public FetchJournal(string root)
    {
        _path = System.IO.Path.Combine(root, FileName);
        if (!File.Exists(_path)) return;
        var text = File.ReadAllText(_path);
        _cutShort = text.Length > 0 && text[^1] != '\n';
        foreach (var line in text.Split('\n'))
            if (Parse(line) is { } e) _entries[e.Accession] = e;
    }

    public string Path => _path;

    public JournalEntry? Find(string accession)
    {
        lock (_lock) return _entries.GetValueOrDefault(accession);
    }

    public void Record(Filing filing, Verdict verdict)
    {
        var entry = new JournalEntry(filing.Accession, filing.Cik, filing.Form, filing.Filed, verdict);
        var line = string.Join('\t', filing.Accession, filing.Cik.ToString(CultureInfo.InvariantCulture), filing.Form,
            filing.Filed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), verdict.IsRelease ? "release" : "other",
            Clean(verdict.Exhibit), Clean(verdict.Why)) + "\n";
        lock (_lock)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(_path)!);
            var fresh = !File.Exists(_path) || new FileInfo(_path).Length == 0;
            using var stream = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
            using var writer = new StreamWriter(stream);
            if (fresh) writer.Write(Heading + "\n");
            if (_cutShort) writer.Write('\n');
            _cutShort = false;
            writer.Write(line);
            writer.Flush();
            stream.Flush(flushToDisk: true);
            _entries[filing.Accession] = entry;
        }
    }

    private static string Clean(string? text) => (text ?? "").Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');

    private static JournalEntry? Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length != 7 || f[0] == "accession") return null;
        if (!long.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var cik)) return null;
        if (!DateOnly.TryParseExact(f[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var filed)) return null;
        if (f[4] is not ("release" or "other")) return null;
        var verdict = new Verdict(f[4] == "release", f[5].Length > 0 ? f[5] : null, f[6]);
        return new JournalEntry(f[0], cik, f[2], filed, verdict);
    }
}
