using System.Globalization;
using Tickmark.Series;

namespace Tickmark.Web.Api;

/// <summary>
/// Reads the values of a request: ids and indexes are whole numbers, a series kind is one of three
/// words. A value that does not read gives the message the client gets with a 400.
/// </summary>
public static class RequestValues
{
    public const int MaxTextLength = 200;

    public static bool TryId(string text, out long id, out string error)
    {
        error = "";
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id)) return true;
        error = $"a release id is a whole number, as /api/companies/{{key}}/releases lists them; '{Clip(text)}' is not";
        return false;
    }

    public static bool TryIndex(string text, out int index, out string error)
    {
        error = "";
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index)) return true;
        error = $"a fact index is a whole number from 0; '{Clip(text)}' is not";
        return false;
    }

    /// <summary>quarterly (the default when none is given), annual or ytd.</summary>
    public static bool TryKind(string? text, out SeriesKind kind, out string error)
    {
        error = "";
        kind = SeriesKind.Quarterly;
        switch (text?.ToLowerInvariant())
        {
            case null or "" or "quarterly": return true;
            case "annual": kind = SeriesKind.Annual; return true;
            case "ytd": kind = SeriesKind.YearToDate; return true;
            default:
                error = $"kind is quarterly, annual or ytd; '{Clip(text)}' is not";
                return false;
        }
    }

    /// <summary>gaap (the default when none is given) or non-gaap.</summary>
    public static bool TryBasis(string? text, out Tickmark.Facts.FactBasis basis, out string error)
    {
        error = "";
        basis = text == "non-gaap" ? Tickmark.Facts.FactBasis.NonGaap : Tickmark.Facts.FactBasis.Gaap;
        if (text is null or "" or "gaap" or "non-gaap") return true;
        error = $"basis '{Clip(text)}' is not gaap or non-gaap";
        return false;
    }

    /// <summary>csv, json or parquet (json when none is given).</summary>
    public static bool TryFormat(string? text, out string format, out string error)
    {
        error = "";
        format = string.IsNullOrEmpty(text) ? "json" : text.ToLowerInvariant();
        if (format is "json" or "csv" or "parquet") return true;
        error = $"format is json, csv or parquet; '{Clip(text)}' is not";
        return false;
    }

    /// <summary>An API list's window: offset from 0 (default 0), limit 1 to 1000 (default: all).</summary>
    public static bool TryWindow(int? offset, int? limit, out string error)
    {
        error = offset < 0 ? "offset is a whole number from 0" : limit is < 1 or > 1000 ? "limit is a whole number from 1 to 1000" : "";
        return error == "";
    }

    /// <summary>A company or line item name: not empty, not absurdly long.</summary>
    public static bool TryName(string text, string what, out string error)
    {
        error = string.IsNullOrWhiteSpace(text) ? $"{what} is empty"
            : text.Length > MaxTextLength ? $"{what} is longer than {MaxTextLength} characters" : "";
        return error == "";
    }

    /// <summary>A value as quoted back in a message: at most 40 characters.</summary>
    /// <summary>An <c>asOf</c> day, yyyy-MM-dd; none given is today (UTC).</summary>
    public static bool TryDay(string? text, out DateOnly day, out string error)
    {
        error = "";
        if (text is null) { day = DateOnly.FromDateTime(DateTime.UtcNow); return true; }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out day)) return true;
        error = $"asOf '{Clip(text)}' is not a date; expected yyyy-MM-dd";
        return false;
    }

    public static string Clip(string? text) => text is null ? "" : text.Length <= 40 ? text : text[..40] + "...";
}
