using System.Text;
using Tickmark.Checks;
using Tickmark.Extraction;
using Tickmark.Units;
using Tickmark.Text;

namespace Tickmark.Output;

/// <summary>The readable report of `tickmark check`: each check with its mark, message and where each figure is printed.</summary>
public static class CheckReportRenderer
{
    public static string Render(ExtractionResult r)
    {
        var sb = new StringBuilder();
        sb.AppendLine(r.Document.Path);
        foreach (var c in r.Checks.OrderBy(c => c.Status == CheckStatus.Fail ? 0 : c.Status == CheckStatus.Rounding ? 1 : 2))
        {
            var mark = c.Status switch { CheckStatus.Pass => "pass    ", CheckStatus.Rounding => "rounding", _ => "FAIL    " };
            var where = string.Join(", ", c.Facts.Select(i => r.Document.Lines.PositionOf(r.Facts[i].Span.Start).ToString()));
            sb.AppendLine($"  {mark} {c.Rule,-12} {c.Message}  [{where}]");
        }
        var unchecked_ = CheckRunner.Unchecked(r.Checks, r.Facts.Count).ToList();
        foreach (var i in unchecked_)
        {
            var f = r.Facts[i];
            var what = f.Measure ?? (f.Section.Length > 0 ? $"{f.Section} > {f.Label}" : f.Label);
            sb.AppendLine($"  unchecked {"",-12} {what} {f.Value:#,##0.####} {f.Unit.ToJsonName()} {f.Period}  [{r.Document.Lines.PositionOf(f.Span.Start)}]");
        }
        sb.AppendLine($"{r.Checks.Count(c => c.Status == CheckStatus.Pass)} pass, {r.Checks.Count(c => c.Status == CheckStatus.Rounding)} rounding, "
            + $"{r.Checks.Count(c => c.Status == CheckStatus.Fail)} fail; {unchecked_.Count} of {Counted.Of(r.Facts.Count, "fact")} unchecked");
        return sb.ToString();
    }
}
