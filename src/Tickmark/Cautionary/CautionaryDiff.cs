using System.Text.RegularExpressions;

namespace Tickmark.Cautionary;

/// <summary>
/// Compares the cautionary language of two releases of a company. Items of the same kind with the
/// same words (case, trade marks "(R)"/"(TM)", punctuation and a closing "and" aside) are
/// unchanged; of the rest, pairs sharing most of their words (Dice coefficient of their word sets
/// at least <see cref="RewordedAt"/>, or every word of the shorter kept in the longer; best pairs
/// first) are reworded; what is left is added or removed.
/// </summary>
public static partial class CautionaryDiff
{
    public const double RewordedAt = 0.5;

    /// <summary>The changes in the later release's order, each removed item after the item it followed.</summary>
    public static IReadOnlyList<CautionaryChange> Compare(IReadOnlyList<CautionaryItem> before, IReadOnlyList<CautionaryItem> after)
    {
        var pairOfAfter = new int?[after.Count];
        var usedBefore = new bool[before.Count];
        var kinds = new ChangeKind[after.Count];
        for (var a = 0; a < after.Count; a++)
            for (var b = 0; b < before.Count; b++)
                if (!usedBefore[b] && before[b].Kind == after[a].Kind && Key(before[b].Text) == Key(after[a].Text))
                { pairOfAfter[a] = b; usedBefore[b] = true; kinds[a] = ChangeKind.Unchanged; break; }

        var candidates = new List<(double Score, int A, int B)>();
        for (var a = 0; a < after.Count; a++)
            if (pairOfAfter[a] is null)
                for (var b = 0; b < before.Count; b++)
                    if (!usedBefore[b] && before[b].Kind == after[a].Kind && Similarity(before[b].Text, after[a].Text) is var s && s >= RewordedAt)
                        candidates.Add((s, a, b));
        foreach (var (_, a, b) in candidates.OrderByDescending(c => c.Score))
        {
            if (pairOfAfter[a] is not null || usedBefore[b]) continue;
            pairOfAfter[a] = b; usedBefore[b] = true; kinds[a] = ChangeKind.Reworded;
        }

        var changes = new List<CautionaryChange>();
        var nextBefore = 0;
        for (var a = 0; a < after.Count; a++)
        {
            if (pairOfAfter[a] is { } b)
            {
                // Removed items that stood before this one's counterpart come first, where they were.
                for (; nextBefore < b; nextBefore++)
                    if (!usedBefore[nextBefore]) changes.Add(new CautionaryChange(ChangeKind.Removed, before[nextBefore], null));
                nextBefore = Math.Max(nextBefore, b + 1);
                changes.Add(kinds[a] == ChangeKind.Reworded ? Reworded(before[b], after[a]) : new CautionaryChange(ChangeKind.Unchanged, before[b], after[a]));
            }
            else
            {
                // What the later release dropped at this place comes before what it put there.
                var nextPaired = Enumerable.Range(a + 1, after.Count - a - 1).Select(k => pairOfAfter[k]).FirstOrDefault(k => k is not null) ?? before.Count;
                for (; nextBefore < nextPaired; nextBefore++)
                    if (!usedBefore[nextBefore]) changes.Add(new CautionaryChange(ChangeKind.Removed, before[nextBefore], null));
                changes.Add(new CautionaryChange(ChangeKind.Added, null, after[a]));
            }
        }
        for (; nextBefore < before.Count; nextBefore++)
            if (!usedBefore[nextBefore]) changes.Add(new CautionaryChange(ChangeKind.Removed, before[nextBefore], null));
        return changes;
    }

    private static CautionaryChange Reworded(CautionaryItem before, CautionaryItem after)
    {
        var (added, removed) = WordRuns(Words(before.Text), Words(after.Text));
        return new CautionaryChange(ChangeKind.Reworded, before, after) { WordsAdded = added, WordsRemoved = removed };
    }

    /// <summary>The runs of words only the later text has, and only the earlier has, from their longest common subsequence.</summary>
    private static (List<string> Added, List<string> Removed) WordRuns(string[] x, string[] y)
    {
        var lcs = new int[x.Length + 1, y.Length + 1];
        for (var i = x.Length - 1; i >= 0; i--)
            for (var j = y.Length - 1; j >= 0; j--)
                lcs[i, j] = Norm(x[i]) == Norm(y[j]) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var added = new List<string>();
        var removed = new List<string>();
        var (runA, runR) = (new List<string>(), new List<string>());
        void Flush()
        {
            if (runA.Count > 0) { added.Add(string.Join(" ", runA)); runA.Clear(); }
            if (runR.Count > 0) { removed.Add(string.Join(" ", runR)); runR.Clear(); }
        }
        int p = 0, q = 0;
        while (p < x.Length || q < y.Length)
        {
            if (p < x.Length && q < y.Length && Norm(x[p]) == Norm(y[q])) { Flush(); p++; q++; }
            else if (q < y.Length && (p >= x.Length || lcs[p, q + 1] >= lcs[p + 1, q])) runA.Add(y[q++]);
            else runR.Add(x[p++]);
        }
        Flush();
        return (added.Where(r => Norm(r).Length > 0).ToList(), removed.Where(r => Norm(r).Length > 0).ToList());
    }

    private static double Similarity(string a, string b)
    {
        var x = Words(a).Select(Norm).Where(w => w.Length > 0).ToHashSet();
        var y = Words(b).Select(Norm).Where(w => w.Length > 0).ToHashSet();
        if (x.Count + y.Count == 0) return 1;
        var shared = x.Intersect(y).Count();
        var dice = 2.0 * shared / (x.Count + y.Count);
        // A short item wholly kept inside a longer one was extended ("competitive pressures" → "competitive pressures and the risk of ...").
        var smaller = Math.Min(x.Count, y.Count);
        return smaller >= 2 && shared == smaller ? Math.Max(dice, 1.0) : dice;
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string Norm(string word) => NonWord().Replace(Marks().Replace(word, ""), "").ToLowerInvariant();

    /// <summary>The words that decide "unchanged": trade marks, punctuation and a closing "and" left out.</summary>
    public static string Key(string text)
    {
        var words = Words(Marks().Replace(text, " ")).Select(Norm).Where(w => w.Length > 0).ToList();
        if (words.Count > 0 && words[^1] == "and") words.RemoveAt(words.Count - 1);
        return string.Join(" ", words);
    }

    [GeneratedRegex(@"\((R|TM|SM)\)|[®™℠]")]
    private static partial Regex Marks();

    [GeneratedRegex(@"[^\p{L}\p{N}$%]")]
    private static partial Regex NonWord();
}
