using System.Text.RegularExpressions;

namespace Tickmark.Series;

/// <summary>
/// A line item as a user names it: a US-GAAP element ("Revenues", "us-gaap:Revenues") or a row
/// label as printed ("Net revenues"; case and spacing do not matter). A name that could be either
/// is tried as an element first.
/// </summary>
public sealed partial record LineItemQuery(string Text)
{
    /// <summary>The element with its prefix ("us-gaap:Revenues"), or null when the text cannot be an element name.</summary>
    public string? Element => ElementName().Match(Text.Trim()) is { Success: true } m
        ? (m.Groups["prefix"].Success ? m.Groups["prefix"].Value : "us-gaap") + ":" + m.Groups["name"].Value
        : null;

    public string LabelKey => Normalize(Text);

    public bool MatchesElement(string? concept) => Element is { } e && string.Equals(concept, e, StringComparison.OrdinalIgnoreCase);

    public bool MatchesLabel(string label) => Normalize(label) == LabelKey;

    /// <summary>
    /// What makes figures the same line item across releases: the element where known, else the
    /// label under its headings ("Subtotal" under "Loans" is not "Subtotal" under "Deposits").
    /// With <c>sectionWithElement</c> an element is keyed under its headings too, so that "non-performing
    /// commercial loans" is not total commercial loans.
    /// </summary>
    public static string KeyOf(string? concept, string label, string section, bool sectionWithElement = false) =>
        concept is not null
            ? (sectionWithElement && section.Length > 0 ? Normalize(section) + " > " + concept : concept)
            : "label:" + Normalize(section.Length == 0 ? label : section + " > " + label);

    public static string Normalize(string label) => Spaces().Replace(label.Trim().TrimEnd(':', '.').Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"^(?:(?<prefix>[a-z][a-z0-9-]*):)?(?<name>[A-Z][A-Za-z0-9]*)$")]
    private static partial Regex ElementName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
