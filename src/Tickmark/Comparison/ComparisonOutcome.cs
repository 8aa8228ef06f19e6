namespace Tickmark.Comparison;

/// <summary>
/// How a release figure stands against the filing: <see cref="Agrees"/> (equal), <see cref="Rounding"/>
/// (within the printed rounding), <see cref="Differs"/> (beyond it: a revision between announcement and
/// filing), <see cref="MissingInFiling"/> (the filing covers the period but has no fact with the
/// element), <see cref="MissingInRelease"/> (the release prints the filing's value under another
/// element or none: the filing's element is missing from the release).
/// </summary>
public enum ComparisonOutcome { Agrees, Rounding, Differs, MissingInFiling, MissingInRelease }

public static class ComparisonOutcomeNames
{
    public static string ToJsonName(this ComparisonOutcome o) => o switch
    {
        ComparisonOutcome.Agrees => "agrees",
        ComparisonOutcome.Rounding => "rounding",
        ComparisonOutcome.Differs => "differs",
        ComparisonOutcome.MissingInFiling => "missing-in-filing",
        _ => "missing-in-release",
    };
}
