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
}
