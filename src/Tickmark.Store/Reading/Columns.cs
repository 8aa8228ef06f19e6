using System.Data.Common;
using System.Globalization;
using Tickmark.Periods;

namespace Tickmark.Store.Reading;

/// <summary>Reads columns the same way from SQLite (64-bit integers, decimals as text) and PostgreSQL (32-bit integers, numeric).</summary>
internal static class Columns
{
    public static long Long(this DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
    public static int Int(this DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
    public static int? IntOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.Int(i);
    public static long? LongOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.Long(i);
    public static string Str(this DbDataReader r, int i) => r.GetString(i);
    public static string? StrOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    /// <summary>The value without trailing zeros: SQLite keeps decimals as text in its own format ("18484000.0"), PostgreSQL keeps the scale written.</summary>
    public static decimal Decimal(this DbDataReader r, int i) => Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture) / 1.000000000000000000000000000000000m;
    public static DateOnly? DateOrNull(this DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The period stored as start/end columns: a duration, an instant (end only), or none.</summary>
    public static Period? PeriodAt(this DbDataReader r, int start, int end) => (r.DateOrNull(start), r.DateOrNull(end)) switch
    {
        ({ } s, { } e) => new Duration(s, e),
        (null, { } e) => new Instant(e),
        _ => null,
    };
}
