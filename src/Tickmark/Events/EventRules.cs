using System.Text.RegularExpressions;

namespace Tickmark.Events;

/// <summary>The event table, in the order a sentence is tried: the first rule that matches gives the kind.</summary>
public static class EventRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline;

    public static IReadOnlyList<EventRule> All { get; } =
    [
        Rule(EventKind.CeMark, @"\bCE[\s-]+Mark", true),
        Rule(EventKind.RegulatoryClearance, @"\b(FDA|Food\s+and\s+Drug\s+Administration)\b.{0,120}\b(clearance|cleared|510\(k\))|\b(clearance|cleared|510\(k\)).{0,120}\b(FDA|Food\s+and\s+Drug\s+Administration)\b", true),
        Rule(EventKind.RegulatoryApproval, @"\b(regulatory\s+approval|approval\s+(from|by)\s+the\s+(FDA|EMA|European|Health|Ministry)|(FDA|EMA|PMDA|SFDA|Health\s+Canada|ANVISA)\b.{0,80}\bapprov)", true),
        Rule(EventKind.Dividend, @"\b(declared|will\s+pay|payable|to\s+be\s+paid)\b.{0,120}\bdividend|\bdividend\b.{0,160}\b(payable|paid|record)\b", true),
        Rule(EventKind.ShareRepurchase, @"\b(repurchase|buyback|buy\s+back)\b.{0,120}\b(approved|authorized|increased)\b|\b(approved|authorized|increased)\b.{0,120}\b(repurchase|buyback|buy\s+back)", true),
        // In a paragraph only a completed or agreed deal counts: "acquired" alone also reads "amortization of acquired intangibles".
        Rule(EventKind.Acquisition, @"\b((completed|closed|announced)\s+(its|the)\s+(acquisition|merger)|(agreed|agreement)\s+to\s+acquire|definitive\s+agreement|merger\s+agreement)\b", true),
        Rule(EventKind.Acquisition, @"\b(acquisition\s+of|acquired|will\s+acquire|to\s+be\s+acquired)\b", false),
        Rule(EventKind.Divestiture, @"\b(divest\w*|sold\s+its|completed\s+the\s+sale\s+of|agreed\s+to\s+sell|phase\s+out|exit\s+(the|its))\b", true),
        Rule(EventKind.DebtOffering, @"\b(issued|completed|priced|closed)\b.{0,80}\b(notes|debentures|debt\s+offering)\b", true),
        Rule(EventKind.DebtOffering, @"\b(senior\s+notes|convertible\s+(senior\s+)?notes|notes\s+due|debt\s+offering|credit\s+facility|term\s+loan)\b", false),
        Rule(EventKind.ExecutiveAppointment, @"\b(appointed|appointment\s+of|named|joined|hired|promoted|elected)\b.{0,80}\b(chief\s+\w+\s+officer|president|vice\s+president|CEO|CFO|COO|board\s+of\s+directors|director)\b", true),
        Rule(EventKind.ClinicalResult, @"\b(study|trial)\b.{0,200}\b(results?|showed|demonstrated|met\s+its)\b|\bresults\s+of\s+(the|a)\b.{0,60}\b(study|trial)\b", false),
        Rule(EventKind.ClinicalTrial, @"\b(enroll\w*|initiat\w*|commenc\w*|began|started)\b.{0,80}\b(trial|study)\b|\b(trial|study)\b.{0,80}\b(initiat\w*|commenc\w*|enrollment)\b", false),
        Rule(EventKind.ProductLaunch, @"\b(launch\w*|introduc\w*|release\s+of|released|commercial\s+availability|now\s+available|began\s+shipping|unveil\w*|announced\s+the\s+availability)\b", false),
        Rule(EventKind.Presentation, @"\b(presentations?|presented|symposium|abstracts?|briefing|meeting|conference|congress|webinar)\b", false),
        Rule(EventKind.Publication, @"\b(journal|article|feature|published|issue\s+of)\b", false),
    ];

    private static EventRule Rule(EventKind kind, string pattern, bool inParagraphs) => new(kind, new Regex(pattern, Options), inParagraphs);
}
