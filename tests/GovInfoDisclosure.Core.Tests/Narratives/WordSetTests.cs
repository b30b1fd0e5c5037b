using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Core.Narratives;

namespace GovInfoDisclosure.Core.Tests.Narratives;

public sealed class WordSetTests
{
    [Theory]
    [InlineData("上年收到申请5件", true)]
    [InlineData("收到申请5件", false)]
    [InlineData("若", true)]
    [InlineData("自然", false)]
    [InlineData("来自然人", true)]
    [InlineData("", false)]
    [InlineData("\0", false)]
    public void A_word_is_found_anywhere_in_the_text_and_only_whole(string text, bool expected)
    {
        var words = new WordSet(["上年", "自然人", "若", "其中"]);

        Assert.Equal(expected, words.OccursIn(text));
    }

    [Fact]
    public void Words_may_start_with_any_character_even_NUL()
    {
        string[] words = [.. Enumerable.Range(0, 200).Select(i => $"{(char)i}{(char)(i + 1)}")];
        var set = new WordSet(words);

        Assert.All(words, w => Assert.True(set.OccursIn("前" + w + "后"), w));
        Assert.False(set.OccursIn("\0\0\u0002\u0001"));
    }

    /// <summary>
    /// Words and text over a small alphabet (so that words share first characters and occur often), with NUL, which the
    /// set's table uses for its empty slots, and more words than fit a small table.
    /// </summary>
    [Property(Arbitrary = [typeof(WordSetArbitraries)], MaxTest = 2000)]
    public bool A_word_set_finds_a_word_exactly_when_one_occurs((string[] Words, string Text) input) =>
        new WordSet(input.Words).OccursIn(input.Text) == input.Words.Any(w => input.Text.Contains(w, StringComparison.Ordinal));
}

public static class WordSetArbitraries
{
    private static readonly char[] Alphabet = "\0上年自然人若其中申请公开件一二ab".ToCharArray();

    private static Gen<string> Word(int maxLength) =>
        from length in Gen.Choose(1, maxLength)
        from chars in Gen.Elements(Alphabet).ArrayOf(length)
        select new string(chars);

    public static Arbitrary<(string[] Words, string Text)> Inputs() =>
        Arb.From(
            from count in Gen.Choose(1, 40)
            from words in Word(3).ArrayOf(count)
            from text in Word(40)
            from empty in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
            select (words, empty ? string.Empty : text));
}
