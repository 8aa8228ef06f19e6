using Microsoft.Data.Sqlite;

namespace Tickmark.Tests.Fetch;

/// <summary>A test class with a local EDGAR of its own and a temporary folder, both gone after each test.</summary>
public abstract class LocalEdgarTest : IAsyncLifetime
{
    protected string Dir { get; } = Directory.CreateTempSubdirectory("tickmark-fetch-").FullName;
    protected LocalEdgarServer Edgar { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Edgar = new LocalEdgarServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Edgar.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
    }
}
