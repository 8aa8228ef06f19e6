using Tickmark.Checks;

namespace Tickmark.Web.Model;

/// <summary>What the checks say about a figure: the worst status among the checks it takes part in, or unchecked when there are none.</summary>
public enum FactStatus { Unchecked, Pass, Rounding, Fail }

public static class FactStatusNames
{
    /// <summary>"unchecked", "pass", "rounding", "fail": the CSS class suffix and the JSON spelling.</summary>
    public static string Name(this FactStatus status) => status switch
    {
        FactStatus.Pass => "pass",
        FactStatus.Rounding => "rounding",
        FactStatus.Fail => "fail",
        _ => "unchecked",
    };

    public static FactStatus Of(CheckStatus status) => status switch
    {
        CheckStatus.Pass => FactStatus.Pass,
        CheckStatus.Rounding => FactStatus.Rounding,
        _ => FactStatus.Fail,
    };
}
