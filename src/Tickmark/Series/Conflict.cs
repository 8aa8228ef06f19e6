using Tickmark.Checks;

namespace Tickmark.Series;

/// <summary>
/// <see cref="Restated"/>: an earlier release printed another value for the same period (the later
/// release's value stands). <see cref="Derived"/>: a value worked out from other reported figures
/// differs from the point's value.
/// </summary>
public enum ConflictKind { Restated, Derived }

/// <summary>
/// Another value for a point's period, kept beside the value that stands. <see cref="Status"/> is
/// <see cref="CheckStatus.Rounding"/> when the two agree within printed precision and
/// <see cref="CheckStatus.Fail"/> when they do not.
/// </summary>
public sealed record Conflict(ConflictKind Kind, CheckStatus Status, decimal Value, IReadOnlyList<Observation> Sources, Derivation? Derivation = null)
{
    public string KindName => Kind == ConflictKind.Restated ? "restated" : "derived";

    public string StatusName => Status == CheckStatus.Rounding ? "rounding" : "fail";
}
