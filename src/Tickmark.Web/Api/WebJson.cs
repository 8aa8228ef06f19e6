using System.Text.Json;

namespace Tickmark.Web.Api;

/// <summary>The API's JSON settings: camelCase names, indented, as the CLI's JSON is.</summary>
public static class WebJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
