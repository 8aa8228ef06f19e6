using System.Text.RegularExpressions;
using Tickmark.Periods;

namespace Tickmark.Events;

/// <summary>
/// Reads who and what an event names: the regulator, the markets, the products or parties
/// (capitalized names, trade marks kept: "EmboCath(R) Plus Infusion Microcatheter"), and the dates
/// with what each is for (the nearest word before it: "of record on" is the record date).
/// </summary>
public static partial class EventDetails
{
    private static readonly (Regex Words, string Name)[] Regulators =
    [
        (new(@"\b(U\.S\.\s+)?(FDA|Food\s+and\s+Drug\s+Administration)\b"), "FDA"),
        (new(@"\bCE[\s-]+Mark\b", RegexOptions.IgnoreCase), "CE Mark"),
        (new(@"\b(EMA|European\s+Medicines\s+Agency)\b"), "EMA"),
        (new(@"\bHealth\s+Canada\b"), "Health Canada"),
        (new(@"\b(PMDA|MHLW)\b"), "PMDA"),
        (new(@"\bANVISA\b"), "ANVISA"),
    ];

    /// <summary>Places named as markets, as the release may print them, to one spelling.</summary>
    private static readonly (Regex Words, string Name)[] Markets =
    [
        (new(@"\b(the\s+)?United\s+States\b|\bU\.S\.(?!\s+(Food|FDA))"), "United States"),
        (new(@"\b(the\s+)?European\s+(Union|Community)\b"), "European Union"),
        (new(@"\bEurope(an\s+market)?\b"), "Europe"),
        (new(@"\bCanada\b(?!\s+Health)"), "Canada"), (new(@"\bBrazil\b"), "Brazil"), (new(@"\bJapan\b"), "Japan"),
        (new(@"\b(People's\s+Republic\s+of\s+)?China\b"), "China"), (new(@"\bLatin\s+America\b"), "Latin America"),
        (new(@"\bAustralia\b"), "Australia"), (new(@"\bUnited\s+Kingdom\b"), "United Kingdom"), (new(@"\bIndia\b"), "India"),
    ];

    /// <summary>Words that open a sentence or name a kind of thing rather than a product or party.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "at", "on", "of", "for", "and", "our", "its", "release", "sponsorship", "presentation", "regulatory", "approval",
        "clearance", "company", "company's", "board", "directors", "during", "as", "this", "these", "we", "it", "mark", "ce", "marketing",
        "first", "second", "third", "fourth", "quarter", "fiscal", "full-year", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "patients", "approximately", "annual", "meeting",
    };

    /// <summary>A count that opens a sentence ("One finding from the research was ...") names nothing alone; "One Equity Partners" stays a name.</summary>
    private static readonly HashSet<string> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    };

    public static string? RegulatorOf(string text) => Regulators.FirstOrDefault(r => r.Words.IsMatch(text)).Name;

    public static IReadOnlyList<string> MarketsOf(string text) =>
        Markets.Where(m => m.Words.IsMatch(text)).Select(m => m.Name).Distinct().ToList();

    /// <summary>Runs of capitalized words that are neither regulator, market nor a sentence's opening words.</summary>
    public static IReadOnlyList<string> NamesIn(string text)
    {
        var masked = text;
        foreach (var (words, _) in Regulators.Concat(Markets)) masked = words.Replace(masked, m => new string(' ', m.Length));
        var names = new List<string>();
        foreach (Match m in CapitalRun().Matches(masked))
        {
            var words = Regex.Split(m.Value.Trim(), @"\s+").SkipWhile(w => Openers.Contains(w.Trim('(', ')', ',', '.'))).ToList();
            while (words.Count > 0 && Openers.Contains(words[^1].Trim('(', ')', ',', '.'))) words.RemoveAt(words.Count - 1);
            if (words.Count == 0 || words.Count == 1 && Counts.Contains(words[0].Trim('(', ')', ',', '.'))) continue;
            var name = string.Join(" ", words).TrimEnd('.', ',');
            if (name.Length < 3 || name.All(c => char.IsUpper(c) || !char.IsLetter(c)) && name.Length < 4) continue;
            if (!names.Contains(name)) names.Add(name);
        }
        return names;
    }

    /// <summary>Every full date ("September 28, 2023", "Jan. 31, 2007") with the role the words before it give.</summary>
    public static IReadOnlyList<EventDate> DatesIn(string text)
    {
        var dates = new List<EventDate>();
        foreach (Match m in FullDate().Matches(text))
        {
            var month = DateText.MonthNumber(m.Groups["m"].Value);
            if (DateText.TryDate(int.Parse(m.Groups["y"].Value), month, int.Parse(m.Groups["d"].Value)) is not { } date) continue;
            var before = text[Math.Max(0, m.Index - 60)..m.Index];
            var role = RoleWord().Matches(before).LastOrDefault()?.Value.ToLowerInvariant() switch
            {
                "record" => "record",
                "pay" or "payable" or "paid" or "payment" => "payment",
                "effective" => "effective",
                "expire" or "expires" or "through" or "until" => "until",
                _ => "date",
            };
            dates.Add(new EventDate(role, date));
        }
        return dates;
    }

    /// <summary>Capitalized words, trade marks kept, joined by spaces or by "of", "and", "for", "the", "on" ("New England Journal of Medicine").</summary>
    [GeneratedRegex(@"(?<![\w'])" + Word + @"(?:(?:\s+(?:of|and|for|the|on)\s+|\s+)" + Word + ")*")]
    private static partial Regex CapitalRun();

    private const string Word = @"[A-Z][\w'’&-]*(?:\.[A-Z]\w*)*(?:\s?\((?:R|TM)\)|[®™])?";

    [GeneratedRegex(@"(?<m>Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\.?\s+(?<d>\d{1,2}),?\s+(?<y>(19|20)\d\d)\b")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(record|pay|payable|paid|payment|effective|expires?|through|until)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWord();
}
