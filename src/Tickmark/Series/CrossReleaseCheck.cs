using System.Globalization;
using Tickmark.Checks;

namespace Tickmark.Series;

/// <summary>
/// A figure one release printed checked against the same line item and period as first printed
/// by an earlier release: <see cref="CrossReleaseChecker.BalanceDate"/> for balances,
/// <see cref="CrossReleaseChecker.Comparative"/> for flows.
/// </summary>
public sealed record CrossReleaseCheck(string Rule, CheckStatus Status, string LineItem, FiscalSlot Slot, Observation First, Observation Later)
{
    public string StatusName => Status switch { CheckStatus.Pass => "pass", CheckStatus.Rounding => "rounding", _ => "fail" };

    public string Message
    {
        get
        {
            var what = $"{LineItem} {(Slot.IsInstant ? "at " + First.Period.End.ToString("yyyy-MM-dd") : Slot.Name)}";
            var first = $"{Show(First.Value)} in {First.Where}";
            var later = $"{Show(Later.Value)} in {Later.Where}";
            return Status switch
            {
                CheckStatus.Pass => $"{what}: {later} agrees with {first}",
                CheckStatus.Rounding => $"{what}: {later} agrees with {first} within rounding",
                _ => $"{what}: {later} differs from {first} by {Show(Later.Value - First.Value)}",
            };
        }
    }

    private static string Show(decimal v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);
}
