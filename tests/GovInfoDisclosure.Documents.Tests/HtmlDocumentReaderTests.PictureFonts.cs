using GovInfoDisclosure.Core.Documents;
using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

public partial class HtmlDocumentReaderTests
{
    /// <summary>A bulleted paragraph as Word saves it as a web page: the bullet a character in Wingdings, then its spacing in Times New Roman.</summary>
    private static string WordBullet(string bullet, string text) =>
        "<p class=MsoListParagraph style='margin-left:21pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
        + "<span lang=EN-US style='font-family:Wingdings;mso-fareast-font-family:Wingdings;mso-bidi-font-family:Wingdings'>"
        + $"<span style='mso-list:Ignore'>{bullet}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span></span>"
        + $"<![endif]><span style='font-family:宋体'>{text}</span></p>";

    [Theory]
    [InlineData("Ø", "➢")] // the arrowhead Word's bullet lists default to
    [InlineData("l", "●")]
    [InlineData("§", "▪")]
    [InlineData("ü", "✓")]
    [InlineData("\uF0D8", "➢")] // the code in the private area, as Word keeps a symbol
    public void A_bullet_in_wingdings_is_read_as_the_character_the_font_shows(string bullet, string shown)
    {
        // Issue 10's thirty-fifth session: a page saved by Word keeps a bulleted list's bullet as a letter in the Wingdings
        // font (Ø, which the page shows as ➢); it was read as the letter, so a narrative read Ø where the page shows ➢.
        SourceDocument document = Html($"<article>{WordBullet(bullet, "主动公开政府信息。")}</article>");

        Assert.Equal([$"{shown} 主动公开政府信息。"], Paragraphs(document)); // its spacing collapsed as any
    }

    [Theory]
    [InlineData("<span style=\"font-family: 'Wingdings', serif\">ü</span>已办结", "✓已办结")] // quoted, with a fallback
    [InlineData("<span style=\"FONT-FAMILY: WINGDINGS !important\">ü</span>已办结", "✓已办结")]
    [InlineData("<font face=\"Wingdings\">ü</font>已办结", "✓已办结")] // an old editor's font element
    [InlineData("<span style=\"font:10.5pt/150% Wingdings\">ü</span>已办结", "✓已办结")] // the font shorthand, a line height
    [InlineData("<span style=\"font:italic 700 small Wingdings\">ü</span>已办结", "✓已办结")] // a weight, then a size's keyword
    [InlineData("<span style=\"font:10.5pt Wingdings,\nserif\">ü</span>已办结", "✓已办结")] // the families over two lines, as Word breaks a style
    [InlineData("<span style=\"font-family:Symbol\">Ö</span>已办结", "√已办结")] // the Symbol font's check mark
    [InlineData("<span style=\"font-family:Symbol\">-</span>417", "−417")] // …and its minus
    [InlineData("<span style=\"font-family:Wingdings\">ü已办结</span>", "✓已办结")] // a Chinese character in it: drawn by another font
    [InlineData("<span style=\"font-family:Wingdings\"><span style=\"font-family:宋体\">ü</span></span>已办结", "ü已办结")] // the nearest font wins
    [InlineData("<span style=\"mso-bidi-font-family:Wingdings\">ü</span>已办结", "ü已办结")] // a property that only ends in font-family
    [InlineData("<span style=\"font-family:'Wingdings 2'\">P</span>已办结", "🗸已办结")] // Wingdings 2's check mark (as typed before the thirty-eighth session)
    [InlineData("<span style=\"font-family:&quot;Wingdings 2&quot;\">R£</span>已办结", "☑□已办结")]
    [InlineData("<font face=\"Wingdings 3\">p</font>已办结", "▲已办结")]
    [InlineData("<span style=\"font-family:Webdings\">a</span>已办结", "✔已办结")]
    [InlineData("<span style=\"font-family:Marlett\">a</span>已办结", "a已办结")] // a picture font the reader does not know
    [InlineData("<span style=\"font-family:宋体\">ü</span>已办结", "ü已办结")]
    [InlineData("<span style=\"font-family:Wingdings\">&#xF085;</span>已办结", "⑤已办结")] // the private area's 85 and A0: no white space there (thirty-sixth session's review)
    [InlineData("<span style=\"font-family:Wingdings\">&#xF0A0;</span>已办结", "▪已办结")]
    public void Text_in_a_picture_font_is_read_as_the_font_shows_it(string html, string expected)
    {
        SourceDocument document = Html($"<article><p>{html}</p></article>");

        Assert.Equal([expected], Paragraphs(document));
    }

    [Fact]
    public void A_table_cell_in_a_picture_font_is_read_as_the_font_shows_it()
    {
        SourceDocument document = Html("<article><table><tr><td>甲</td><td><span style=\"font-family:Symbol\">-</span>3</td></tr></table></article>");

        DocumentTable table = Assert.Single(document.Blocks.OfType<DocumentTable>());
        Assert.Equal("−3", table.Rows[0][1].Text);
    }

    [Fact]
    public void A_font_shorthand_of_millions_of_figures_is_read_as_naming_no_known_font()
    {
        // The session's review of its own font reading (hostile input): the shorthand's size, a number matched and then
        // taken apart again at each of its figures where no unit followed, made a style of figures quadratic (20,000
        // figures took 0.37 s, so these two million about an hour; the page is within ImportOptions' 64 MiB). The number is
        // now matched once.
        string figures = new('1', 2_000_000);

        SourceDocument document = Html($"<article><p><span style=\"font:{figures} Wingdings\">ü</span>已办结</p></article>");

        Assert.Equal(["ü已办结"], Paragraphs(document));
    }
}

