using System.Globalization;
using System.Text;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// What a careful transcriber ignores in printed text: how labels are compared (spacing, full- and half-width forms,
/// numbering punctuation, quotes), and how a cell's text is read as a number.
/// </summary>
internal static class PrintedText
{
    /// <summary>
    /// A label as compared: full-width ASCII forms as half-width, no whitespace (line breaks, spaces, no-break and
    /// ideographic spaces, zero-width characters), no quotes, <c>、</c> as <c>.</c>, no trailing <c>。.:;</c>, and <c>其它</c>
    /// as <c>其他</c> (the two are written for each other: <c>3.其它</c>, <c>法人或其它组织</c>).
    /// </summary>
    public static string Label(string text)
    {
        if (IsLabel(text))
        {
            // Most cells (numbers, labels as the template prints them) are labels as they stand: no copy is made.
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (char raw in text)
        {
            char c = HalfWidth(raw);
            if (IsIgnored(c))
            {
                continue;
            }

            if (c == '、' || (c == '。' && sb.Length > 0 && char.IsAsciiDigit(sb[^1])))
            {
                c = '.';
            }
            else if (c == '它' && sb.Length > 0 && sb[^1] == '其')
            {
                c = '他';
            }

            sb.Append(c);
        }

        int end = sb.Length;
        while (end > 0 && IsTrailing(sb[end - 1]))
        {
            end--;
        }

        return sb.ToString(0, end);
    }

    /// <summary>The length of <see cref="Label"/>(<paramref name="text"/>), counted without making the label.</summary>
    public static int LabelLength(string text)
    {
        int kept = 0, trailing = 0;
        foreach (char raw in text)
        {
            char c = HalfWidth(raw);
            if (IsIgnored(c))
            {
                continue;
            }

            kept++;
            trailing = c == '、' || IsTrailing(c) ? trailing + 1 : 0;
        }

        return kept - trailing;
    }

    /// <summary>Whether <see cref="Label"/> leaves a text as it is: no character it maps or drops, nothing trailing it trims.</summary>
    private static bool IsLabel(string text)
    {
        foreach (char c in text)
        {
            if (c is (>= '\uFF01' and <= '\uFF5E') or '、' or '。' or '它' || IsIgnored(c))
            {
                return false;
            }
        }

        return text.Length == 0 || !IsTrailing(text[^1]);
    }

    /// <summary>A character a label leaves out: whitespace, zero-width characters and quotes.</summary>
    private static bool IsIgnored(char c) =>
        char.IsWhiteSpace(c) || IsZeroWidth(c) || c is '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」';

    /// <summary>A full-width ASCII form (<c>１</c>, <c>（</c>) as its half-width character; any other as it is.</summary>
    private static char HalfWidth(char raw) => raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;

    /// <summary>
    /// The invisible characters pages and Word leave in text: zero-width space, (non-)joiner, word joiner, byte-order mark,
    /// and the soft hyphen (&amp;shy;), which shows only where a line breaks, never inside a number or a short label.
    /// </summary>
    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' or '\u2060';

    /// <summary>
    /// A character a label does not end with: closing punctuation, and a footnote mark raised after it (a superscript
    /// digit, as the readers give <c>&lt;sup&gt;1&lt;/sup&gt;</c>: <c>（七）总计¹</c> is （七）总计).
    /// </summary>
    private static bool IsTrailing(char c) => c is '。' or '.' or ':' or ';' or '，' or ',' || SuperscriptDigits.Contains(c, StringComparison.Ordinal);

    /// <summary>The superscript digits 0 to 9 (not a range of code points: ¹²³ stand apart from the rest).</summary>
    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>
    /// The label without its leading numbering (<c>(三)</c>, <c>(1)</c>, <c>1.</c>, <c>三.</c>, <c>1)</c>, <c>①</c> to <c>⑳</c>).
    /// </summary>
    public static string WithoutNumbering(string label)
    {
        int i = 0;
        if (i < label.Length && label[i] == '(')
        {
            int close = label.IndexOf(')', StringComparison.Ordinal);
            return close > 0 && close <= 4 ? label[(close + 1)..] : label;
        }

        if (label.Length > 1 && label[0] is >= '\u2460' and <= '\u2473')
        {
            return label[1..];
        }

        while (i < label.Length && (char.IsAsciiDigit(label[i]) || "一二三四五六七八九十".Contains(label[i], StringComparison.Ordinal)))
        {
            i++;
        }

        return i > 0 && i + 1 < label.Length && label[i] is '.' or ')' ? label[(i + 1)..] : label;
    }

    /// <summary>
    /// The label numbered as the template numbers sub-rows (<c>1.</c>) where it is numbered with a number otherwise
    /// (<c>(1)</c>, <c>1)</c>, <c>①</c> to <c>⑳</c>); null where it is not.
    /// </summary>
    public static string? WithPointNumbering(string label)
    {
        if (label.Length > 1 && label[0] is >= '\u2460' and <= '\u2473')
        {
            return string.Concat((label[0] - '\u2460' + 1).ToString(CultureInfo.InvariantCulture), ".", label.AsSpan(1));
        }

        int start = label.StartsWith('(') ? 1 : 0;
        int end = start;
        while (end < label.Length && char.IsAsciiDigit(label[end]))
        {
            end++;
        }

        return end > start && end + 1 < label.Length && label[end] == ')'
            ? string.Concat(label.AsSpan(start, end - start), ".", label.AsSpan(end + 1))
            : null;
    }

    /// <summary>What a cell printed, read as a value.</summary>
    public enum CellKind
    {
        /// <summary>Nothing printed.</summary>
        Empty,

        /// <summary>A number.</summary>
        Number,

        /// <summary>A number with a unit.</summary>
        NumberWithUnit,

        /// <summary>A dash, slash or 无.</summary>
        Dash,

        /// <summary>Anything else.</summary>
        NotNumber,
    }

    /// <summary>The units a count may be printed with, longest first where one ends another (<c>人次</c> before <c>次</c>).</summary>
    private static readonly string[] CountUnits = ["人次", "件", "个", "项", "次", "条", "宗", "人"];

    /// <summary>
    /// Whether a label as compared (half-width brackets and colon) is a unit alone, as printed over the template's tables:
    /// <c>单位:件</c>, <c>(单位:万元)</c>; the units a count or an amount is read with.
    /// </summary>
    public static bool IsUnitLabel(string label)
    {
        ReadOnlySpan<char> s = label;
        if (s.Length >= 2 && s[0] == '(' && s[^1] == ')')
        {
            s = s[1..^1];
        }

        if (!s.StartsWith("单位", StringComparison.Ordinal))
        {
            return false;
        }

        s = s[2..].TrimStart(':');
        if (s.SequenceEqual(Yuan) || s.SequenceEqual(TenThousandYuan))
        {
            return true;
        }

        foreach (string unit in CountUnits)
        {
            if (s.SequenceEqual(unit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a cell: a count (a whole number that fits an <see cref="int"/>) or an amount (a non-negative decimal in 万元).</summary>
    public static (CellKind Kind, decimal? Value) Cell(string text, bool isAmount)
    {
        if (text.Length is > 0 and <= 9 && text.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
        {
            // The usual cell: a few ASCII digits.
            return (CellKind.Number, int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        string s = Compact(text);
        if (s.Length == 0)
        {
            return (CellKind.Empty, null);
        }

        if (s is "无" or "/" or "\\" || s.All(c => c is '-' or '—' or '–' or '－' or '―' or '─' or '/'))
        {
            return (CellKind.Dash, null);
        }

        if (DigitsApart(text))
        {
            return (CellKind.NotNumber, null);
        }

        string number = s;
        decimal scale = 1;
        // The fee amounts are in 万元; one printed in 元 is converted (exactly: a decimal shifts its point).
        if (isAmount && s.EndsWith(TenThousandYuan, StringComparison.Ordinal))
        {
            number = s[..^TenThousandYuan.Length];
        }
        else if (isAmount && s.EndsWith(Yuan, StringComparison.Ordinal))
        {
            number = s[..^Yuan.Length];
            scale = 0.0001m;
        }
        else if (!isAmount && CountUnits.FirstOrDefault(u => s.EndsWith(u, StringComparison.Ordinal)) is { } unit)
        {
            number = s[..^unit.Length];
        }

        if (!TryNumber(number, out decimal value) || (!isAmount && (value != decimal.Truncate(value) || value > int.MaxValue || number.Contains('.', StringComparison.Ordinal))))
        {
            return (CellKind.NotNumber, null);
        }

        if (scale != 1)
        {
            decimal scaled = value * scale;
            if (scaled / scale != value)
            {
                return (CellKind.NotNumber, null);
            }

            value = scaled;
        }

        return (number.Length == s.Length ? CellKind.Number : CellKind.NumberWithUnit, value);
    }

    /// <summary>The minus signs a signed count (本年增/减) may start with, in any width: <c>-</c>, <c>－</c>, <c>−</c>, <c>﹣</c>.</summary>
    private const string MinusSigns = "-\uFF0D\u2212\uFE63";

    /// <summary>The plus signs a signed count may start with: <c>+</c>, <c>＋</c>.</summary>
    private const string PlusSigns = "+\uFF0B";

    /// <summary>
    /// Reads a signed count (the 2019 edition's 本年增/减): a count as <see cref="Cell"/> reads it, after an optional leading
    /// minus sign in any width (<c>-18</c>, <c>－18</c>, <c>−18</c>) or plus sign. A lone dash is a dash (blank); words
    /// (<c>减少18</c>) and any other sign (an em dash before digits, <c>—18</c>) are not numbers: nothing is guessed.
    /// </summary>
    public static (CellKind Kind, decimal? Value) SignedCell(string text)
    {
        int first = 0;
        while (first < text.Length && (char.IsWhiteSpace(text[first]) || IsZeroWidth(text[first])))
        {
            first++;
        }

        bool minus = first < text.Length && MinusSigns.Contains(text[first], StringComparison.Ordinal);
        bool plus = first < text.Length && PlusSigns.Contains(text[first], StringComparison.Ordinal);
        if (!minus && !plus)
        {
            return Cell(text, isAmount: false);
        }

        (CellKind kind, decimal? value) = Cell(text[(first + 1)..], isAmount: false);
        return kind switch
        {
            CellKind.Number or CellKind.NumberWithUnit => (kind, minus ? -value!.Value : value),

            // A sign alone, or a sign before a dash (--), is a dash, as Cell reads one; a sign before anything else is text.
            CellKind.Empty or CellKind.Dash when minus => (CellKind.Dash, null),
            _ => (CellKind.NotNumber, null),
        };
    }

    /// <summary>
    /// Reads the 2019 edition's procurement amount (采购总金额), kept in the unit printed with it: a non-negative decimal
    /// followed by <c>元</c> or <c>万元</c> (<c>251000元</c>, <c>1835.25万元</c>) is that amount in that unit, unconverted; a
    /// bare number has no unit (<see langword="null"/>, never guessed); a unit alone is a blank amount in that unit.
    /// </summary>
    public static (CellKind Kind, decimal? Value, MoneyUnit? Unit) AmountWithUnit(string text)
    {
        if (DigitsApart(text))
        {
            return (CellKind.NotNumber, null, null);
        }

        string s = Compact(text);
        MoneyUnit? unit = null;
        foreach (MoneyUnit u in Units)
        {
            string printed = PrintedDocument.FormatUnit(u);
            if (s.EndsWith(printed, StringComparison.Ordinal) && (unit is null || printed.Length > PrintedDocument.FormatUnit(unit.Value).Length))
            {
                unit = u;
            }
        }

        if (unit is null)
        {
            // Without 元 or 万元 at its end, an amount is a bare number (or a dash, a blank, text): no unit.
            (CellKind kind, decimal? value) = Cell(s, isAmount: true);
            return (kind, value, null);
        }

        string number = s[..^PrintedDocument.FormatUnit(unit.Value).Length];
        if (number.Length == 0)
        {
            return (CellKind.Empty, null, unit);
        }

        (CellKind numberKind, decimal? amount) = Cell(number, isAmount: true);
        return numberKind switch
        {
            CellKind.Number => (CellKind.Number, amount, unit),
            CellKind.Dash => (CellKind.Dash, null, unit),
            _ => (CellKind.NotNumber, null, null),
        };
    }

    /// <summary>
    /// The unit a column header prints after its label, as compared (<c>采购总金额(万元)</c>, <c>采购总金额(单位:元)</c>): the
    /// label without it and the unit; or the label itself and <see langword="null"/>.
    /// </summary>
    public static (string Label, MoneyUnit? Unit) HeaderUnit(string label)
    {
        foreach (MoneyUnit u in Units)
        {
            string printed = PrintedDocument.FormatUnit(u);
            foreach (string suffix in new[] { "(" + printed + ")", "(单位:" + printed + ")" })
            {
                if (label.Length > suffix.Length && label.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return (label[..^suffix.Length], u);
                }
            }
        }

        return (label, null);
    }

    /// <summary>
    /// The unit a header cell prints alone, as compared (<c>(单位:元)</c>, <c>单位:万元</c>, <c>(元)</c>, <c>元</c>: a
    /// header's unit wrapped onto a row of its own), or null.
    /// </summary>
    public static MoneyUnit? UnitOnly(string label)
    {
        ReadOnlySpan<char> s = label.Length > 2 && label[0] == '(' && label[^1] == ')' ? label.AsSpan(1, label.Length - 2) : label;
        if (s.StartsWith("单位:", StringComparison.Ordinal))
        {
            s = s[3..];
        }

        foreach (MoneyUnit u in Units)
        {
            if (s.SequenceEqual(PrintedDocument.FormatUnit(u)))
            {
                return u;
            }
        }

        return null;
    }

    private static readonly MoneyUnit[] Units = Enum.GetValues<MoneyUnit>();

    private static readonly string Yuan = PrintedDocument.FormatUnit(MoneyUnit.Yuan);

    private static readonly string TenThousandYuan = PrintedDocument.FormatUnit(MoneyUnit.TenThousandYuan);

    /// <summary>
    /// Digits with optional thousands separators every three digits and an optional fraction; no sign; only what a
    /// <see cref="decimal"/> holds exactly.
    /// </summary>
    private static bool TryNumber(string s, out decimal value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 40 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        int point = s.IndexOf('.', StringComparison.Ordinal);
        string whole = point < 0 ? s : s[..point];
        string fraction = point < 0 ? string.Empty : s[(point + 1)..];
        if (!fraction.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (whole.Contains(',', StringComparison.Ordinal))
        {
            string[] groups = whole.Split(',');
            if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
            {
                return false;
            }

            whole = string.Concat(groups);
        }

        // decimal.TryParse rounds what a decimal cannot hold (0.00000000000000000000000000001 gives 0): refused, not altered.
        string digits = point < 0 ? whole : whole + "." + fraction;
        return whole.All(char.IsAsciiDigit)
            && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && Json.ExactDecimal.Holds(digits, value);
    }

    /// <summary>
    /// A date as printed (<c>2023年1月15日</c>, <c>二〇二三年一月十五日</c> with its zero typed as <c>〇</c>, <c>○</c>, <c>O</c> or
    /// <c>零</c>, <c>二〇二三年元月十五日</c>, <c>2023-01-15</c>, <c>2023.1.15</c>, <c>2023/1/15 10:20</c>), or null.
    /// <paramref name="wholeText"/>: the text is the date and nothing else (a closing line), its parts separated by
    /// 年月日 or by one of <c>-</c>, <c>/</c>, <c>.</c> throughout, perhaps after the label <c>日期：</c>, <c>发布日期：</c> or
    /// <c>成文日期：</c>.
    /// </summary>
    public static DateOnly? Date(string text, bool wholeText)
    {
        string s = Label(text);
        if (wholeText && DateLabel(s) is { } label)
        {
            s = s[label.Length..];
        }

        s = ChineseDigits(s.Replace("年元月", "年一月", StringComparison.Ordinal));
        System.Text.RegularExpressions.Match m = wholeText
            ? System.Text.RegularExpressions.Regex.Match(s, @"^(\d{4})(?:年(\d{1,2})月(\d{1,2})日|([-/.])(\d{1,2})\4(\d{1,2}))$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
            : System.Text.RegularExpressions.Regex.Match(s, @"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!m.Success)
        {
            return null;
        }

        // A closing line with separators has its month and day in groups 5 and 6 (4 is the separator, the same both times).
        bool separated = m.Groups.Count > 5 && m.Groups[5].Success;
        int year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(m.Groups[separated ? 5 : 2].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups[separated ? 6 : 3].Value, CultureInfo.InvariantCulture);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>
    /// Whether a closing line's date is labelled (<c>日期：</c>, <c>发布日期：</c>, <c>成文日期：</c>): a page's footer may print
    /// one after the report's own.
    /// </summary>
    public static bool IsLabelledDate(string text) => DateLabel(Label(text)) is not null;

    /// <summary>The label a closing date may print before it, as compared (<see cref="Label"/>), or null.</summary>
    private static string? DateLabel(string label) => Array.Find(DateLabels, l => label.StartsWith(l, StringComparison.Ordinal));

    private static readonly string[] DateLabels = ["日期:", "发布日期:", "成文日期:"];

    /// <summary>
    /// Chinese numerals of a date as digits: 〇 to 九 digit by digit, 十 as in 十五, 二十, 三十一. The zero is often typed as
    /// 零, as the circle ○ or as the letter O (<c>二○二三年</c>, <c>二OO二年</c>): those are 〇 where a numeral stands beside
    /// them (a letter O elsewhere is a letter).
    /// </summary>
    private static string ChineseDigits(string s)
    {
        const string Digits = "〇一二三四五六七八九";
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i] == '零' || (IsTypedZero(s[i]) && NumeralBeside(s, i)) ? '〇' : s[i];
            int d = Digits.IndexOf(c, StringComparison.Ordinal);
            if (c == '十')
            {
                bool before = sb.Length > 0 && char.IsAsciiDigit(sb[^1]) && i > 0 && Digits.Contains(s[i - 1], StringComparison.Ordinal);
                bool after = i + 1 < s.Length && Digits.Contains(s[i + 1], StringComparison.Ordinal);
                if (!before)
                {
                    sb.Append('1');
                }

                if (!after)
                {
                    sb.Append('0');
                }
            }
            else
            {
                sb.Append(d >= 0 ? (char)('0' + d) : c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The characters typed for the numeral zero in dates: the circles ○ and ◯ and the letter O (after <see cref="Label"/>, half width).</summary>
    private static bool IsTypedZero(char c) => c is '○' or '◯' or 'O' or 'o';

    /// <summary>Whether a numeral (一 to 九, 〇, 零, or another typed zero in the same run) stands next to position <paramref name="i"/>.</summary>
    private static bool NumeralBeside(string s, int i)
    {
        for (int j = i - 1; j >= 0 && IsDateNumeral(s[j]); j--)
        {
            if (!IsTypedZero(s[j]))
            {
                return true;
            }
        }

        for (int j = i + 1; j < s.Length && IsDateNumeral(s[j]); j++)
        {
            if (!IsTypedZero(s[j]))
            {
                return true;
            }
        }

        return false;

        static bool IsDateNumeral(char c) => IsTypedZero(c) || "〇零一二三四五六七八九".Contains(c, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether white space stands between two parts of a number (<c>1 2</c>, <c>2　16</c>, <c>1 234</c>, <c>3 .5</c>): which
    /// number was meant (12, or 1 and 2 in cells that lost their border) is not for the reader to guess, so such a cell is
    /// no number. White space around the number or before its unit (<c> 7 件</c>) is not between its parts; the invisible
    /// zero-width characters are not white space (a person sees <c>12</c>).
    /// </summary>
    private static bool DigitsApart(string text)
    {
        bool afterPart = false;
        bool space = false;
        foreach (char raw in text)
        {
            char c = HalfWidth(raw);
            if (char.IsWhiteSpace(c))
            {
                space = afterPart;
            }
            else if (!IsZeroWidth(c))
            {
                bool part = char.IsAsciiDigit(c) || c is '.' or ',';
                if (part && space)
                {
                    return true;
                }

                afterPart = part;
                space = false;
            }
        }

        return false;
    }

    /// <summary>A cell's text without white space or zero-width characters, full-width ASCII made half-width.</summary>
    private static string Compact(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char raw in text)
        {
            char c = HalfWidth(raw);
            if (!char.IsWhiteSpace(c) && !IsZeroWidth(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
