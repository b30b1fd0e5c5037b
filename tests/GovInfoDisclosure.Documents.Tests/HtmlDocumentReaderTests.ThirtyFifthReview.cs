using GovInfoDisclosure.Core.Documents;
using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

public partial class HtmlDocumentReaderTests
{
    private static readonly string[] Review35Headings =
        ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];

    [Fact]
    public void Sections_in_divs_whose_headings_are_in_headers_of_their_own_are_read_together()
    {
        // A CMS's HTML5 without <section>: each section a div whose <header> holds its heading, the first outweighing the
        // rest. The header is outside any article/section/main, so it is left out of the heading search; the div began with
        // the heading (一、…) and so was a landmark. Now a block's first characters pass over the left-out header.
        string sections = string.Concat(Review35Headings.Select((h, i) => $"<div class=\"s\"><header><h2>{h}</h2></header><p>{(i == 0 ? Filler(2000) : "短")}</p></div>"));

        string[] paragraphs = Paragraphs(Html($"<div class=\"report\">{sections}</div>"));

        Assert.Equal(Review35Headings, paragraphs.Where(p => Review35Headings.Contains(p)));
    }

    [Theory]
    [InlineData("font-family:inherit")] // the keyword that says "the parent's font"
    [InlineData("font-family:unset")] // font-family is inherited: unset is inherit
    [InlineData("font-family:")] // an empty value: no declaration, the parent's font
    [InlineData("font-family:Wingdings !important;font-family:宋体")] // the important declaration wins, not the last
    public void A_bullet_whose_element_names_no_other_font_is_read_as_wingdings_shows_it(string style)
    {
        // Chrome shows ➢ for each (the span's font is its parent's Wingdings, or the !important one); the reader takes the
        // value for the name of a font, a text font, and reads the letter Ø.
        SourceDocument document = Html($"<article><p><span style=\"font-family:Wingdings\"><span style=\"{style}\">Ø</span></span>主动公开。</p></article>");

        Assert.Equal(["➢主动公开。"], Paragraphs(document));
    }

    [Theory]
    [InlineData("font: small 宋体")] // a size keyword
    [InlineData("font: medium SimSun")]
    [InlineData("font: 2vw 宋体")] // a size in a unit the pattern does not list (vw, vh, Q, vmin …)
    [InlineData("font: 10.5pt/1.5 宋体 ; font-size: 12pt")] // white space before the declaration's semicolon is fine …
    [InlineData("font-family:宋体 !important;font-family:Wingdings")] // … the important declaration wins, not the last
    public void Digits_in_a_text_font_inside_wingdings_are_read_as_the_digits_the_page_shows(string style)
    {
        // Chrome draws 收到申请12件 in 宋体 for each; the reader does not see the inner element's font and maps the text through
        // Wingdings' table: the digits 1 and 2 become U+FFFD, a figure of a narrative lost.
        SourceDocument document = Html($"<article><p style=\"font-family:Wingdings\"><span style=\"{style}\">收到申请12件</span></p></article>");

        Assert.Equal(["收到申请12件"], Paragraphs(document));
    }
}
