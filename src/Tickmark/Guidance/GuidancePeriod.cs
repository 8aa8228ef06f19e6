namespace Tickmark.Guidance;

/// <summary>
/// The future period an outlook is about, as the release names it: fiscal <see cref="Year"/>
/// (the year the fiscal year ends in, as the release counts it) and <see cref="Quarter"/> 1-4, or
/// 0 for the whole year. <see cref="Start"/> and <see cref="End"/> (both inclusive) are the
/// period's calendar months when the release's own fiscal period places them, else null.
/// </summary>
public sealed record GuidancePeriod(int Year, int Quarter, DateOnly? Start, DateOnly? End)
{
    public string Label => Quarter == 0 ? $"FY{Year}" : $"Q{Quarter} FY{Year}";
}
