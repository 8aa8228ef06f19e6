using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tickmark.Output;

namespace Tickmark.Tests.Output;

/// <summary>Exported numbers read back exactly in any culture, with one spelling per value; CSV fields read back as written.</summary>
public class InvariantNumberProperties
{
    private static Arbitrary<decimal> Values() =>
        (from units in Gen.Choose(-2_000_000_000, 2_000_000_000)
         from scale in Gen.Choose(0, 10)
         from trailing in Gen.Choose(0, 4)
         select new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale) * 1.0000m * (trailing == 0 ? 1m : 1.0m)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property AValueReadsBackAsItselfWithNoTrailingZeros() =>
        Prop.ForAll(Values(), v =>
        {
            var s = InvariantNumber.Format(v);
            return (decimal.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) == v
                    && !(s.Contains('.') && s.EndsWith('0')) && !s.EndsWith('.') && !s.Contains(',') && !s.Contains('E') && s != "-0")
                .Label($"{v} written {s}");
        });

    [Property(MaxTest = 200)]
    public Property EqualValuesAreWrittenAlike() =>
        Prop.ForAll(Values(), v => InvariantNumber.Format(v) == InvariantNumber.Format(v * 1.000m) && InvariantNumber.Format(v) == InvariantNumber.Format(v / 1.00m));

    [Fact]
    public void TheMachinesCultureChangesNothing()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("-1234.5", InvariantNumber.Format(-1234.50m));
            Assert.Equal("1280000", InvariantNumber.Format(1280000.00m));
        }
        finally { CultureInfo.CurrentCulture = before; }
    }

    [Property(MaxTest = 300)]
    public Property AQuotedFieldReadsBackAsWritten() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements('a', 'b', ',', '"', '\n', '\r', ' ', '1')).Select(c => new string(c)).ToArbitrary(), s =>
            ReadField(CsvField.Quote(s)) == s);

    /// <summary>One RFC 4180 field, read as a CSV reader would.</summary>
    private static string ReadField(string field) =>
        field.StartsWith('"') && field.EndsWith('"') && field.Length >= 2 ? field[1..^1].Replace("\"\"", "\"")
        : field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : throw new FormatException($"unquoted field with a separator: {field}");
}
