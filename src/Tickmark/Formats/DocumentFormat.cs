namespace Tickmark.Formats;

/// <summary>How a release file is written: plain text, HTML, or a whole EDGAR submission wrapping one or more documents.</summary>
public enum DocumentFormat { Text, Html, EdgarSubmission }

public static class DocumentFormatNames
{
    /// <summary>The FACTS-JSON name: "text", "html", "edgar-submission".</summary>
    public static string ToJsonName(this DocumentFormat format) => format switch
    {
        DocumentFormat.Html => "html",
        DocumentFormat.EdgarSubmission => "edgar-submission",
        _ => "text",
    };
}
