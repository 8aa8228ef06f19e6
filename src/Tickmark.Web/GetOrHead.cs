using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Tickmark.Web;

/// <summary>
/// Every address of the app answers GET and HEAD alike: HEAD gets the same status and headers
/// (the server sends no body for it), so link checkers and caches can ask without downloading.
/// </summary>
public static class GetOrHead
{
    private static readonly string[] Methods = ["GET", "HEAD"];

    public static RouteHandlerBuilder MapGetOrHead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, Methods, handler);
}
