using System.Globalization;

namespace GovInfoDisclosure.Core.Json;

/// <summary>
/// Whether a <see cref="decimal"/> holds a JSON number exactly. <c>Utf8JsonReader.TryGetDecimal</c> rounds what does not
/// fit (<c>1e-30</c> becomes 0, a 30th significant digit is dropped); the reader refuses such a number rather than alter it.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>
    /// Whether a number written as <paramref name="utf8"/> surely fits a decimal, with no need to compare: without an
    /// exponent and in at most 28 characters it has at most 28 significant digits and at most 28 after the point.
    /// </summary>
    public static bool SurelyHolds(ReadOnlySpan<byte> utf8) => utf8.Length <= SurelyHeldLength && utf8.IndexOfAny((byte)'e', (byte)'E') < 0;

    /// <summary>Whether <paramref name="value"/>, parsed from <paramref name="raw"/>, is the number written there exactly.</summary>
    public static bool Holds(string raw, decimal value) =>
        (raw.Length <= SurelyHeldLength && raw.AsSpan().IndexOfAny('e', 'E') < 0)
        || Normalize(raw) == Normalize(value.ToString(CultureInfo.InvariantCulture));

    private const int SurelyHeldLength = 28;

    /// <summary>
    /// The significant digits and the exponent of the last one: <c>18.250</c> and <c>1825e-2</c> give ("1825", -2); zero
    /// gives ("", 0) whatever its exponent. An exponent beyond an <see cref="int"/> (no decimal has one) gives
    /// <see cref="long.MinValue"/>, which no decimal's text matches.
    /// </summary>
    private static (string Digits, long Exponent) Normalize(string number)
    {
        string text = number.TrimStart('-', '+');
        int e = text.IndexOfAny(['e', 'E']);
        string mantissa = e >= 0 ? text[..e] : text;
        int dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        string digits = (dot >= 0 ? mantissa.Remove(dot, 1) : mantissa).TrimStart('0');
        string significant = digits.TrimEnd('0');
        if (significant.Length == 0)
        {
            return (string.Empty, 0);
        }

        long exponent = (digits.Length - significant.Length) - (dot >= 0 ? mantissa.Length - dot - 1 : 0);
        if (e >= 0)
        {
            if (!int.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int written))
            {
                return (significant, long.MinValue);
            }

            exponent += written;
        }

        return (significant, exponent);
    }
}
