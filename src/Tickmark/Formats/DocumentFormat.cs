namespace Tickmark.Formats;

/// <summary>
/// How a file is written: plain text, HTML, or a whole EDGAR submission wrapping one or more
/// documents (releases); an inline-XBRL 10-Q/10-K or a plain XBRL instance (a filing's own facts).
/// </summary>
public enum DocumentFormat { Text, Html, EdgarSubmission, InlineXbrl, XbrlInstance }

public static class DocumentFormatNames
{
    /// <summary>The FACTS-JSON name: "text", "html", "edgar-submission", "inline-xbrl", "xbrl-instance".</summary>
    public static string ToJsonName(this DocumentFormat format) => format switch
    {
        DocumentFormat.Html => "html",
        DocumentFormat.EdgarSubmission => "edgar-submission",
        DocumentFormat.InlineXbrl => "inline-xbrl",
        DocumentFormat.XbrlInstance => "xbrl-instance",
        _ => "text",
    };

    /// <summary>True for the formats read as a filing's XBRL facts rather than as a release.</summary>
    public static bool IsXbrl(this DocumentFormat format) => format is DocumentFormat.InlineXbrl or DocumentFormat.XbrlInstance;

    /// <summary>True for "inline-xbrl" and "xbrl-instance".</summary>
    public static bool IsXbrlName(string name) => name is "inline-xbrl" or "xbrl-instance";
}
