using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tickmark.Store;
using Tickmark.Web.Api;
using Tickmark.Web.Pages;

namespace Tickmark.Web;

/// <summary>
/// The web app over a store: HTML pages and a JSON API, read-only. <see cref="Build"/> gives the
/// real server (Kestrel) for <c>tickmark serve</c>; <see cref="AddServices"/> and <see cref="Configure"/>
/// are the same app for any host, such as the tests' in-memory one.
/// </summary>
public sealed class WebApp
{
    private WebApp() { }

    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Every page may load only the app's own stylesheet, script and frames; nothing from elsewhere,
    /// no inline script, no plugins; a form (the search box) goes to this app only.
    /// </summary>
    public const string PagePolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>The app on Kestrel at <paramref name="urls"/> (such as http://127.0.0.1:5080; port 0 picks a free one). Start it with RunAsync or StartAsync.</summary>
    public static WebApplication Build(TickmarkStore store, string[] urls, LogLevel logLevel = LogLevel.Warning)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(logLevel);
        // A failure to start (an address in use) reaches the caller as an exception; the host's own log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.WebHost.UseUrls(urls);
        AddServices(builder.Services, store);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    /// <summary>The app's services; <paramref name="stampInterval"/> is how often the answer cache asks the store whether its data moved (default one second).</summary>
    public static void AddServices(IServiceCollection services, TickmarkStore store, TimeSpan? stampInterval = null)
    {
        services.AddSingleton(store);
        services.AddSingleton(new ResponseCache(store, stampInterval ?? TimeSpan.FromSeconds(1)));
        services.AddRouting();
    }

    public static void Configure(IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = PagePolicy;
            // HEAD is answered as GET (the routes take both) with the body left out, on any host.
            if (HttpMethods.IsHead(context.Request.Method)) context.Response.Body = Stream.Null;
            await next(context);
        });
        WebErrors.Use(app);
        var cache = app.ApplicationServices.GetRequiredService<ResponseCache>();
        app.Use(cache.Handle);
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            ApiEndpoints.Map(endpoints);
            PageEndpoints.Map(endpoints);
        });
    }
}
