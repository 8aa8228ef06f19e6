using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tickmark.Cli;

/// <summary>JSON as the listings write it: camelCase, indented, no escaping of readable characters.</summary>
public static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
