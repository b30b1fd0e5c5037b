namespace GovInfoDisclosure.Core.Narratives;

/// <summary>
/// Reads the numbers written in report narratives: ASCII digits, full-width digits (０-９) and Chinese
/// numerals (零〇一二两三四五六七八九十百千万). The reading is strict: a form that a reader could take
/// two ways is refused rather than guessed.
/// </summary>
internal static class ChineseNumber
{
    private const int NoUnit = 100_000;

    /// <summary>The Chinese numeral characters: digits (<see cref="DigitValue"/>), units (<see cref="UnitValue"/>) and 万.</summary>
    private const string Numerals = "零〇一二两三四五六七八九十百千万";

    /// <summary>
    /// A perfect hash of <see cref="Numerals"/> (checked when the table is built): each numeral is at the slot that
    /// <see cref="NumeralSlot"/> gives it, and every other slot holds a numeral that does not hash there, so that a
    /// character is a numeral exactly when its slot holds it.
    /// </summary>
    private static readonly char[] NumeralTable = BuildNumeralTable();

    /// <summary>Whether <paramref name="c"/> is an ASCII or full-width decimal digit.</summary>
    internal static bool IsDigit(char c) => (uint)(c - '0') <= 9 || (uint)(c - '０') <= 9;

    /// <summary>Whether <paramref name="c"/> is a Chinese numeral character (a digit or a unit).</summary>
    /// <remarks>One look-up in <see cref="NumeralTable"/>: the extractor asks this of most characters it reads.</remarks>
    internal static bool IsNumeral(char c) => NumeralTable[NumeralSlot(c)] == c;

    /// <summary>Whether <paramref name="c"/> starts or continues a written number of any kind.</summary>
    internal static bool IsNumberChar(char c) => (uint)(c - '0') <= 9 || (c >= '〇' && (IsNumeral(c) || (uint)(c - '０') <= 9));

    /// <summary>
    /// Reads <paramref name="text"/> as one number: all digits (ASCII or full-width, no sign, no separator,
    /// no leading zero) or all Chinese numerals. Mixed forms (<c>1万</c>), decimals, digit strings beyond the
    /// range of <see cref="long"/>, and ambiguous Chinese forms are refused.
    /// </summary>
    /// <param name="text">The characters of the number and nothing else.</param>
    /// <param name="value">The value read, or 0 when refused.</param>
    /// <returns>Whether the text is one number that reads unambiguously.</returns>
    internal static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        return IsDigit(text[0]) ? TryParseDigits(text, out value) : TryParseChinese(text, out value);
    }

    /// <summary>Reads a run of ASCII or full-width digits; refuses leading zeros and overflow.</summary>
    internal static bool TryParseDigits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || (text.Length > 1 && DigitOf(text[0]) == 0))
        {
            return false;
        }

        long result = 0;
        foreach (char c in text)
        {
            if (!IsDigit(c))
            {
                return false;
            }

            int digit = DigitOf(c);
            if (result > (long.MaxValue - digit) / 10)
            {
                return false;
            }

            result = (result * 10) + digit;
        }

        value = result;
        return true;
    }

    /// <summary>
    /// Reads Chinese numerals written the standard way: <c>零</c>=0, <c>两</c>=2, <c>十二</c>=12,
    /// <c>二十</c>=20, <c>一百零五</c>=105, <c>三万五千</c>=35000. Refuses what is ambiguous or
    /// malformed: abbreviated forms (<c>一百五</c>, <c>三万五</c>), digit-by-digit forms (<c>二〇二二</c>),
    /// runs of digits (<c>三四</c>), a trailing <c>两</c> (<c>十两</c>), <c>万</c> repeated, and 亿 or larger.
    /// </summary>
    internal static bool TryParseChinese(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        int wan = text.IndexOf('万');
        if (wan < 0)
        {
            if (!TryParseSection(text, out int section))
            {
                return false;
            }

            value = section;
            return true;
        }

        if (wan == 0 || text[(wan + 1)..].IndexOf('万') >= 0)
        {
            return false;
        }

        if (!TryParseSection(text[..wan], out int high) || high == 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[(wan + 1)..];
        int low = 0;
        if (!rest.IsEmpty)
        {
            bool zeroLed = rest[0] is '零' or '〇';
            ReadOnlySpan<char> lowText = zeroLed ? rest[1..] : rest;
            if (!TryParseSection(lowText, out low) || low == 0)
            {
                return false;
            }

            // 一万二千 (no 零, thousands present) or 一万零五 (零, below a thousand); 三万五 or 一万零二千 are refused.
            if (zeroLed ? low >= 1000 : low < 1000)
            {
                return false;
            }
        }

        value = ((long)high * 10_000) + low;
        return true;
    }

    /// <summary>Reads one section below 万 (0..9999).</summary>
    private static bool TryParseSection(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        if (text.Length == 1)
        {
            int single = DigitValue(text[0]);
            if (single >= 0)
            {
                value = single;
                return true;
            }

            if (text[0] == '十')
            {
                value = 10;
                return true;
            }

            return false;
        }

        int total = 0;
        int lastUnit = NoUnit;
        int pending = -1;
        bool pendingIsLiang = false;
        bool zeroSeen = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '零' or '〇')
            {
                if (i == 0 || pending >= 0 || zeroSeen)
                {
                    return false;
                }

                zeroSeen = true;
                continue;
            }

            int digit = DigitValue(c);
            if (digit >= 0)
            {
                if (pending >= 0)
                {
                    return false;
                }

                pending = digit;
                pendingIsLiang = c == '两';
                continue;
            }

            int unit = UnitValue(c);
            if (unit == 0 || unit >= lastUnit)
            {
                return false;
            }

            if (zeroSeen && (lastUnit == NoUnit || lastUnit / unit < 100))
            {
                return false;
            }

            if (pending < 0)
            {
                if (i != 0 || unit != 10)
                {
                    return false;
                }

                pending = 1;
            }
            else if (pendingIsLiang && unit == 10)
            {
                return false;
            }

            total += pending * unit;
            lastUnit = unit;
            pending = -1;
            pendingIsLiang = false;
            zeroSeen = false;
        }

        if (pending >= 0)
        {
            bool ones = zeroSeen ? lastUnit >= 100 : lastUnit == 10;
            if (!ones || pendingIsLiang)
            {
                return false;
            }

            total += pending;
        }
        else if (zeroSeen)
        {
            return false;
        }

        value = total;
        return true;
    }

    private static int DigitOf(char c) => c <= '9' ? c - '0' : c - '０';

    /// <summary>Fibonacci hashing into 64 slots; the 16 numerals land in distinct ones.</summary>
    private static int NumeralSlot(char c) => (int)((c * 0x9E3779B1u) >> 26);

    private static char[] BuildNumeralTable()
    {
        var table = new char[64];
        foreach (char numeral in Numerals)
        {
            int slot = NumeralSlot(numeral);
            if (table[slot] != '\0')
            {
                throw new InvalidOperationException("Two numerals hash to the same slot.");
            }

            table[slot] = numeral;
        }

        // An empty slot gets a numeral that hashes elsewhere: no character then matches it.
        for (int slot = 0; slot < table.Length; slot++)
        {
            if (table[slot] == '\0')
            {
                table[slot] = Numerals[0];
            }
        }

        return table;
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int UnitValue(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };
}
