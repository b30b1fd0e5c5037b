using GovInfoDisclosure.Core.Series;
using Xunit.Abstractions;

namespace GovInfoDisclosure.Core.Tests.Series;

public class TextSimilarityTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ProblemTexts.Repeats), MemberType = typeof(ProblemTexts))]
    public void Identical_or_lightly_edited_text_is_at_or_above_the_threshold(string name, string previous, string current)
    {
        double similarity = TextSimilarity.Compare(previous, current);
        output.WriteLine($"{name}: {similarity:F3}");
        Assert.True(similarity >= TextSimilarity.RepeatedTextThreshold, $"{name}: {similarity:F3}");
    }

    [Theory]
    [MemberData(nameof(ProblemTexts.Rewrites), MemberType = typeof(ProblemTexts))]
    public void Genuinely_rewritten_text_is_below_the_threshold(string name, string previous, string current)
    {
        double similarity = TextSimilarity.Compare(previous, current);
        output.WriteLine($"{name}: {similarity:F3}");
        Assert.True(similarity < TextSimilarity.RepeatedTextThreshold, $"{name}: {similarity:F3}");
    }

    [Fact]
    public void Identical_text_scores_one_and_disjoint_text_zero()
    {
        Assert.Equal(1.0, TextSimilarity.Compare(ProblemTexts.Township2022, ProblemTexts.Township2022));
        Assert.Equal(0.0, TextSimilarity.Compare("政务公开工作机制", "依申请答复质量"));
    }

    // The measure on texts small enough to count their bigrams by hand (Latin letters are kept by the normalisation).
    // n(x) is the number of bigrams of x (its length − 1); "shared" is the size of the multiset intersection;
    // Dice = 2·shared / (n(a) + n(b)); containment = shared / min(n) when 2·min(n) ≥ max(n), else not counted.
    [Theory]
    [InlineData("abcd", "abce", 2.0 / 3)] // ab bc cd · ab bc ce: shared 2, Dice 4/6, containment 2/3
    [InlineData("abc", "abcdefgh", 4.0 / 9)] // 2 bigrams inside 7: Dice 4/9; 2·2 < 7, containment not counted
    [InlineData("abc", "abcde", 1.0)] // 2 bigrams inside 4: Dice 4/6, but 2·2 ≥ 4 and containment is 2/2
    [InlineData("abcd", "abcdef", 1.0)] // 3 inside 5: containment 3/3
    [InlineData("abcx", "abcdef", 2.0 / 3)] // ab bc cx · 5 bigrams: shared 2, Dice 4/8, containment 2/3
    [InlineData("aaaa", "aa", 0.5)] // aa aa aa · aa: the multiset shares 1, Dice 2/4; 2·1 < 3
    [InlineData("aaa", "aaaa", 1.0)] // aa aa · aa aa aa: shared 2 (not 3), Dice 4/5, containment 2/2
    [InlineData("ab", "abc", 1.0)] // the shortest text measured: ab · ab bc, Dice 2/3, containment 1/1
    [InlineData("abc", "xyz", 0.0)]
    public void The_measure_is_Dice_or_containment_of_character_bigrams(string first, string second, double expected)
    {
        Assert.Equal(expected, TextSimilarity.Compare(first, second), 12);
        Assert.Equal(expected, TextSimilarity.Compare(second, first), 12);
    }

    [Theory]
    [InlineData("a", "ab")] // one character has no bigram: nothing in common
    [InlineData("a", "b")]
    [InlineData("", "abc")]
    [InlineData("", "ab")] // no bigram against one: nothing in common, not a division by zero
    public void A_text_of_fewer_than_two_characters_shares_nothing_with_another(string first, string second)
    {
        Assert.Equal(0.0, TextSimilarity.Compare(first, second));
        Assert.Equal(0.0, TextSimilarity.Compare(second, first));
    }

    [Theory]
    [InlineData("a", "a")]
    [InlineData("", "")]
    [InlineData("。", "！ ")] // both normalise to nothing
    [InlineData("A", "a")]
    public void Texts_that_normalise_to_the_same_text_score_one_however_short(string first, string second)
    {
        Assert.Equal(1.0, TextSimilarity.Compare(first, second));
    }

    [Fact]
    public void Narratives_are_judged_from_twenty_normalised_characters()
    {
        string twenty = new string('政', 10) + new string('务', 10);
        string nineteen = twenty[..19];
        Assert.Equal(20, TextSimilarity.Normalize(twenty).Length);
        Assert.NotNull(TextSimilarity.Compare(Narrative.FromText(twenty), Narrative.FromText(twenty)));
        Assert.Null(TextSimilarity.Compare(Narrative.FromText(nineteen), Narrative.FromText(twenty)));
        Assert.Null(TextSimilarity.Compare(Narrative.FromText(twenty), Narrative.FromText(nineteen)));
        Assert.Null(TextSimilarity.Compare(Narrative.FromText(twenty), null));
    }

    [Fact]
    public void The_measure_is_symmetric()
    {
        Assert.Equal(
            TextSimilarity.Compare(ProblemTexts.Township2022, ProblemTexts.Township2023Rewritten),
            TextSimilarity.Compare(ProblemTexts.Township2023Rewritten, ProblemTexts.Township2022));
    }

    [Fact]
    public void Whitespace_punctuation_and_digits_are_normalised_away()
    {
        Assert.Equal("年我镇收到申请件", TextSimilarity.Normalize("2022年，我镇 收到申请\n3件。").Replace("0", string.Empty));
        Assert.Equal(1.0, TextSimilarity.Compare("2022年我镇政务公开工作取得成效。", "２０２３年 我镇政务公开工作取得成效"));
    }

    [Fact]
    public void Han_ideographs_are_kept_as_they_are_and_everything_else_by_the_rules()
    {
        // The ranges normalisation passes through unchanged must hold nothing the rules would drop or change.
        foreach ((char from, char to) in new[] { ('\u3400', '\u4DBF'), ('\u4E00', '\u9FFF') })
        {
            for (char c = from; c <= to && c >= from; c++)
            {
                bool dropped = char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c) || char.IsControl(c) || char.IsSeparator(c);
                Assert.False(dropped || char.IsDigit(c) || char.ToLowerInvariant(c) != c, $"U+{(int)c:X4}");
                Assert.Equal(c.ToString(), TextSimilarity.Normalize(c.ToString()));
            }
        }

        // Between and around them: a hexagram (U+4DC0, a symbol) is dropped; Latin, full-width and Greek letters are lowered.
        Assert.Equal("䶿一ａbσ", TextSimilarity.Normalize("䶿䷀一ＡBΣ"));
    }

    [Fact]
    public void Narratives_are_compared_on_their_text_without_headings()
    {
        var a = new Narrative([new Paragraph { Heading = "（一）存在的问题", Text = ProblemTexts.Township2022 }]);
        var b = new Narrative([new Paragraph { Heading = "一、存在问题及整改", Text = ProblemTexts.Township2022 }]);
        Assert.Equal(1.0, TextSimilarity.Compare(a, b));
    }

    [Fact]
    public void Missing_or_short_narratives_are_not_judged()
    {
        Assert.Null(TextSimilarity.Compare(null, Narrative.FromText(ProblemTexts.Township2022)));
        Assert.Null(TextSimilarity.Compare(Narrative.FromText("无。"), Narrative.FromText("无。")));
    }

    [Theory]
    [InlineData("🗸主动公开🗴", "主动公开")] // a picture font's marks past the basic plane (Wingdings 2's): symbols, dropped
    [InlineData("𠮷野家", "𠮷野家")] // an ideograph of extension B: a letter, kept whole
    [InlineData("第𝟐条", "第0条")] // a digit past the basic plane: a digit
    [InlineData("\U00010400b", "\U00010428b")] // a letter past the basic plane with a case (Deseret), lower-cased
    public void A_character_past_the_basic_plane_is_judged_whole(string text, string normalized)
    {
        // The thirty-eighth session's review: Wingdings 2's check mark, read as 🗸 (two code units) since that session, was
        // kept as two "characters" where a ✓ is dropped as a symbol, so the same narrative ticked in either font was not
        // the same text.
        Assert.Equal(normalized, TextSimilarity.Normalize(text));
        Assert.Equal("a\uD83Db", TextSimilarity.Normalize(string.Concat("a", "\uD83D", "b"))); // half a pair alone: kept, as before
    }
}
