using GovInfoDisclosure.Core.Narratives;

namespace GovInfoDisclosure.Core.Tests.Narratives;

public sealed class ChineseNumberTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData("164", 164)]
    [InlineData("１２", 12)]
    [InlineData("９２２３３７２０３６８５４７７５８０７", long.MaxValue)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Digits_ASCII_or_full_width_are_read(string text, long expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out long value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("零", 0)]
    [InlineData("〇", 0)]
    [InlineData("一", 1)]
    [InlineData("两", 2)]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("一十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十五", 25)]
    [InlineData("一百", 100)]
    [InlineData("两百", 200)]
    [InlineData("一百零五", 105)]
    [InlineData("一百〇五", 105)]
    [InlineData("一百一十", 110)]
    [InlineData("三百二十一", 321)]
    [InlineData("一千零一十", 1010)]
    [InlineData("一千零五十", 1050)]
    [InlineData("两千", 2000)]
    [InlineData("九千九百九十九", 9999)]
    [InlineData("一万", 10000)]
    [InlineData("十万", 100000)]
    [InlineData("一万零五", 10005)]
    [InlineData("一万一千", 11000)]
    [InlineData("一万二千", 12000)]
    [InlineData("三万五千", 35000)]
    [InlineData("九千九百九十九万九千九百九十九", 99999999)]
    public void Chinese_numerals_written_the_standard_way_are_read(string text, long expected)
    {
        Assert.True(ChineseNumber.TryParse(text, out long value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("9223372036854775808")]
    [InlineData("99999999999999999999")]
    [InlineData("007")]
    [InlineData("3.5")]
    [InlineData("1,200")]
    [InlineData("3万")]
    [InlineData("十2")]
    [InlineData("百")]
    [InlineData("千")]
    [InlineData("万")]
    [InlineData("一百五")]
    [InlineData("一千二")]
    [InlineData("三万五")]
    [InlineData("一万零二千")]
    [InlineData("一万万")]
    [InlineData("零万")]
    [InlineData("三四万")]
    [InlineData("一百零十")]
    [InlineData("一百零一十")]
    [InlineData("一万零")]
    [InlineData("一万零零")]
    [InlineData("一万零一千")]
    [InlineData("一百二百")]
    [InlineData("三千五千")]
    [InlineData("二〇二二")]
    [InlineData("三四")]
    [InlineData("一百十")]
    [InlineData("一百零")]
    [InlineData("一百零零五")]
    [InlineData("零五")]
    [InlineData("十两")]
    [InlineData("两十")]
    [InlineData("十百")]
    [InlineData("一十十")]
    public void Ambiguous_malformed_or_out_of_range_numbers_are_refused(string text)
    {
        Assert.False(ChineseNumber.TryParse(text, out long value));
        Assert.Equal(0, value);
    }

    [Theory]
    [InlineData('0', true)]
    [InlineData('９', true)]
    [InlineData('两', true)]
    [InlineData('万', true)]
    [InlineData('〇', true)]
    [InlineData('亿', false)]
    [InlineData('件', false)]
    [InlineData('.', false)]
    public void Number_characters_are_recognised(char c, bool expected)
    {
        Assert.Equal(expected, ChineseNumber.IsNumberChar(c));
    }

    [Fact]
    public void Chinese_numerals_and_nothing_else_are_numerals()
    {
        foreach (char numeral in "零〇一二两三四五六七八九十百千万")
        {
            Assert.True(ChineseNumber.IsNumeral(numeral), $"{numeral} is a numeral");
        }

        // Every character the table's empty slots could be mistaken for: NUL (an empty slot's default), digits,
        // letters, punctuation and the CJK characters near the numerals.
        foreach (char other in "\0 09aZ，。件项亿兆壹贰拾佰仟萬")
        {
            Assert.False(ChineseNumber.IsNumeral(other), $"U+{(int)other:X4} is not a numeral");
        }
    }
}
