using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Xunit;

namespace GovInfoDisclosure.Documents.Tests;

public class CellTextTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("  两端  ", "两端")]
    [InlineData("中\t \u00A0文", "中 文")]
    [InlineData("第一行 \n\n \n  第二行\n", "第一行\n第二行")]
    [InlineData("\n \n", "")]
    [InlineData("a\r\nb", "a\nb")]
    public void Clean_collapses_white_space_trims_lines_and_drops_blank_ones(string text, string shown) =>
        Assert.Equal(shown, CellText.Clean(text));

    [Property(MaxTest = 1000)]
    public void Clean_is_for_any_text_what_the_lines_collapsed_and_trimmed_one_by_one_are_and_cleaning_again_changes_nothing(
        NonNull<string> text, PositiveInt seed)
    {
        // Random text salted with every kind of white space the reader meets, at random places.
        string salted = SaltedText.Of(text.Get, seed.Get, " \t\r\f\u00A0\n", 12);
        string byHand = string.Join('\n', salted.Split('\n')
            .Select(line => Regex.Replace(line, "[ \t\r\f\u00A0]+", " ").Trim(' '))
            .Where(line => line.Length > 0));

        Assert.Equal(byHand, CellText.Clean(salted));
        Assert.Equal(byHand, CellText.Clean(byHand));
    }
}
