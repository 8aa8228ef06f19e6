using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Tickmark.Store.Reading;

namespace Tickmark.Cli;

/// <summary>
/// <c>tickmark calendar [--upcoming|--past] [--as-of DATE] [--format text|json]</c>: the conference
/// calls the stored releases announce, across companies, upcoming (on or after the day) and past.
/// </summary>
public static class CalendarCommand
{
    public static Command Create()
    {
        var upcoming = new Option<bool>("--upcoming") { Description = "Only calls on or after the day" };
        var past = new Option<bool>("--past") { Description = "Only calls before the day" };
        var asOf = new Option<string?>("--as-of") { Description = "The day that divides upcoming from past, yyyy-MM-dd (default: today, UTC)" };
        var format = new Option<string>("--format", "-f") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var store = new StoreOptions();
        var command = new Command("calendar", "List the conference calls of the stored releases, upcoming and past") { upcoming, past, asOf, format };
        store.AddTo(command);
        command.Validators.Add(r =>
        {
            if (r.GetValue(upcoming) && r.GetValue(past)) r.AddError("--upcoming and --past do not go together");
            if (r.GetValue(asOf) is { } d && !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                r.AddError($"--as-of '{d}' is not a date; expected yyyy-MM-dd");
        });
        command.SetAction(result =>
        {
            var day = result.GetValue(asOf) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateOnly.FromDateTime(DateTime.UtcNow);
            var which = result.GetValue(upcoming) ? "upcoming" : result.GetValue(past) ? "past" : "all";
            return Run(which, day, result.GetValue(format)!, store.From(result), Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(string which, DateOnly asOf, string format, StoreChoice choice, TextWriter stdout, TextWriter stderr) =>
        StoreCommand.Run(choice, create: false, stderr, store =>
        {
            var calendar = store.Disclosures.Calendar(asOf);
            var upcoming = calendar.Upcoming.ToList();
            var past = calendar.Past.ToList();
            if (which == "upcoming") past = [];
            if (which == "past") upcoming = [];
            if (format == "json")
            {
                using var ms = new MemoryStream();
                using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = CliJson.Options.Encoder }))
                {
                    w.WriteStartObject();
                    w.WriteString("asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    WriteList(w, "upcoming", upcoming);
                    WriteList(w, "past", past);
                    w.WriteEndObject();
                }
                stdout.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
                return 0;
            }
            if (which != "past") Section(stdout, $"upcoming (on or after {asOf:yyyy-MM-dd})", upcoming);
            if (which != "upcoming") Section(stdout, $"past (before {asOf:yyyy-MM-dd})", past);
            return 0;
        });

    private static void Section(TextWriter stdout, string title, List<CalendarEntry> entries)
    {
        stdout.WriteLine($"{title}: {entries.Count}");
        if (entries.Count == 0) return;
        var rows = entries.Select(e =>
        {
            var call = CallSummary.Parse(e.Detail);
            return new[]
            {
                e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?", ((e.Time ?? "") + " " + (e.Zone ?? "")).Trim(),
                e.Release.Ticker ?? "", e.Release.CompanyName ?? "", string.Join(", ", call.Live), call.AccessCode ?? "",
                call.ReplayUntil ?? "", "#" + e.Release.Id.ToString(CultureInfo.InvariantCulture),
            };
        }).ToList();
        stdout.Write(TextTable.Render(["date", "time", "ticker", "company", "dial-in", "code", "replay until", "release"], rows));
    }

    private static void WriteList(Utf8JsonWriter w, string name, List<CalendarEntry> entries)
    {
        w.WriteStartArray(name);
        foreach (var e in entries)
        {
            w.WriteStartObject();
            w.WriteNumber("release", e.Release.Id);
            if (e.Release.Ticker is null) w.WriteNull("ticker"); else w.WriteString("ticker", e.Release.Ticker);
            if (e.Release.CompanyName is null) w.WriteNull("company"); else w.WriteString("company", e.Release.CompanyName);
            w.WritePropertyName("call");
            using (var doc = JsonDocument.Parse(e.Detail)) doc.RootElement.WriteTo(w);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
