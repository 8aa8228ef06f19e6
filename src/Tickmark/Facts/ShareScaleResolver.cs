using Tickmark.Units;

namespace Tickmark.Facts;

/// <summary>
/// "(in 000s, except per share data)" over share counts printed in whole shares: a note does not
/// always say how shares are printed. Net income over earnings per share gives the share count;
/// when the printed counts match it unscaled and not scaled, the table's share counts are unscaled.
/// </summary>
public static class ShareScaleResolver
{
    public static void Resolve(List<Fact> facts, int from, decimal shareScale)
    {
        if (shareScale == 1m) return;
        var mine = Enumerable.Range(from, facts.Count - from).ToList();
        var votesUnscaled = 0;
        var votesScaled = 0;
        foreach (var column in mine.Select(i => facts[i].Column).Distinct())
        {
            var inColumn = mine.Where(i => facts[i].Column == column).Select(i => facts[i]).ToList();
            var income = inColumn.FirstOrDefault(f => f.Concept is "us-gaap:NetIncomeLoss" or "us-gaap:NetIncomeLossAvailableToCommonStockholdersBasic");
            var eps = inColumn.FirstOrDefault(f => f.Unit == Unit.UsdPerShare && f.Value != 0);
            var shares = inColumn.FirstOrDefault(f => f.Unit == Unit.Shares);
            if (income is null || eps is null || shares is null || shares.Value == 0) continue;
            var implied = Math.Abs(income.Value / eps.Value);
            // Net income printed as "-" implies no share count to compare with.
            if (implied == 0) continue;
            var scaledError = Math.Abs(shares.Value - implied) / implied;
            var unscaledError = Math.Abs(shares.Value / shareScale - implied) / implied;
            if (unscaledError < 0.25m && scaledError > 0.5m) votesUnscaled++;
            else if (scaledError < 0.25m) votesScaled++;
        }
        if (votesUnscaled == 0 || votesUnscaled <= votesScaled) return;
        var digits = (int)Math.Round(Math.Log10((double)shareScale));
        foreach (var i in mine.Where(i => facts[i].Unit == Unit.Shares))
            facts[i] = facts[i] with { Value = facts[i].Value / shareScale, XbrlValue = facts[i].XbrlValue / shareScale, Decimals = facts[i].Decimals + digits };
    }
}
