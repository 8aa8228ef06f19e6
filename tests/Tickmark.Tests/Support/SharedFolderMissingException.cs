namespace Tickmark.Tests.Support;

/// <summary>The shared folder (seeds, ground truth, corpus) is not where the tests look for it: what is missing, where, and how to get it.</summary>
public sealed class SharedFolderMissingException(string path, bool configured) : Exception(
    $"the shared folder (seeds/, groundtruth/, corpus/) is not at {path}" +
    (configured ? $" ({Paths.SharedVariable})" : " (../shared beside the repository)") +
    $": put the project's shared folder there, or set {Paths.SharedVariable} to where it is")
{
    /// <summary>Where it was looked for.</summary>
    public string Path { get; } = path;
}
