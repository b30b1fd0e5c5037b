using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

public partial class DocxDocumentReaderTests
{
    [Theory]
    [InlineData("Target=\"http://exa mple.com/a b\" ")]
    [InlineData("Target=\"http://a b:c\" ")]
    [InlineData("Target=\"http://\" ")]
    [InlineData("Target=\"http://[bad\" ")]
    [InlineData("Target=\"mailto:a@b.com%\" ")]
    [InlineData("Target=\"\\\\srv\\a b\" ")]
    [InlineData("Target=\"\" ")] // empty (the session's review: refused as XML, not as a URI)
    [InlineData("")] // missing
    public void A_link_whose_target_is_no_valid_uri_is_read_as_its_text(string target)
    {
        // The reader opens the package itself (the Open XML SDK, opening it from a stream, copied every document to a
        // temporary file first); .NET's packaging refuses a part whose link target is no URI, and for such a document the
        // reader lets the SDK open the package, rewriting the targets in its copy. The link's text is read as any run's
        // (with the first way alone each of these was refused as a document that cannot be opened; with a retry on a
        // malformed URI alone, the empty and the missing target were: the session's review).
        byte[] docx = WithPart(
            WithDocumentXml(Docx([Para("x")]), xml => xml.Replace(
                "<w:p><w:r><w:t>x</w:t></w:r></w:p>",
                "<w:p><w:r><w:t>见</w:t></w:r><w:hyperlink r:id=\"rIdBad\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:r><w:t>政府网站</w:t></w:r></w:hyperlink></w:p>",
                StringComparison.Ordinal)),
            "word/_rels/document.xml.rels",
            rels => rels.Replace(
                "</Relationships>",
                $"<Relationship Id=\"rIdBad\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" {target}TargetMode=\"External\"/></Relationships>",
                StringComparison.Ordinal));

        Assert.Equal(["见政府网站"], ParagraphsOf(docx).Select(p => p.Text));
    }

    [Theory]
    [InlineData("Symbol", "F020", " 417")] // the first code of the Symbol font's area: its space
    [InlineData("Symbol", "0020", "\uFFFD417")] // a space as a code: no symbol
    [InlineData("Symbol", "F010", "\uFFFD417")] // below the Symbol font's first code in its area
    [InlineData("宋体", "F041", "\uFFFD417")] // the area in a font not the Symbol font: not the Symbol font's Α
    [InlineData("宋体", "F000", "\uFFFD417")] // the private area's ends, in a font the reader does not know: unknown
    [InlineData("宋体", "F0FF", "\uFFFD417")]
    [InlineData("宋体", "F100", "\uF100417")] // past the area Word stores symbols in: the character as it is
    [InlineData("宋体", "EFFF", "\uEFFF417")]
    [InlineData("宋体", "D800", "\uFFFD417")] // half of a surrogate pair: no character
    [InlineData("宋体", "007F", "\uFFFD417")] // a control code
    [InlineData("宋体", "FFFF", "\uFFFD417")] // noncharacters (U+FFFF read as the end of a page by AngleSharp's faster source)
    [InlineData("宋体", "FFFE", "\uFFFD417")]
    [InlineData("宋体", "FFFD", "\uFFFD417")]
    [InlineData("宋体", "10000", "\uFFFD417")] // past the basic plane: Word stores no such code
    public void A_symbol_s_code_at_the_bounds_of_what_the_reader_knows_is_read_as_it_says(string font, string code, string expected)
    {
        // Mutation testing of the thirty-second session's code: the bounds of the symbol codes read (0x20, the private area
        // F000–F0FF, the basic plane) were tested inside them only.
        Assert.Equal(expected, TextOfRuns($"<w:r><w:sym w:font=\"{font}\" w:char=\"{code}\"/><w:t>417</w:t></w:r>"));
    }
}
