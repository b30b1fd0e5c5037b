using System.Text;
using GovInfoDisclosure.Documents.Html;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>Which encoding a page's bytes are read in: byte-order marks first, then the declaration's first meta tag that names one.</summary>
public partial class HtmlDocumentReaderTests
{
    private const string Page = "<html><head><meta charset=\"gbk\"></head><body><p>四、结转下年度继续办理</p></body></html>";

    [Fact]
    public void A_utf8_byte_order_mark_decides_over_the_declaration_and_is_not_text()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Page)];

        (string text, Encoding encoding) = HtmlCharset.Decode(bytes);

        Assert.Equal(Page, text);
        Assert.Equal(Encoding.UTF8.CodePage, encoding.CodePage);
    }

    [Fact]
    public void A_utf8_byte_order_mark_decides_even_over_bytes_that_are_gbk()
    {
        // As documents.md says and browsers do: the mark is the page's own word on its encoding. (Before issue 13's
        // thirteenth session the mark was written as a u8 literal "\xEF\xBB\xBF", the UTF-8 encoding of U+00EF, U+00BB,
        // U+00BF, and never matched: such a page was read as GBK.)
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Gbk("<p>年报</p>")];

        (string text, Encoding encoding) = HtmlCharset.Decode(bytes);

        Assert.Equal(Encoding.UTF8.CodePage, encoding.CodePage);
        Assert.Equal(Encoding.UTF8.GetString(Gbk("<p>年报</p>")), text);
        Assert.NotEqual("<p>年报</p>", text);
    }

    [Fact]
    public void A_big_endian_utf16_page_with_a_byte_order_mark_decodes()
    {
        byte[] bytes = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Page)];

        (string text, Encoding encoding) = HtmlCharset.Decode(bytes);

        Assert.Equal(Page, text);
        Assert.Equal(Encoding.BigEndianUnicode.CodePage, encoding.CodePage);
    }

    [Fact]
    public void Meta_tags_without_a_charset_before_the_one_with_it_are_passed_over()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes = Encoding.GetEncoding("big5").GetBytes(
            "<html><head><meta name=\"viewport\" content=\"width=device-width\"><meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\"><meta charset=\"big5\"></head><body><p>三、本年度辦理結果</p></body></html>");

        Assert.Equal("三、本年度辦理結果", Paragraphs(HtmlDocumentReader.Read(new MemoryStream(bytes), "x.html")).Single());
    }
}
