using System.Text.RegularExpressions;

namespace Tickmark.Events;

/// <summary>The event table, in the order a sentence is tried: the first rule that matches gives the kind.</summary>
public static partial class EventRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline;

    public static IReadOnlyList<EventRule> All { get; } =
    [
        new(EventKind.CeMark, CeMark1(), true),
        new(EventKind.RegulatoryClearance, RegulatoryClearance2(), true),
        new(EventKind.RegulatoryApproval, RegulatoryApproval3(), true),
        new(EventKind.Dividend, Dividend4(), true),
        new(EventKind.ShareRepurchase, ShareRepurchase5(), true),
        // In a paragraph only a completed or agreed deal counts: "acquired" alone also reads "amortization of acquired intangibles".
        new(EventKind.Acquisition, Acquisition6(), true),
        new(EventKind.Acquisition, Acquisition7(), false),
        new(EventKind.Divestiture, Divestiture8(), true),
        new(EventKind.DebtOffering, DebtOffering9(), true),
        new(EventKind.DebtOffering, DebtOffering10(), false),
        new(EventKind.ExecutiveAppointment, ExecutiveAppointment11(), true),
        new(EventKind.ClinicalResult, ClinicalResult12(), false),
        new(EventKind.ClinicalTrial, ClinicalTrial13(), false),
        new(EventKind.ProductLaunch, ProductLaunch14(), false),
        new(EventKind.Presentation, Presentation15(), false),
        new(EventKind.Publication, Publication16(), false),
    ];

    // Source-generated, not interpreted: every rule is tried on every sentence of a release (the `.{0,120}` gaps backtrack).
    [GeneratedRegex(@"\bCE[\s-]+Mark", Options)]
    private static partial Regex CeMark1();

    [GeneratedRegex(@"\b(FDA|Food\s+and\s+Drug\s+Administration)\b.{0,120}\b(clearance|cleared|510\(k\))|\b(clearance|cleared|510\(k\)).{0,120}\b(FDA|Food\s+and\s+Drug\s+Administration)\b", Options)]
    private static partial Regex RegulatoryClearance2();

    [GeneratedRegex(@"\b(regulatory\s+approval|approval\s+(from|by)\s+the\s+(FDA|EMA|European|Health|Ministry)|(FDA|EMA|PMDA|SFDA|Health\s+Canada|ANVISA)\b.{0,80}\bapprov)", Options)]
    private static partial Regex RegulatoryApproval3();

    [GeneratedRegex(@"\b(declared|will\s+pay|payable|to\s+be\s+paid)\b.{0,120}\bdividend|\bdividend\b.{0,160}\b(payable|paid|record)\b", Options)]
    private static partial Regex Dividend4();

    [GeneratedRegex(@"\b(repurchase|buyback|buy\s+back)\b.{0,120}\b(approved|authorized|increased)\b|\b(approved|authorized|increased)\b.{0,120}\b(repurchase|buyback|buy\s+back)", Options)]
    private static partial Regex ShareRepurchase5();

    [GeneratedRegex(@"\b((completed|closed|announced)\s+(its|the)\s+(acquisition|merger)|(agreed|agreement)\s+to\s+acquire|definitive\s+agreement|merger\s+agreement)\b", Options)]
    private static partial Regex Acquisition6();

    [GeneratedRegex(@"\b(acquisition\s+of|acquired|will\s+acquire|to\s+be\s+acquired)\b", Options)]
    private static partial Regex Acquisition7();

    [GeneratedRegex(@"\b(divest\w*|sold\s+its|completed\s+the\s+sale\s+of|agreed\s+to\s+sell|phase\s+out|exit\s+(the|its))\b", Options)]
    private static partial Regex Divestiture8();

    [GeneratedRegex(@"\b(issued|completed|priced|closed)\b.{0,80}\b(notes|debentures|debt\s+offering)\b", Options)]
    private static partial Regex DebtOffering9();

    [GeneratedRegex(@"\b(senior\s+notes|convertible\s+(senior\s+)?notes|notes\s+due|debt\s+offering|credit\s+facility|term\s+loan)\b", Options)]
    private static partial Regex DebtOffering10();

    [GeneratedRegex(@"\b(appointed|appointment\s+of|named|joined|hired|promoted|elected)\b.{0,80}\b(chief\s+\w+\s+officer|president|vice\s+president|CEO|CFO|COO|board\s+of\s+directors|director)\b", Options)]
    private static partial Regex ExecutiveAppointment11();

    [GeneratedRegex(@"\b(study|trial)\b.{0,200}\b(results?|showed|demonstrated|met\s+its)\b|\bresults\s+of\s+(the|a)\b.{0,60}\b(study|trial)\b", Options)]
    private static partial Regex ClinicalResult12();

    [GeneratedRegex(@"\b(enroll\w*|initiat\w*|commenc\w*|began|started)\b.{0,80}\b(trial|study)\b|\b(trial|study)\b.{0,80}\b(initiat\w*|commenc\w*|enrollment)\b", Options)]
    private static partial Regex ClinicalTrial13();

    [GeneratedRegex(@"\b(launch\w*|introduc\w*|release\s+of|released|commercial\s+availability|now\s+available|began\s+shipping|unveil\w*|announced\s+the\s+availability)\b", Options)]
    private static partial Regex ProductLaunch14();

    [GeneratedRegex(@"\b(presentations?|presented|symposium|abstracts?|briefing|meeting|conference|congress|webinar)\b", Options)]
    private static partial Regex Presentation15();

    [GeneratedRegex(@"\b(journal|article|feature|published|issue\s+of)\b", Options)]
    private static partial Regex Publication16();
}
