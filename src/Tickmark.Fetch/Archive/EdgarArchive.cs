using Tickmark.Fetch.Listing;

namespace Tickmark.Fetch.Archive;

/// <summary>
/// The local archive, laid out as EDGAR's own paths under <see cref="Root"/>
/// (<c>edgar/data/320193/0001193125-11-009392.txt</c>): a filing that is there is whole and is
/// never downloaded again.
/// </summary>
public sealed class EdgarArchive(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string PathOf(Filing filing) => Path.Combine(Root, filing.ArchivePath.Replace('/', Path.DirectorySeparatorChar));

    public bool Has(Filing filing) => File.Exists(PathOf(filing));

    public void Write(Filing filing, byte[] bytes) => AtomicFile.Write(PathOf(filing), bytes);

    public void Remove(Filing filing) => File.Delete(PathOf(filing));

    /// <summary>Deletes the temporary files a killed run left under <c>edgar/</c>; returns how many.</summary>
    public int RemovePartials()
    {
        var edgar = Path.Combine(Root, "edgar");
        if (!Directory.Exists(edgar)) return 0;
        var partials = Directory.EnumerateFiles(edgar, "*" + AtomicFile.PartialSuffix, SearchOption.AllDirectories).ToList();
        foreach (var p in partials) File.Delete(p);
        return partials.Count;
    }
}
