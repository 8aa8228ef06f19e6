namespace Tickmark.Tests.Support;

/// <summary>Distinct copies of the corpus and seed releases (a line naming the copy added at the end), for runs over many releases.</summary>
public static class ReleaseCopies
{
    public static IReadOnlyList<string> Make(string dir, int copiesOfEach)
    {
        var sources = Directory.GetFiles(Path.Combine(Paths.Corpus, "text"), "*.txt").Concat(Directory.GetFiles(Paths.Seeds, "*.txt"))
            .Select(p => (Name: Path.GetFileNameWithoutExtension(p), Text: File.ReadAllText(p))).ToList();
        var files = new List<string>();
        for (var i = 0; i < copiesOfEach; i++)
        {
            foreach (var (name, text) in sources)
            {
                var path = Path.Combine(dir, $"{name}.copy{i:D4}.txt");
                File.WriteAllText(path, text + $"\nCopy {i} of this release.\n");
                files.Add(path);
            }
        }
        return files;
    }
}
