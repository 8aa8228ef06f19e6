using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tickmark.Store;
using Tickmark.Web.Pages;

namespace Tickmark.Web;

/// <summary>
/// Every error as a short answer the client can use: JSON <c>{ "error": "..." }</c> under <c>/api/</c>,
/// a small page elsewhere. An exception is logged on the server and answered with a generic 500;
/// its message and stack trace never reach the client.
/// </summary>
public static class WebErrors
{
    public const string Internal = "internal error; the server's log says more";
    public const string DatabaseUnavailable = "the database could not be read; the server's log says more";

    public static IResult Json(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    public static IResult Page(int status, string message) => Results.Content(ErrorPage.Render(status, message), "text/html; charset=utf-8", statusCode: status);

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static void Use(IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
            {
                var log = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Tickmark.Web");
                log.LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
                context.Response.Clear();
                var message = e is StoreException ? DatabaseUnavailable : Internal;
                await Write(context, 500, message);
            }
        });
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            var message = context.Response.StatusCode switch
            {
                404 => $"nothing at {context.Request.Path}",
                405 => $"{context.Request.Method} is not allowed here; the app is read-only",
                _ => "the request could not be answered",
            };
            await Write(context, context.Response.StatusCode, message);
        });
    }

    private static Task Write(HttpContext context, int status, string message) =>
        (IsApi(context) ? Json(status, message) : Page(status, message)).ExecuteAsync(context);
}
