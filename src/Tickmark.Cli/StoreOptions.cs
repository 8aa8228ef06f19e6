using System.CommandLine;
using Tickmark.Store;

namespace Tickmark.Cli;

/// <summary>
/// Where the database is: <c>--db FILE</c> (SQLite, default <c>tickmark.db</c> in the working
/// directory) or <c>--pg "Host=...;Database=..."</c> (PostgreSQL; <c>TICKMARK_PG</c> in the
/// environment stands in for it when neither option is given).
/// </summary>
public sealed record StoreChoice(string? Db, string? Pg)
{
    public const string EnvironmentVariable = "TICKMARK_PG";
    public const string DefaultFile = "tickmark.db";

    /// <summary>Opens the store; <paramref name="create"/> makes a missing SQLite file rather than refusing it; without it (read commands) an SQLite file is opened read-only.</summary>
    public TickmarkStore Open(bool create)
    {
        if (Db is not null && Pg is not null) throw new StoreException("give --db or --pg, not both");
        if (Pg is not null) return TickmarkStore.OpenPostgres(Pg);
        if (Db is null && Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env) return TickmarkStore.OpenPostgres(env);
        return TickmarkStore.OpenFile(Db ?? DefaultFile, create, readOnly: !create);
    }
}

/// <summary>The <c>--db</c> and <c>--pg</c> options, added to each command that uses the store.</summary>
public sealed class StoreOptions
{
    private readonly Option<string?> _db = new("--db") { Description = $"SQLite database file (default {StoreChoice.DefaultFile} in the working directory)" };
    private readonly Option<string?> _pg = new("--pg") { Description = $"PostgreSQL connection string, e.g. \"Host=localhost;Database=tickmark\" (default ${StoreChoice.EnvironmentVariable} when set)" };

    public void AddTo(Command command)
    {
        command.Options.Add(_db);
        command.Options.Add(_pg);
    }

    public StoreChoice From(ParseResult result) => new(result.GetValue(_db), result.GetValue(_pg));
}
