using System.Text;
using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core.Series;

/// <summary>
/// How alike two texts are, from 0 (nothing in common) to 1 (the same text): the measure behind GID303 (年年雷同) and
/// the narrative part of <see cref="Comparison.ReportComparison"/>.
/// </summary>
/// <remarks>
/// <para>
/// The measure is the <b>Dice coefficient of the character bigrams</b> (2-shingles) of the two texts, counted as
/// multisets: 2·|A ∩ B| / (|A| + |B|), or their <b>containment</b> |A ∩ B| / min(|A|, |B|) where that is higher and the
/// shorter text is at least half as long as the longer (a copy with a point added or dropped is still a copy). Before the bigrams are taken, each text is normalised: whitespace, punctuation
/// and symbols are removed (a re-flowed line or a changed 、 does not count), Latin letters are lower-cased, and every
/// digit becomes <c>0</c> (so that <c>2022年</c> → <c>2023年</c>, the edit every copied report makes, costs nothing).
/// Chinese has no spaces between words, and a bigram of characters is about the size of a word, so the measure counts
/// shared words and short phrases without needing a word segmenter.
/// </para>
/// <para>
/// Measured on real texts of section 五 (<c>docs/series.md</c>, with the scores before containment was added):
/// identical text scores 1, the year changed only 1, the same points in another order 0.99, a few words changed per
/// point 0.92, a point appended 0.92 (containment 1), a point dropped 0.78 by Dice (containment about 1: flagged); one
/// of three points replaced 0.72, two of three replaced 0.42; a paragraph genuinely rewritten on the same subject 0.09
/// to 0.13, and two different bodies' texts 0.18 to 0.22. <see cref="RepeatedTextThreshold"/> (0.8) flags the copies,
/// the light edits and a copy with a point added or dropped, and leaves alone a text whose points are a third or more new.
/// </para>
/// <para>
/// Narratives are compared on their paragraphs' text only (headings such as <c>（一）</c> are the same every year and
/// say nothing). Texts shorter than <see cref="MinimumLength"/> normalised characters (<c>无。</c>, <c>暂无</c>) are not
/// judged: two one-line statements that nothing happened are alike without being copied.
/// </para>
/// </remarks>
public static class TextSimilarity
{
    /// <summary>The similarity at and above which section 五 is taken for a repeat of the previous year's (0.8).</summary>
    public const double RepeatedTextThreshold = 0.8;

    /// <summary>The fewest normalised characters a text must have to be judged by GID303 (20).</summary>
    public const int MinimumLength = 20;

    /// <summary>The similarity of two texts, from 0 to 1 (see the remarks of the class).</summary>
    /// <param name="first">One text.</param>
    /// <param name="second">The other.</param>
    /// <returns>The Dice coefficient (or containment) of their character bigrams after normalisation; 1 when both normalise to the same text.</returns>
    public static double Compare(string first, string second)
    {
        Guard.Against.Null(first, nameof(first));
        Guard.Against.Null(second, nameof(second));
        return Dice(Normalize(first), Normalize(second));
    }

    /// <summary>
    /// The similarity of two narratives' text (headings left out), or <see langword="null"/> when either is missing or
    /// shorter than <see cref="MinimumLength"/> normalised characters.
    /// </summary>
    /// <param name="first">One narrative.</param>
    /// <param name="second">The other.</param>
    /// <returns>The similarity, from 0 to 1, or <see langword="null"/>.</returns>
    public static double? Compare(Narrative? first, Narrative? second)
    {
        if (first is null || second is null)
        {
            return null;
        }

        string a = Normalize(TextOf(first));
        string b = Normalize(TextOf(second));
        return a.Length < MinimumLength || b.Length < MinimumLength ? null : Dice(a, b);
    }

    /// <summary>The text the measure compares: no whitespace, punctuation or symbols, Latin letters lower-cased, digits as 0.</summary>
    internal static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        Span<char> units = stackalloc char[2];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];

            // Han ideographs are kept as they are (they are letters, or unassigned, and have no case): the tests below,
            // and the case mapping most of all, were most of the cost of comparing Chinese text.
            if (c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF'))
            {
                sb.Append(c);
                continue;
            }

            // A character past the basic plane (a picture font's mark read as 🗸, an ideograph of extension B) is judged
            // whole, by the same tests: its two code units are neither symbol nor letter alone.
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[++i]);
                if (!(Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) || Rune.IsControl(rune) || Rune.IsSeparator(rune)))
                {
                    sb.Append(units[..(Rune.IsDigit(rune) ? new Rune('0') : Rune.ToLowerInvariant(rune)).EncodeToUtf16(units)]);
                }

                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsControl(c) || char.IsSeparator(c))
            {
                continue;
            }

            sb.Append(char.IsDigit(c) ? '0' : char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static string TextOf(Narrative narrative)
    {
        var sb = new StringBuilder();
        foreach (Paragraph p in narrative.Paragraphs)
        {
            sb.Append(p.Text).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The measure of two texts already normalised (<see cref="Normalize"/>).</summary>
    internal static double Dice(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1.0;
        }

        if (a.Length < 2 || b.Length < 2)
        {
            return 0.0;
        }

        var counts = new Dictionary<int, int>(a.Length);
        for (int i = 0; i + 1 < a.Length; i++)
        {
            int key = (a[i] << 16) | a[i + 1];
            counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;
        }

        int shared = 0;
        for (int i = 0; i + 1 < b.Length; i++)
        {
            int key = (b[i] << 16) | b[i + 1];
            if (counts.TryGetValue(key, out int n) && n > 0)
            {
                counts[key] = n - 1;
                shared++;
            }
        }

        int shorter = Math.Min(a.Length, b.Length) - 1, longer = Math.Max(a.Length, b.Length) - 1;
        double dice = 2.0 * shared / (shorter + longer);

        // Containment: how much of the shorter text is in the longer one. Last year's text kept whole with a new point
        // added, or with a point dropped, is still a copy; Dice alone lets it through because the lengths differ.
        // Counted only when the shorter text is at least half the longer, so a short phrase inside a long text is not a copy.
        double containment = 2 * shorter >= longer ? (double)shared / shorter : 0;
        return Math.Max(dice, containment);
    }

    /// <summary>A similarity as a whole percentage, for messages (0.934 → 93).</summary>
    internal static int Percent(double similarity) => (int)Math.Round(similarity * 100, MidpointRounding.AwayFromZero);
}
