namespace Tickmark.Series;

/// <summary>
/// A release as a series names it: its id in the store, a short name (the file name), and what
/// orders releases in time: the end of the period it reports, then its date, then its id.
/// </summary>
public sealed record ReleaseRef(long Id, string Name, DateOnly? PeriodEnd, DateOnly? Date) : IComparable<ReleaseRef>
{
    public int CompareTo(ReleaseRef? other)
    {
        if (other is null) return 1;
        var c = Nullable.Compare(PeriodEnd ?? Date, other.PeriodEnd ?? other.Date);
        if (c == 0) c = Nullable.Compare(Date, other.Date);
        return c != 0 ? c : Id.CompareTo(other.Id);
    }

    public override string ToString() => $"#{Id} {Name}";
}
