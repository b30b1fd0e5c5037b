using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovInfoDisclosure.Documents.Word;

/// <summary>
/// Word's automatic numbering (<c>word/numbering.xml</c>): the number Word prints before a numbered paragraph
/// (<c>一、</c>, <c>（一）</c>, <c>1.</c>), which is not in the paragraph's runs. Counted in document order as Word
/// counts (ECMA-376 §17.9): one running count per abstract numbering definition, shared by the lists (<c>w:num</c>) that
/// use it; a list's <c>startOverride</c> restarts a level where that list first numbers it; a level restarts after a
/// higher level is used unless its <c>lvlRestart</c> says otherwise. The number is written as its level's format and
/// text give it (<c>%1、</c> in <c>chineseCounting</c> is <c>一、</c>); the tab Word puts after it by default is layout,
/// as indentation is, and is not written; a bullet is no text; a level text over <see cref="MaxLevelText"/> characters
/// prints no number.
/// </summary>
internal sealed class DocxNumbering
{
    private const int LevelCount = 9;

    /// <summary>How many steps a list's <c>numStyleLink</c> is followed (a loop is a broken file).</summary>
    private const int MaxSteps = 16;

    /// <summary>The longest level text a number is printed from (<c>（%1）</c>, <c>%1.%2.%3</c>); a longer one prints none.</summary>
    internal const int MaxLevelText = 32;

    private readonly string? _file;
    private readonly long _budget;
    private long _written;

    private readonly Dictionary<int, AbstractList> _abstracts = [];
    private readonly Dictionary<int, (int AbstractId, int?[] StartOverrides)> _lists = [];
    private readonly Dictionary<string, Style> _styles;
    private readonly HashSet<(int List, int Level)> _seen = [];

    private DocxNumbering(Numbering numbering, Dictionary<string, Style> styles, string? file, long budget)
    {
        _styles = styles;
        _file = file;
        _budget = budget;
        foreach (AbstractNum abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is int id && !_abstracts.ContainsKey(id))
            {
                _abstracts[id] = new AbstractList(abstractNum);
            }
        }

