using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Tickmark.Store;
using Tickmark.Web;

namespace Tickmark.Tests.Web;

/// <summary>
/// The web app in memory over a given store, through WebApplicationFactory: the same services and
/// pipeline as <c>tickmark serve</c> (<see cref="WebApp.AddServices"/>, <see cref="WebApp.Configure"/>) on a test server.
/// </summary>
public sealed class WebFactory(TickmarkStore store) : WebApplicationFactory<WebFactory>
{
    protected override IHostBuilder CreateHostBuilder() => new HostBuilder();

    /// <summary>Runs after the factory has guessed a content root from the solution: the app reads no files, any existing folder will do.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder web) => web
        .UseContentRoot(AppContext.BaseDirectory)
        .ConfigureServices(services => WebApp.AddServices(services, store))
        .Configure(WebApp.Configure);
}

/// <summary>The seeds in a store and a client of the app over it, for one test class.</summary>
public sealed class WebFixture : IDisposable
{
    public WebFixture()
    {
        Factory = new WebFactory(Seeds.Store);
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public SeedStore Seeds { get; } = new();
    public WebFactory Factory { get; }
    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Seeds.Dispose();
    }
}
