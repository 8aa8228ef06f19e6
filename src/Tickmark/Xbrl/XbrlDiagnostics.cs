using Tickmark.Diagnostics;

namespace Tickmark.Xbrl;

/// <summary>The XBRL reader's diagnostic codes and messages, in one place.</summary>
public static class XbrlDiagnostics
{
    public const string NotWellFormed = "TM060";
    public const string NoFacts = "TM061";
    public const string UnknownContext = "TM062";
    public const string UnknownFormat = "TM063";
    public const string UnreadableValue = "TM064";
    public const string OtherUnits = "TM065";

    public static Diagnostic BadXml(string path, int line, string why) =>
        new(Severity.Error, NotWellFormed, $"{path}: line {line}: not well-formed XML ({why}); expected an inline-XBRL document or an XBRL instance", line);

    public static Diagnostic NoNumericFacts(string path) =>
        new(Severity.Error, NoFacts, $"{path}: no numeric XBRL facts found; expected ix:nonFraction elements or instance facts with a contextRef and a unitRef", 0);

    public static Diagnostic MissingContext(int line, string concept, string context) =>
        new(Severity.Warning, UnknownContext, $"line {line}: the fact {concept} names the context '{context}', which the document does not define; it was left out", line);

    public static Diagnostic Format(int line, string concept, string format) =>
        new(Severity.Warning, UnknownFormat, $"line {line}: the fact {concept} uses the transformation '{format}', which Tickmark does not know; it was left out", line);

    public static Diagnostic Value(int line, string concept, string text) =>
        new(Severity.Warning, UnreadableValue, $"line {line}: the fact {concept} shows '{text}', which is not a number in its format; it was left out", line);

    public static Diagnostic Units(int count, string units) =>
        new(Severity.Info, OtherUnits, $"{count} facts are in units Tickmark does not model ({units}); they were left out", 0);
}
