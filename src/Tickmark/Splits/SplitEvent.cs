using Tickmark.Series;

namespace Tickmark.Splits;

/// <summary>How a split was found: stated in a release's words, or seen in restated comparatives.</summary>
public enum SplitEvidence { Stated, Restated }

/// <summary>
/// A stock split placed in a company's history: releases up to <see cref="LastBefore"/> report on
/// the basis before it, releases from <see cref="FirstAfter"/> on the basis after it.
/// <see cref="Factor"/> is shares after per share before (2 for two-for-one). <see cref="Source"/>
/// says where it was found ("#3 file.txt 116:42 '5-for-4 stock split'", or the restated figures).
/// </summary>
public sealed record SplitEvent(decimal Factor, string Ratio, SplitEvidence Evidence, ReleaseRef? LastBefore, ReleaseRef FirstAfter, string Source)
{
    public string EvidenceName => Evidence == SplitEvidence.Stated ? "stated" : "restated comparatives";
}
