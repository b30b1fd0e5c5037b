using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Json;

/// <summary>
/// The reader skips the exact comparison for a number that surely fits a decimal (no exponent, at most 28
/// characters). That shortcut must never accept a number the comparison would refuse.
/// </summary>
public sealed class ExactDecimalTests
{
    [Theory]
    [InlineData("1234567890123456789012345678")] // 28 digits
    [InlineData("0.123456789012345678901234567")] // 27 decimals, 29 characters: compared, and held
    [InlineData("-1.23456789012345678901234567")]
    [InlineData("0.00000000000000000000000001")] // 26 decimals
    public void An_amount_of_up_to_28_significant_digits_is_read_exactly(string amount)
    {
        string json = WithAmount(amount.TrimStart('-'));

        decimal? read = AnnualReportJson.Parse(json).ProactiveDisclosure.Fees.Amount;

        Assert.Equal(decimal.Parse(amount.TrimStart('-'), CultureInfo.InvariantCulture), read);
    }

    [Theory]
    [InlineData("1825e-2", "18.25")]
    [InlineData("1.825e1", "18.25")]
    [InlineData("0.1825E+2", "18.25")]
    [InlineData("1.8e3", "1800")]
    [InlineData("18250e-3", "18.25")]
    [InlineData("0e5", "0")]
    [InlineData("0.000E-2", "0")]
    [InlineData("0e99999999999999999999", "0")] // zero whatever its exponent
    [InlineData("0.00e-99999999999999999999", "0")]
    public void An_amount_written_with_an_exponent_is_read_exactly(string amount, string value)
    {
        string json = WithAmount(amount);

        decimal? read = AnnualReportJson.Parse(json).ProactiveDisclosure.Fees.Amount;

        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), read);
    }

    [Theory]
    [InlineData("1e-30")]
    [InlineData("1e-99999999999999999999")]
    [InlineData("1e-2147483649")]
    [InlineData("1.0000000000000000000000000000001e3")]
    [InlineData("123456789012345678901234567891e-2")]
    public void An_amount_a_decimal_would_round_is_refused(string amount)
    {
        string json = WithAmount(amount);

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Equal("$.proactiveDisclosure.fees.amount", ex.JsonPath);
        Assert.Contains("is not a decimal number this library can hold exactly", ex.Reason, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(NumberArbitraries)], MaxTest = 5000)]
    public bool What_surely_fits_is_held_exactly(string number)
    {
        bool sure = ExactDecimal.SurelyHolds(Encoding.UTF8.GetBytes(number));
        return !sure || (decimal.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value) && ExactDecimal.Holds(number, value));
    }

    /// <summary>The valid report's document with the fee amount written as <paramref name="amount"/>.</summary>
    private static string WithAmount(string amount) =>
        AnnualReportJson.ToJson(TestReports.Valid()).Replace("\"amount\": 18.25", "\"amount\": " + amount, StringComparison.Ordinal);
}

public static class NumberArbitraries
{
    /// <summary>JSON numbers of 1–34 characters: digits, maybe a sign, a point, leading or trailing zeros, an exponent.</summary>
    public static Arbitrary<string> Numbers() =>
        Arb.From(
            from integer in Gen.Elements("0123456789".ToCharArray()).ArrayOf().Where(d => d.Length is > 0 and < 30)
            from fraction in Gen.Elements("0123456789".ToCharArray()).ArrayOf().Where(d => d.Length < 30)
            from negative in Gen.Elements(false, true)
            from exponent in Gen.Frequency((4, Gen.Constant(string.Empty)), (1, Gen.Choose(-30, 30).Select(e => "e" + e.ToString(CultureInfo.InvariantCulture))))
            let digits = new string(integer).TrimStart('0')
            select (negative ? "-" : string.Empty) + (digits.Length == 0 ? "0" : digits) + (fraction.Length == 0 ? string.Empty : "." + new string(fraction)) + exponent);
}
