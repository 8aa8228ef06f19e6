using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Tickmark.Text;

namespace Tickmark.Cli;

/// <summary>
/// <c>--max-size SIZE</c>: the largest input file read ("32M", "512K", "2G" or a number of bytes;
/// default 32M). A larger file is refused with one line naming it, before it is held in memory.
/// </summary>
public static partial class SizeOption
{
    public static Option<long> Create()
    {
        var option = new Option<long>("--max-size")
        {
            Description = "Largest input file read, e.g. 32M (default), 512K, 2G or a number of bytes",
            DefaultValueFactory = _ => BoundedFile.DefaultMaxBytes,
            CustomParser = result => Parse(result.Tokens.Count > 0 ? result.Tokens[0].Value : "", out var bytes) ? bytes
                : Refuse(result),
        };
        return option;
    }

    private static long Refuse(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"--max-size: '{(result.Tokens.Count > 0 ? result.Tokens[0].Value : "")}' is not a size; expected a number of bytes or one with K, M or G, e.g. 32M");
        return 0;
    }

    /// <summary>Reads "32M", "512k", "2G", "1000"; false for anything else, zero or negative.</summary>
    public static bool Parse(string text, out long bytes)
    {
        bytes = 0;
        var m = Size().Match(text.Trim());
        if (!m.Success || !long.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0) return false;
        var shift = m.Groups[2].Value.ToUpperInvariant() switch { "K" => 10, "M" => 20, "G" => 30, _ => 0 };
        if (n > long.MaxValue >> shift) return false;
        bytes = n << shift;
        return true;
    }

    [GeneratedRegex(@"^(\d{1,18})\s*([KMGkmg]?)(?:i?[Bb])?$")]
    private static partial Regex Size();
}
