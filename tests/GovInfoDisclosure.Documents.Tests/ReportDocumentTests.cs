using System.Text;
using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Documents.Tests;

public sealed class ReportDocumentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gidr-docs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("a.html", true)]
    [InlineData("a.HTM", true)]
    [InlineData("a.docx", true)]
    [InlineData("a.doc", true)]
    [InlineData("a.pdf", false)]
    [InlineData("a.json", false)]
    public void Can_read_says_which_extensions_are_read(string name, bool expected) =>
        Assert.Equal(expected, ReportDocument.CanRead(name));

    [Fact]
    public void An_html_file_is_read_by_the_html_reader()
    {
        string path = Write("page.htm", Encoding.UTF8.GetBytes("<html><body><p>一、总体情况</p></body></html>"));

        SourceDocument document = ReportDocument.ReadSource(path);

        Assert.Equal("一、总体情况", document.Blocks.OfType<DocumentParagraph>().Single().Text);
        Assert.Equal(path, document.File);
    }

    [Fact]
    public void A_docx_stream_is_read_by_the_word_reader()
    {
        byte[] docx = DocxDocumentReaderTests.Docx([new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
            new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("正文")))]);

        SourceDocument document = ReportDocument.ReadSource(new MemoryStream(docx), "r.docx");

        Assert.Equal("正文", document.Blocks.OfType<DocumentParagraph>().Single().Text);
    }

    [Fact]
    public void A_real_doc_is_refused_with_a_message_to_save_it_as_docx()
    {
        string path = Write("old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]]);

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => ReportDocument.Read(path));

        Assert.Equal(path, e.File);
        Assert.Contains("save it as a Word document (.docx)", e.Message);
    }

    [Fact]
    public void A_web_page_saved_under_the_name_doc_is_read_as_the_page_it_is()
    {
        string path = Write("page.doc", Encoding.UTF8.GetBytes("<html><body><p>一、总体情况</p></body></html>"));

        Assert.Equal("一、总体情况", ReportDocument.ReadSource(path).Blocks.OfType<DocumentParagraph>().Single().Text);
    }

    [Fact]
    public void An_extension_not_read_is_refused_naming_the_file()
    {
        DocumentReadException e = Assert.Throws<DocumentReadException>(() => ReportDocument.Read(new MemoryStream([1, 2]), "report.pdf"));

        Assert.Equal("report.pdf", e.File);
        Assert.Contains(".pdf", e.Message);
    }

    [Fact]
    public void A_missing_file_is_refused_naming_it()
    {
        string path = Path.Combine(_folder, "missing.html");

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => ReportDocument.Read(path));

        Assert.Equal(path, e.File);
    }

    [Fact]
    public async Task Reading_asynchronously_refuses_a_stream_over_max_bytes()
    {
        var stream = new MemoryStream(new byte[5000]);

        await Assert.ThrowsAsync<DocumentReadException>(
            () => ReportDocument.ReadAsync(stream, "big.html", new ImportOptions { MaxBytes = 1000 }));
    }

    [Fact]
    public async Task Reading_asynchronously_can_be_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ReportDocument.ReadAsync(new MemoryStream(new byte[100]), "page.html", null, cancel.Token));
    }
}
