using Tickmark.Cli;

namespace Tickmark.Tests.Cli;

/// <summary><c>tickmark serve</c> refuses what it cannot listen on or open, with one line and exit 2, before it starts anything.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("tickmark-serve-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Theory]
    [InlineData("localhost:5080", "tickmark: --urls: 'localhost:5080' is not an address to listen on, such as http://127.0.0.1:5080")]
    [InlineData("https://127.0.0.1:5080", "tickmark: --urls: 'https://127.0.0.1:5080' is not an address to listen on, such as http://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080/app", "tickmark: --urls: 'http://127.0.0.1:5080/app' is not an address to listen on, such as http://127.0.0.1:5080")]
    [InlineData(";", "tickmark: --urls: give an address to listen on, such as http://127.0.0.1:5080")]
    public void ABadAddressIsAUsageError(string urls, string message)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        Assert.Equal(2, ServeCommand.Run(urls, new StoreChoice(Path.Combine(_dir, "t.db"), null), o, e));
        Assert.Equal(message, e.ToString().TrimEnd());
        Assert.Equal("", o.ToString());
    }

    [Fact]
    public void AMissingDatabaseIsNotCreated()
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var db = Path.Combine(_dir, "none.db");
        Assert.Equal(2, ServeCommand.Run("http://127.0.0.1:0", new StoreChoice(db, null), o, e));
        Assert.Contains("no such database; 'tickmark ingest' creates it", e.ToString());
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void AnAddressInUseIsOneLineAndExit2()
    {
        var db = Path.Combine(_dir, "t.db");
        Tickmark.Store.TickmarkStore.OpenFile(db).Dispose();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (o, e) = (new StringWriter(), new StringWriter());
        Assert.Equal(2, ServeCommand.Run($"http://127.0.0.1:{port}", new StoreChoice(db, null), o, e));
        var error = e.ToString().TrimEnd();
        Assert.StartsWith($"tickmark: cannot listen on http://127.0.0.1:{port}: ", error);
        Assert.DoesNotContain("\n", error);
        Assert.DoesNotContain(" at ", error);
    }
}
