namespace Tickmark.Checks;

public enum CheckStatus { Pass, Rounding, Fail }

/// <summary>
/// One check of a release against itself: the rule, what it found, a message in plain words, and
/// the facts involved (indexes into the release's facts).
/// </summary>
public sealed record CheckResult(string Rule, CheckStatus Status, string Message, IReadOnlyList<int> Facts)
{
    public string StatusName => Status switch { CheckStatus.Pass => "pass", CheckStatus.Rounding => "rounding", _ => "fail" };
}
