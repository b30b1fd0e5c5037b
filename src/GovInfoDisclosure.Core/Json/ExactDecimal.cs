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
    public static bool SurelyHolds(ReadOnlySpan<byte> utf8) => utf8.Length <= 28 && utf8.IndexOfAny((byte)'e', (byte)'E') < 0;

    public static bool Holds(string raw, decimal value) =>
        Normalize(raw) == Normalize(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The significant digits and the exponent of the last one: <c>18.250</c> and <c>1825e-2</c> give ("1825", -2).</summary>
    private static (string Digits, long Exponent) Normalize(string number)
    {
        string text = number.TrimStart('-', '+');
        long exponent = 0;
        int e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!long.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                return (text, long.MinValue);
            }

            text = text[..e];
        }

        int dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            exponent -= text.Length - dot - 1;
            text = text.Remove(dot, 1);
        }

        text = text.TrimStart('0');
        int trailing = text.Length - text.TrimEnd('0').Length;
        text = text[..^trailing];
        exponent += trailing;
        return text.Length == 0 ? (string.Empty, 0) : (text, exponent);
    }
}
