namespace Tickmark.Cli;

/// <summary>
/// What <c>tickmark export</c> was asked for: the companies (none: all), the format (csv, parquet,
/// xbrl-json), the table (facts or panel), one release instead of companies, and the file to write
/// (none: standard output).
/// </summary>
public sealed record ExportRequest(IReadOnlyList<string> Companies, string Format, string Table, string? Release, string? Out)
{
    public bool IsPanel => Table == "panel";

    /// <summary>Why the options do not go together, or null when they do.</summary>
    public string? Problem() =>
        Format == "xbrl-json" && Release is null ? "--format xbrl-json writes one release's facts: give --release ID ('tickmark releases TICKER' lists them)"
        : Format == "xbrl-json" && IsPanel ? "--format xbrl-json writes facts, not the panel; leave out --table panel"
        : Release is not null && Companies.Count > 0 ? "give TICKER... or --release ID, not both"
        : Release is not null && IsPanel ? "the panel is a company's: give TICKER... instead of --release"
        : Format == "parquet" && Out is null ? "Parquet is binary: give --out FILE.parquet"
        : null;
}
