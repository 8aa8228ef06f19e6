using System.Globalization;
using System.Text.Json;

namespace Tickmark.Fetch.Listing;

/// <summary>
/// EDGAR's <c>company_tickers.json</c> (<c>{"0":{"cik_str":320193,"ticker":"AAPL","title":"Apple Inc."},...}</c>)
/// as a map from ticker to CIK. Tickers match in any case, and a class letter may be written with a
/// dot or a dash ("BRK.B" is EDGAR's "BRK-B").
/// </summary>
public sealed class CompanyTickers
{
    private readonly Dictionary<string, (long Cik, string Title)> _byTicker = new(StringComparer.OrdinalIgnoreCase);

    public static CompanyTickers Read(byte[] json, string source)
    {
        var tickers = new CompanyTickers();
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new FetchException($"{source}: expected a JSON object of companies");
            foreach (var entry in doc.RootElement.EnumerateObject())
            {
                var e = entry.Value;
                if (!e.TryGetProperty("ticker", out var t) || !e.TryGetProperty("cik_str", out var c)) continue;
                if (!long.TryParse(c.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var cik)) continue;
                var title = e.TryGetProperty("title", out var n) ? n.GetString() ?? "" : "";
                tickers._byTicker.TryAdd(Normal(t.GetString() ?? ""), (cik, title));
            }
        }
        catch (JsonException e)
        {
            throw new FetchException($"{source}: not EDGAR's company tickers JSON (line {e.LineNumber + 1})");
        }
        return tickers;
    }

    public int Count => _byTicker.Count;

    public bool TryFind(string ticker, out long cik, out string title)
    {
        var found = _byTicker.TryGetValue(Normal(ticker), out var hit);
        (cik, title) = hit;
        return found;
    }

    private static string Normal(string ticker) => ticker.Trim().Replace('.', '-');
}
