namespace Tickmark.Series;

/// <summary>
/// Where a figure falls in a company's fiscal calendar: the fiscal year (named by the calendar year
/// it ends in) and the quarters it covers, <see cref="First"/> through <see cref="Last"/> inclusive
/// (1-4). A balance (<see cref="IsInstant"/>) sits at the end of quarter <see cref="Last"/>.
/// </summary>
public readonly record struct FiscalSlot : IComparable<FiscalSlot>
{
    public FiscalSlot(int year, int first, int last, bool isInstant = false)
    {
        if (first < 1 || last > 4 || first > last) throw new ArgumentException($"Quarters {first}..{last} are not a span of one fiscal year.");
        if (isInstant && first != last) throw new ArgumentException("A balance sits at the end of one quarter.");
        Year = year;
        First = first;
        Last = last;
        IsInstant = isInstant;
    }

    public int Year { get; }
    public int First { get; }
    public int Last { get; }
    public bool IsInstant { get; }

    public int Quarters => Last - First + 1;
    public bool IsQuarter => !IsInstant && First == Last;
    public bool IsYearToDate => !IsInstant && First == 1;
    public bool IsFullYear => !IsInstant && First == 1 && Last == 4;

    public static FiscalSlot Quarter(int year, int quarter) => new(year, quarter, quarter);
    public static FiscalSlot YearToDate(int year, int lastQuarter) => new(year, 1, lastQuarter);
    public static FiscalSlot Balance(int year, int quarter) => new(year, quarter, quarter, isInstant: true);

    /// <summary>True when this span of quarters holds <paramref name="other"/>'s (both flows, same year).</summary>
    public bool Contains(FiscalSlot other) =>
        !IsInstant && !other.IsInstant && Year == other.Year && First <= other.First && Last >= other.Last;

    /// <summary>"2006Q3" for a quarter or a balance at its end, "FY2006" for a full year, "2006Q1-Q3" for other spans.</summary>
    public string Name =>
        IsInstant || First == Last ? $"{Year}Q{Last}"
        : IsFullYear ? $"FY{Year}"
        : $"{Year}Q{First}-Q{Last}";

    /// <summary>Calendar order: by year, then by the quarter the span ends in, shorter spans first.</summary>
    public int CompareTo(FiscalSlot other)
    {
        var c = Year.CompareTo(other.Year);
        if (c == 0) c = Last.CompareTo(other.Last);
        if (c == 0) c = other.First.CompareTo(First);
        if (c == 0) c = IsInstant.CompareTo(other.IsInstant);
        return c;
    }

    public override string ToString() => Name;
}
