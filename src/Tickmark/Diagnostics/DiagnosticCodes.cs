namespace Tickmark.Diagnostics;

/// <summary>Every diagnostic code and its message, in one place.</summary>
public static class DiagnosticCodes
{
    public const string FileMissing = "TM001";
    public const string FileUnreadable = "TM002";
    public const string NotText = "TM003";
    public const string NoTables = "TM004";
    public const string NoReleases = "TM005";
    public const string ReadFault = "TM006";
    public const string FileTooLarge = "TM007";
    public const string ColumnUnplaced = "TM010";
    public const string PeriodUnknown = "TM011";
    public const string RowCellCount = "TM013";
    public const string ProseUnplaced = "TM014";
    public const string NestingTooDeep = "TM015";

    public static Diagnostic FileNotFound(string path) =>
        new(Severity.Error, FileMissing, $"{path}: no such file or directory", 0);

    public static Diagnostic CannotRead(string path, string why) =>
        new(Severity.Error, FileUnreadable, $"{path}: cannot be read: {why}", 0);

    public static Diagnostic NotAText(string path, string why) =>
        new(Severity.Error, NotText, $"{path}: {why}; expected an earnings release in plain text or HTML", 0);

    public static Diagnostic NoFinancialTables(string path) =>
        new(Severity.Error, NoTables, $"{path}: no financial tables found; expected at least one table of figures with column headings", 0);

    public static Diagnostic NoReleasesIn(string path) =>
        new(Severity.Error, NoReleases, $"{path}: the directory holds no releases (.txt, .htm, .html)", 0);

    /// <summary>A fault while reading one file (a guard that should have held did not): the file is named and the run goes on.</summary>
    public static Diagnostic Fault(string path, Exception e) =>
        new(Severity.Error, ReadFault, $"{path}: could not be read ({ReadFault}): {e.GetType().Name}: {OneLine(e.Message)}; the other files were read", 0);

    public static Diagnostic FigureUnplaced(string path, string label, decimal value) =>
        new(Severity.Warning, ProseUnplaced, $"{path}: prose figure {value} ({label}) could not be placed in the source ({ProseUnplaced}); left out", 0);

    public static Diagnostic TooLarge(string path, long maxBytes) =>
        new(Severity.Error, FileTooLarge, $"{path}: larger than {Text.BoundedFile.Describe(maxBytes)} ({FileTooLarge}); a release is far smaller (raise the limit with --max-size)", 0);

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    public static Diagnostic CellNotPlaced(int line, string cell) =>
        new(Severity.Warning, ColumnUnplaced, $"line {line}: the figure '{cell}' does not sit under any column of its table; it was left out", line);

    public static Diagnostic NoPeriod(int line, string header) =>
        new(Severity.Warning, PeriodUnknown, $"line {line}: no period could be read from the column heading '{header}'; its figures have no period", line);

    public static Diagnostic NestingFlattened(int line, int count, int maxDepth) =>
        new(Severity.Warning, NestingTooDeep, $"line {line}: elements nest deeper than {maxDepth} levels ({NestingTooDeep}); {count} start tags below that depth were flattened into their parent, their text kept", line);

    public static Diagnostic ExtraCells(int line) =>
        new(Severity.Warning, RowCellCount, $"line {line}: two figures fall under the same column; the second was left out", line);
}
