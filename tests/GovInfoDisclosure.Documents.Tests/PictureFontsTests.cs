using System.Text;
using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

public class PictureFontsTests
{
    public static TheoryData<string> Fonts => ["Symbol", "Wingdings", "Wingdings 2", "Wingdings 3", "Webdings"];

    [Theory]
    [MemberData(nameof(Fonts))]
    public void Each_code_of_a_picture_font_shows_as_one_character_none_as_the_letter_typed(string font)
    {
        // The tables hold characters past the basic plane since the thirty-eighth session (two code units each): every
        // code 0x21 to 0xFF, as typed and in the private area, is one character shown; no letter or digit of Wingdings 2,
        // Wingdings 3 or Webdings is left as typed.
        string typed = new([.. Enumerable.Range(0x21, 0xFF - 0x21 + 1).Select(c => (char)c)]);
        string[] drawn = PictureFonts.Table(font)!;

        Rune[] shown = [.. PictureFonts.Shown(typed, drawn, static (d, _) => d).EnumerateRunes()];
        Rune[] shownPrivate = [.. PictureFonts.Shown(new string([.. typed.Select(c => (char)(c + 0xF000))]), drawn, static (d, _) => d).EnumerateRunes()];

        // Typed as they stand, U+0085 and U+00A0 are white space and stay so; in the private area they are the font's.
        Assert.Equal(typed.Length, shown.Length);
        Assert.Equal(typed.Length, shownPrivate.Length);
        Assert.All(Enumerable.Range(0, typed.Length), i => Assert.Equal(char.IsWhiteSpace(typed[i]) ? new Rune(typed[i]) : shownPrivate[i], shown[i]));
        Assert.Equal(224, drawn.Length);
        if (font is not ("Symbol" or "Wingdings"))
        {
            Assert.DoesNotContain(shown, r => Rune.IsLetterOrDigit(r) && r.Value < 0x100);
        }
    }

    [Theory]
    // Spot checks against the Unicode Consortium's mapping (L2/12-368): font, code, code point.
    [InlineData("Wingdings 2", 0x4F, 0x1F5F4)] // ballot script X
    [InlineData("Wingdings 2", 0x50, 0x1F5F8)] // light check mark
    [InlineData("Wingdings 2", 0x51, 0x1F5F5)]
    [InlineData("Wingdings 2", 0x52, 0x2611)] // ballot box with check
    [InlineData("Wingdings 2", 0x53, 0x2BBD)]
    [InlineData("Wingdings 2", 0x54, 0x2612)]
    [InlineData("Wingdings 2", 0x6A, 0x2460)] // ①
    [InlineData("Wingdings 2", 0x98, 0x25CF)] // ●
    [InlineData("Wingdings 2", 0xA3, 0x25A1)] // □
    [InlineData("Wingdings 2", 0xF9, 0x2042)] // the last mark
    [InlineData("Wingdings 2", 0xFA, 0xFFFD)] // none past it
    [InlineData("Wingdings 2", 0x7F, 0xFFFD)]
    [InlineData("Wingdings 3", 0x21, 0x2B60)]
    [InlineData("Wingdings 3", 0x70, 0x25B2)] // ▲
    [InlineData("Wingdings 3", 0x80, 0x1F783)]
    [InlineData("Wingdings 3", 0xF0, 0x1F897)] // the last mark
    [InlineData("Wingdings 3", 0xF1, 0xFFFD)]
    [InlineData("Webdings", 0x21, 0x1F577)]
    [InlineData("Webdings", 0x61, 0x2714)] // ✔
    [InlineData("Webdings", 0xFF, 0x1F54A)]
    [InlineData("Webdings", 0x7F, 0xFFFD)]
    [InlineData("Wingdings", 0x24, 0x1F453)] // Wingdings: a mark without a character of the basic plane before, filled
    [InlineData("Wingdings", 0xB7, 0x1F550)] // a clock face
    [InlineData("Wingdings", 0xF5, 0x2B01)] // the aslant white arrows: north west, north east, south west, south east
    [InlineData("Wingdings", 0xF6, 0x2B00)]
    [InlineData("Wingdings", 0xF7, 0x2B03)]
    [InlineData("Wingdings", 0xF8, 0x2B02)]
    [InlineData("Wingdings", 0xFC, 0x2713)] // …its characters of the basic plane kept (✓, not Unicode 7.0's)
    [InlineData("Wingdings", 0x6C, 0x25CF)]
    [InlineData("Wingdings", 0xFF, 0xFFFD)]
    public void A_picture_fonts_mark_shows_as_the_character_unicode_encoded_for_it(string font, int code, int codePoint)
    {
        string shown = PictureFonts.Shown(((char)code).ToString(), PictureFonts.Table(font)!, static (d, _) => d);

        Assert.Equal(char.ConvertFromUtf32(codePoint), shown);
    }

    [Theory]
    [InlineData("Marlett")]
    [InlineData("Wingdings2")] // not the font's name
    [InlineData("")]
    [InlineData(null)]
    public void A_font_the_reader_does_not_know_draws_its_characters_itself(string? font) => Assert.Null(PictureFonts.Table(font));
}
