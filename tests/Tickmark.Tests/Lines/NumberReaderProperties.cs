using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tickmark.Lines;

namespace Tickmark.Tests.Lines;

/// <summary>Any figure printed the way releases print them reads back as the value, precision and percent it was printed from.</summary>
public class NumberReaderProperties
{
    /// <summary>A value with 0-4 decimal places and up to twelve digits before the point.</summary>
    private static Arbitrary<(decimal Value, int Places)> Figures() =>
        (from whole in Gen.Choose(0, 999_999).Zip(Gen.Choose(0, 999_999))
         from places in Gen.Choose(0, 4)
         from fraction in Gen.Choose(0, 9999)
         from negative in Gen.Elements(true, false)
         let magnitude = whole.Item1 * 1_000_000m + whole.Item2 + Math.Round(fraction / 10000m, places)
         select (negative && magnitude != 0 ? -magnitude : magnitude, places)).ToArbitrary();

    private static string Print(decimal value, int places, string style, bool percent)
    {
        var digits = Math.Abs(value).ToString("#,0." + new string('0', places), CultureInfo.InvariantCulture).TrimEnd('.');
        var signed = value < 0 ? (style == "parentheses" ? $"({digits}" + (percent ? "%)" : ")") : "-" + digits + (percent ? "%" : "")) : digits + (percent ? "%" : "");
        return style == "dollar" ? "$" + signed : signed;
    }

    [Property(MaxTest = 300)]
    public Property PrintedFiguresReadBack() =>
        Prop.ForAll(Figures(), Gen.Elements("plain", "parentheses", "dollar").ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (figure, style, percent) =>
        {
            var token = Print(figure.Value, figure.Places, style, percent);
            return (NumberReader.TryRead(token, out var value, out var fraction, out var isPercent)
                    && value == figure.Value && fraction == figure.Places && isPercent == percent)
                .Label($"{token} read as {value}, {fraction} places, percent {isPercent}");
        });

    [Property(MaxTest = 200)]
    public Property AThousandsCommaNeedsThreeDigitsAfterIt() =>
        Prop.ForAll(Gen.Choose(1, 999).ToArbitrary(), Gen.Choose(0, 99).ToArbitrary(), (head, tail) =>
            !NumberReader.TryRead($"{head},{tail}", out _, out _, out _));
}