        foreach (NumberingInstance list in numbering.Elements<NumberingInstance>())
        {
            if (list.NumberID?.Value is int id && list.AbstractNumId?.Val?.Value is int abstractId && !_lists.ContainsKey(id))
            {
                var overrides = new int?[LevelCount];
                foreach (LevelOverride o in list.Elements<LevelOverride>())
                {
                    if (o.LevelIndex?.Value is int level and >= 0 and < LevelCount && o.StartOverrideNumberingValue?.Val?.Value is int start)
                    {
                        overrides[level] = start;
                    }
                }

                _lists[id] = (abstractId, overrides);
            }
        }
    }

    /// <summary>
    /// The document's numbering, or null where it has none. The numbers it prints count against
    /// <paramref name="budget"/> characters in all (<see cref="GovInfoDisclosure.Core.Documents.ImportOptions.MaxUncompressedBytes"/>):
    /// a small document numbering many paragraphs with long numbers is refused, not read into gigabytes.
    /// </summary>
    internal static DocxNumbering? Of(Numbering? numbering, Dictionary<string, Style> styles, string? file, long budget) =>
        numbering is null ? null : new DocxNumbering(numbering, styles, file, budget);

    /// <summary>
    /// The number Word prints before the paragraph (empty where it is not numbered), counted: call once per paragraph, in
    /// document order.
    /// </summary>
    internal string Next(Paragraph paragraph)
    {
        (int listId, int level) = NumberingOf(paragraph);
        if (listId == 0 || !_lists.TryGetValue(listId, out var list) || Resolve(list.AbstractId) is not { } abstractList)
        {
            return string.Empty;
        }

        Level format = abstractList.Levels[level];
        if (list.StartOverrides[level] is int restart && _seen.Add((listId, level)))
        {
            abstractList.Counters[level] = restart;
        }
        else
        {
            abstractList.Counters[level] = abstractList.Counters[level] is int n ? (n == int.MaxValue ? n : n + 1) : format.Start;
        }

        for (int deeper = level + 1; deeper < LevelCount; deeper++)
        {
            int restartAfter = abstractList.Levels[deeper].RestartAfter ?? deeper;
            if (restartAfter != 0 && level < restartAfter)
            {
                abstractList.Counters[deeper] = null;
            }
        }

        if (format.Format == NumberFormatValues.Bullet)
        {
            return string.Empty;
        }

        var text = new StringBuilder(format.Text.Length + 8);
        for (int i = 0; i < format.Text.Length; i++)
        {
            if (format.Text[i] == '%' && i + 1 < format.Text.Length && format.Text[i + 1] is >= '1' and <= '9')
            {
                int shown = format.Text[++i] - '1';
                Level of = abstractList.Levels[shown];
                int value = abstractList.Counters[shown] ?? of.Start;
                text.Append(Format(value, format.Legal ? NumberFormatValues.Decimal : of.Format));
            }
            else
            {
                text.Append(format.Text[i]);
            }
        }

        if (format.Suffix == LevelSuffixValues.Space)
        {
            text.Append(' ');
        }

        _written += text.Length;
        if (_written > _budget)
        {
            throw new GovInfoDisclosure.Core.Documents.DocumentReadException(
                $"The numbers Word's numbering prints come to more than {_budget:N0} characters (ImportOptions.MaxUncompressedBytes).", _file);
        }

        return text.ToString();
    }

    /// <summary>The paragraph's list and level: its own, or its style's (along the styles it is based on); list 0 is none.</summary>
    private (int List, int Level) NumberingOf(Paragraph paragraph)
    {
        NumberingProperties? own = paragraph.ParagraphProperties?.NumberingProperties;
        int? list = own?.NumberingId?.Val?.Value;
        int? level = own?.NumberingLevelReference?.Val?.Value;
        foreach (Style style in DocxStyles.Chain(_styles, paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
        {
            if (list is not null && level is not null)
            {
                break;
            }

            NumberingProperties? styled = style.StyleParagraphProperties?.NumberingProperties;
            list ??= styled?.NumberingId?.Val?.Value;
            level ??= styled?.NumberingLevelReference?.Val?.Value;
        }

        return (list ?? 0, Math.Clamp(level ?? 0, 0, LevelCount - 1));
    }

    /// <summary>The abstract list a list uses, following a <c>numStyleLink</c> to the list its numbering style names.</summary>
    private AbstractList? Resolve(int abstractId)
    {
        for (int steps = 0; steps <= MaxSteps && _abstracts.TryGetValue(abstractId, out AbstractList? list); steps++)
        {
            if (list.StyleLink is not { } styleId)
            {
                return list;
            }

            if (!_styles.TryGetValue(styleId, out Style? style)
                || style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is not int linked
                || !_lists.TryGetValue(linked, out var next))
            {
                return null;
            }

            abstractId = next.AbstractId;
        }

        return null;
    }

    /// <summary>A number in a level's format; a format this reader does not know, or a number too large for it, as decimal.</summary>
    internal static string Format(int n, NumberFormatValues format)
    {
        if (format == NumberFormatValues.None)
        {
            return string.Empty;
        }

        if (n > 0)
        {
            if ((format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand || format == NumberFormatValues.TaiwaneseCounting
                || format == NumberFormatValues.JapaneseCounting) && n < 100_000)
            {
                return ChineseCounting(n);
            }

            if (format == NumberFormatValues.ChineseLegalSimplified && n < 100_000)
            {
                return ChineseCounting(n, "零壹贰叁肆伍陆柒捌玖", "拾佰仟万");
            }

            if (format == NumberFormatValues.IdeographTraditional)
            {
                return "甲乙丙丁戊己庚辛壬癸"[(n - 1) % 10].ToString();
            }

            if (format == NumberFormatValues.IdeographZodiac)
            {
                return "子丑寅卯辰巳午未申酉戌亥"[(n - 1) % 12].ToString();
            }

            if ((format == NumberFormatValues.DecimalEnclosedCircle || format == NumberFormatValues.DecimalEnclosedCircleChinese) && n <= 20)
            {
                return ((char)('①' + n - 1)).ToString();
            }

            if ((format == NumberFormatValues.UpperRoman || format == NumberFormatValues.LowerRoman) && n < 4000)
            {
                string roman = Roman(n);
                return format == NumberFormatValues.LowerRoman ? roman.ToLowerInvariant() : roman;
            }

            if ((format == NumberFormatValues.UpperLetter || format == NumberFormatValues.LowerLetter) && n <= 26 * 20)
            {
                char letter = (char)((format == NumberFormatValues.UpperLetter ? 'A' : 'a') + ((n - 1) % 26));
                return new string(letter, ((n - 1) / 26) + 1);
            }
        }

        string digits = n.ToString(CultureInfo.InvariantCulture);
        if (format == NumberFormatValues.DecimalFullWidth || format == NumberFormatValues.DecimalFullWidth2)
        {
            return string.Concat(digits.Select(c => c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c));
        }

        if (format == NumberFormatValues.DecimalZero && n is >= 0 and < 10)
        {
            return "0" + digits;
        }

        return format == NumberFormatValues.DecimalEnclosedParen ? $"({digits})" : digits;
    }

    /// <summary>A number below 100,000 in Chinese numerals as Word counts (十, 十一, 二十, 一百零五, 一千零一十).</summary>
    private static string ChineseCounting(int n, string digits = "零一二三四五六七八九", string units = "十百千万")
    {
        var sb = new StringBuilder();
        bool zero = false;
        for (int power = 4; power >= 0; power--)
        {
            int unit = (int)Math.Pow(10, power);
            int digit = n / unit % 10;
            if (digit == 0)
            {
                zero = sb.Length > 0;
                continue;
            }

            if (zero)
            {
                sb.Append(digits[0]);
                zero = false;
            }

            // 十 alone for 10–19 at the start (十一, not 一十一); 一十 inside a number (一百一十).
            if (!(power == 1 && digit == 1 && sb.Length == 0 && units[0] == '十'))
            {
                sb.Append(digits[digit]);
            }

            if (power > 0)
            {
                sb.Append(units[power - 1]);
            }
        }

        return sb.ToString();
    }

    private static string Roman(int n)
    {
        var sb = new StringBuilder();
        foreach ((int value, string numeral) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            for (; n >= value; n -= value)
            {
                sb.Append(numeral);
            }
        }

        return sb.ToString();
    }

    /// <summary>A level of an abstract list as it prints its number.</summary>
    private sealed record Level(int Start, NumberFormatValues Format, string Text, LevelSuffixValues Suffix, bool Legal, int? RestartAfter);

    /// <summary>An abstract numbering definition: its nine levels and their running counts (null where a level is not yet used or restarted).</summary>
    private sealed class AbstractList
    {
        public AbstractList(AbstractNum definition)
        {
            StyleLink = definition.GetFirstChild<NumberingStyleLink>()?.Val?.Value;
            for (int i = 0; i < LevelCount; i++)
            {
                Levels[i] = new Level(1, NumberFormatValues.Decimal, string.Empty, LevelSuffixValues.Tab, false, null);
            }

            foreach (DocumentFormat.OpenXml.Wordprocessing.Level level in definition.Elements<DocumentFormat.OpenXml.Wordprocessing.Level>())
            {
                if (level.LevelIndex?.Value is int i and >= 0 and < LevelCount)
                {
                    Levels[i] = new Level(
                        level.StartNumberingValue?.Val?.Value ?? 0,
                        level.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal,
                        level.LevelText?.Val?.Value is { Length: <= MaxLevelText } text ? text : string.Empty,
                        level.LevelSuffix?.Val?.Value ?? LevelSuffixValues.Tab,
                        level.IsLegalNumberingStyle is { } legal && (legal.Val?.Value ?? true),
                        level.LevelRestart?.Val?.Value);
                }
            }
        }

        public Level[] Levels { get; } = new Level[LevelCount];

        public int?[] Counters { get; } = new int?[LevelCount];

        public string? StyleLink { get; }
    }
}
