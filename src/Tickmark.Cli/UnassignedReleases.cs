using System.Globalization;
using System.Text.Json;
using Tickmark.Text;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark releases --unassigned</c>: the releases stored with no company, because they name none
/// or could not be read; 'tickmark show ID' shows one.
/// </summary>
public static class UnassignedReleases
{
    public static int Run(string format, StoreChoice choice, TextWriter stdout, TextWriter stderr) =>
        StoreCommand.Run(choice, create: false, stderr, store =>
        {
            var releases = store.Reader.ReleasesWithoutCompany();
            if (format == "json")
            {
                stdout.WriteLine(JsonSerializer.Serialize(releases.Select(r => new
                {
                    r.Id, File = r.Name, Path = r.SourcePath, r.ContentHash, r.Format, r.Status, r.Error,
                    Date = r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Headline, r.FactCount,
                }), CliJson.Options));
                return 0;
            }
            var rows = releases.Select(r => new[]
            {
                r.Id.ToString(CultureInfo.InvariantCulture), $"{r.Date:yyyy-MM-dd}", r.Name, r.FactCount.ToString(CultureInfo.InvariantCulture),
                r.Failed ? "failed: " + r.Error : "ok", r.Headline ?? "",
            }).ToList();
            if (rows.Count > 0) stdout.Write(TextTable.Render(["id", "date", "file", "facts", "status", "headline"], rows, new HashSet<int> { 0, 3 }));
            stdout.WriteLine($"{Counted.Of(rows.Count, "release")} with no company in {store.Dialect.Describe}");
            return 0;
        });
}
