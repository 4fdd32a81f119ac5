using System.Data;
using System.Globalization;
using Dapper;

namespace PerfAnalytics.Data;

/// <summary>
/// SQLite has no decimal type: a DECIMAL(18,6) column hands back INTEGER for 21 and REAL for 988.71, and Dapper
/// would fail on the second type it meets in one column. This reads any of them into System.Decimal (6 places,
/// as on SQL Server), so the read models keep money as decimal on both engines.
/// </summary>
internal sealed class DecimalTypeHandler : SqlMapper.TypeHandler<decimal>
{
    public static void Register() => SqlMapper.AddTypeHandler(new DecimalTypeHandler());

    public override decimal Parse(object value) => value switch
    {
        decimal d => d,
        double d => Math.Round(Convert.ToDecimal(d, CultureInfo.InvariantCulture), 6),
        long l => l,
        string s => decimal.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
    };

    public override void SetValue(IDbDataParameter parameter, decimal value)
    {
        parameter.DbType = DbType.Decimal;
        parameter.Value = value;
    }
}
