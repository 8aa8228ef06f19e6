using Tickmark.Blocks;
using Tickmark.Releases;

namespace Tickmark.Guidance;

/// <summary>Reads a release's outlook into guidance figures.</summary>
public static class GuidanceReader
{
    public static IReadOnlyList<GuidanceFigure> Read(string text, IReadOnlyList<Block> blocks, ReleaseInfo release) => [];
}
