using Tickmark.Tests.Support;

namespace Tickmark.Tests.Build;

/// <summary>Without the shared folder the tests say what is missing, where they looked and how to get it.</summary>
public sealed class SharedFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-shared-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void AMissingSharedFolderIsNamedWithWhereItWasLookedForAndHowToGetIt()
    {
        var repo = Directory.CreateDirectory(Path.Combine(_dir, "tickmark")).FullName;
        var e = Assert.Throws<SharedFolderMissingException>(() => Paths.FindShared(repo, null));
        var expected = Path.Combine(_dir, "shared");
        Assert.Equal(expected, e.Path);
        Assert.Equal($"the shared folder (seeds/, groundtruth/, corpus/) is not at {expected} (../shared beside the repository): " +
            "put the project's shared folder there, or set TICKMARK_SHARED to where it is", e.Message);
    }

    [Fact]
    public void TheVariableNamesAnotherFolder()
    {
        var other = Path.Combine(_dir, "elsewhere");
        Directory.CreateDirectory(Path.Combine(other, "seeds"));
        Assert.Equal(other, Paths.FindShared(Path.Combine(_dir, "repo"), other));
        var e = Assert.Throws<SharedFolderMissingException>(() => Paths.FindShared(_dir, Path.Combine(_dir, "nothing")));
        Assert.Contains("(TICKMARK_SHARED)", e.Message);
    }
}
