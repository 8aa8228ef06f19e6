using System.Reflection;

namespace Tickmark.Store.Schema;

/// <summary>One step of the schema: version <see cref="Version"/> is reached by running <see cref="Sql"/> (a template, see <see cref="Dialects.SqlDialect.Script"/>).</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>Every migration, in order. A new one is a new numbered .sql file added here; applied ones never change.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        Load(1, "0001_initial.sql"),
        Load(2, "0002_fact_basis.sql"),
        Load(3, "0003_xbrl_splits.sql"),
        Load(4, "0004_disclosures.sql"),
        Load(5, "0005_read_indexes.sql"),
    ];

    public static int Latest => All[^1].Version;

    private static Migration Load(int version, string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Tickmark.Store.Schema." + file)
            ?? throw new InvalidOperationException($"migration {file} is not embedded");
        using var reader = new StreamReader(stream);
        return new Migration(version, Path.GetFileNameWithoutExtension(file), reader.ReadToEnd());
    }
}
