namespace Tickmark.Units;

/// <summary>What a figure counts. See <see cref="UnitNames"/> for the FACTS-JSON spelling.</summary>
public enum Unit { Usd, UsdPerShare, Shares, Percent, Pure }

public static class UnitNames
{
    public static string ToJsonName(this Unit unit) => unit switch
    {
        Unit.Usd => "USD",
        Unit.UsdPerShare => "USD/share",
        Unit.Shares => "shares",
        Unit.Percent => "%",
        _ => "pure",
    };
}
