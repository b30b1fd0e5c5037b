using System.Text;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Documents.Tests.Writing;

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

        DocumentReadException e = await Assert.ThrowsAsync<DocumentReadException>(
            () => ReportDocument.ReadAsync(stream, "big.html", new ImportOptions { MaxBytes = 1000 }));
        Assert.Contains("MaxBytes", e.Message);
    }

    /// <summary>A sample written as a page, a Word document and Markdown: what a site serves.</summary>
    public static TheoryData<string, string> Served => new()
    {
        { "laiyuan-2022.json", "report.html" },
        { "yanshi-jinshi-2022.json", "report.docx" },
        { "2019-shouyang-market-regulation.json", "report.md" },
    };

    private static byte[] Document(string sample, string fileName)
    {
        AnnualReport report = WrittenReport.Sample(sample);
        return Path.GetExtension(fileName) switch
        {
            ".html" => Encoding.UTF8.GetBytes(HtmlReportWriter.ToHtml(report)),
            ".docx" => DocxReportWriter.ToBytes(report),
            _ => Encoding.UTF8.GetBytes(MarkdownReportWriter.ToMarkdown(report)),
        };
    }

    [Theory]
    [MemberData(nameof(Served))]
    public async Task A_stream_read_asynchronously_a_few_bytes_at_a_time_gives_what_reading_the_file_gives(string sample, string fileName)
    {
        byte[] bytes = Document(sample, fileName);
        string path = Write(fileName, bytes);
        var stream = new TestStream(bytes) { Chunk = 997 };

        ReportImport read = await ReportDocument.ReadAsync(stream, path);

        ReportImport expected = ReportDocument.Read(path);
        Assert.True(stream.Reads > bytes.Length / 997, "read in many pieces");
        Assert.Equal(AnnualReportJson.ToJson(expected.Report), AnnualReportJson.ToJson(read.Report));
        Assert.Equal(expected.Findings.ToArray(), read.Findings.ToArray());
        Assert.Equal(expected.Locations, read.Locations);
        Assert.Equal(WrittenReport.Sample(sample).Agency.Name, read.Report.Agency.Name);
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_refused_once_it_passes_max_bytes_whether_read_synchronously_or_not()
    {
        byte[] bytes = Document("laiyuan-2022.json", "report.html");
        var options = new ImportOptions { MaxBytes = 5000 };
        var sync = new TestStream(bytes) { Chunk = 1000 };
        var async = new TestStream(bytes) { Chunk = 1000 };

        Assert.Contains("MaxBytes", Assert.Throws<DocumentReadException>(() => ReportDocument.Read(sync, "r.html", options)).Message);
        Assert.Contains("MaxBytes", (await Assert.ThrowsAsync<DocumentReadException>(() => ReportDocument.ReadAsync(async, "r.html", options))).Message);
        Assert.Equal((6, 6), (sync.Reads, async.Reads));
    }

    [Fact]
    public async Task A_stream_that_says_its_length_is_over_max_bytes_is_refused_before_a_byte_is_read()
    {
        var options = new ImportOptions { MaxBytes = 1000 };
        var sync = new TestStream([]) { Seekable = true, ClaimedLength = 1001, Unreadable = true };
        var async = new TestStream([]) { Seekable = true, ClaimedLength = 1001, Unreadable = true };

        DocumentReadException e = Assert.Throws<DocumentReadException>(() => ReportDocument.ReadSource(sync, "r.html", options));
        await Assert.ThrowsAsync<DocumentReadException>(() => ReportDocument.ReadAsync(async, "r.html", options));
        Assert.Equal("r.html", e.File);
        Assert.Contains("1,000 bytes (ImportOptions.MaxBytes)", e.Message);
    }

    [Fact]
    public async Task Only_the_bytes_from_the_stream_s_position_count_and_a_document_of_exactly_max_bytes_is_read()
    {
        byte[] page = Encoding.UTF8.GetBytes("<html><body><p>一、总体情况</p></body></html>");
        byte[] bytes = [.. new byte[4096], .. page];

        foreach (bool seekable in new[] { true, false })
        {
            var exactly = new ImportOptions { MaxBytes = page.Length };
            var under = new ImportOptions { MaxBytes = page.Length - 1 };
            SourceDocument read = ReportDocument.ReadSource(At(bytes, 4096, seekable), "p.html", exactly);
            Assert.Equal("一、总体情况", Assert.IsType<DocumentParagraph>(Assert.Single(read.Blocks)).Text);
            Assert.Throws<DocumentReadException>(() => ReportDocument.ReadSource(At(bytes, 4096, seekable), "p.html", under));
            await Assert.ThrowsAsync<DocumentReadException>(() => ReportDocument.ReadAsync(At(bytes, 4096, seekable), "p.html", under));
        }

        static TestStream At(byte[] bytes, int position, bool seekable)
        {
            var stream = new TestStream(bytes) { Seekable = true };
            stream.Position = position;
            return seekable ? stream : stream.Unseekable();
        }
    }

    [Theory]
    [InlineData(".html", 10)]
    [InlineData(".html", 0)]
    [InlineData(".docx", 100)]
    [InlineData(".md", 1)]
    public async Task A_stream_longer_than_the_length_it_gave_is_read_to_its_end_within_max_bytes(string extension, int claimed)
    {
        // A file growing while it is read: the reader takes the length the stream gives, then reads on past it.
        byte[] bytes = Document("laiyuan-2022.json", "report" + extension);
        string expected = AnnualReportJson.ToJson(ReportDocument.Read(new MemoryStream(bytes), "report" + extension).Report);
        TestStream Grown() => new(bytes) { Seekable = true, ClaimedLength = claimed, Chunk = 1000 };

        Assert.Equal(expected, AnnualReportJson.ToJson(ReportDocument.Read(Grown(), "report" + extension).Report));
        Assert.Equal(expected, AnnualReportJson.ToJson((await ReportDocument.ReadAsync(Grown(), "report" + extension)).Report));
        var under = new ImportOptions { MaxBytes = bytes.Length - 1 };
        Assert.Contains("MaxBytes", Assert.Throws<DocumentReadException>(() => ReportDocument.Read(Grown(), "report" + extension, under)).Message);
        Assert.Contains("MaxBytes", (await Assert.ThrowsAsync<DocumentReadException>(() => ReportDocument.ReadAsync(Grown(), "report" + extension, under))).Message);
    }

    [Fact]
    public async Task A_stream_positioned_past_its_end_is_read_as_empty_and_a_cancelled_read_is_cancelled()
    {
        // The session's review: the bytes left are its length less its position, below zero here (no array of a negative
        // length is asked for); and a read cancelled before it starts ends so, whether or not the stream says its length.
        byte[] page = Encoding.UTF8.GetBytes("<html><body><p>一、总体情况</p></body></html>");
        Assert.Empty(ReportDocument.ReadSource(new MemoryStream(page) { Position = page.Length + 10 }, "p.html").Blocks);

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReportDocument.ReadAsync(new MemoryStream(page), "p.html", null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReportDocument.ReadAsync(new TestStream(page), "p.html", null, cancelled.Token));
    }

    [Fact]
    public void A_stream_claiming_a_length_it_does_not_hold_costs_no_array_of_that_length()
    {
        // The session's review: the stream's length was trusted up to MaxBytes, and a stream of a page saying 64 MiB
        // allocated 64 MiB before a byte was read. Now only a length of at most 4 MiB is read into one array.
        byte[] page = Encoding.UTF8.GetBytes("<html><body><p>一、总体情况</p><p>正文</p></body></html>");
        var lying = new TestStream(page) { Seekable = true, ClaimedLength = ImportOptions.Default.MaxBytes };
        ReportDocument.ReadSource(new MemoryStream(page), "warm.html");

        long before = GC.GetAllocatedBytesForCurrentThread();
        SourceDocument read = ReportDocument.ReadSource(lying, "p.html");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["一、总体情况", "正文"], read.Blocks.OfType<DocumentParagraph>().Select(p => p.Text));
        Assert.True(allocated < 16 << 20, $"{allocated:N0} bytes allocated to read a page of {page.Length} bytes");
    }

    [Theory]
    [InlineData(".html")]
    [InlineData(".md")]
    public async Task A_stream_shorter_than_the_length_it_gave_is_read_as_far_as_it_goes(string extension)
    {
        // A file cut while it is read: what it holds is read, no zero bytes added where the length said more (a text's
        // last line or a page's last paragraph would end with them).
        byte[] bytes = Document("laiyuan-2022.json", "report" + extension);
        string expected = AnnualReportJson.ToJson(ReportDocument.Read(new MemoryStream(bytes), "report" + extension).Report);
        TestStream Cut() => new(bytes) { Seekable = true, ClaimedLength = bytes.Length + 500, Chunk = 1000 };

        Assert.Equal(expected, AnnualReportJson.ToJson(ReportDocument.Read(Cut(), "report" + extension).Report));
        Assert.Equal(expected, AnnualReportJson.ToJson((await ReportDocument.ReadAsync(Cut(), "report" + extension)).Report));
        Assert.DoesNotContain('\0', ((DocumentParagraph)ReportDocument.ReadSource(Cut(), "report" + extension).Blocks.Last(b => b is DocumentParagraph)).Text);
    }

    [Fact]
    public async Task A_file_over_max_bytes_is_refused_by_the_options_given_to_every_way_of_reading_it()
    {
        string path = Write("big.html", Encoding.UTF8.GetBytes("<html><body><p>" + new string('年', 2000) + "</p></body></html>"));
        var options = new ImportOptions { MaxBytes = 1000 };

        Assert.Contains("MaxBytes", Assert.Throws<DocumentReadException>(() => ReportDocument.ReadSource(path, options)).Message);
        Assert.Contains("MaxBytes", Assert.Throws<DocumentReadException>(() => ReportDocument.Read(path, options)).Message);
        using (FileStream stream = File.OpenRead(path))
        {
            Assert.Contains("MaxBytes", Assert.Throws<DocumentReadException>(() => ReportDocument.ReadSource(stream, "big.html", options)).Message);
        }

        await using (FileStream stream = File.OpenRead(path))
        {
            Assert.Contains("MaxBytes", (await Assert.ThrowsAsync<DocumentReadException>(() => ReportDocument.ReadAsync(stream, "big.html", options))).Message);
        }

        Assert.Single(ReportDocument.ReadSource(path).Blocks);
    }

    [Fact]
    public void A_docx_saved_under_the_name_doc_is_read_as_the_word_document_it_is_and_anything_else_is_refused()
    {
        byte[] docx = DocxDocumentReaderTests.Docx([new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
            new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text("正文")))]);

        Assert.Equal("正文", ReportDocument.ReadSource(Write("r.doc", docx)).Blocks.OfType<DocumentParagraph>().Single().Text);
        string other = Write("notes.doc", Encoding.UTF8.GetBytes("一、总体情况\n正文"));
        DocumentReadException e = Assert.Throws<DocumentReadException>(() => ReportDocument.ReadSource(other));
        Assert.Equal(other, e.File);
        Assert.Contains("neither a Word document nor a web page", e.Message);
    }

    [Fact]
    public async Task A_null_argument_is_refused_by_name()
    {
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => ReportDocument.CanRead(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => ReportDocument.ReadSource(null!)).ParamName);
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => ReportDocument.ReadSource(null!, "r.html")).ParamName);
        Assert.Equal("fileName", Assert.Throws<ArgumentNullException>(() => ReportDocument.ReadSource(new MemoryStream(), null!)).ParamName);
        Assert.Equal("stream", (await Assert.ThrowsAsync<ArgumentNullException>(() => ReportDocument.ReadAsync(null!, "r.html"))).ParamName);
        Assert.Equal("fileName", (await Assert.ThrowsAsync<ArgumentNullException>(() => ReportDocument.ReadAsync(new MemoryStream(), null!))).ParamName);
    }

    [Fact]
    public async Task Reading_asynchronously_can_be_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ReportDocument.ReadAsync(new MemoryStream(new byte[100]), "page.html", null, cancel.Token));
    }

    [Fact]
    public async Task Reading_asynchronously_cancelled_while_the_stream_is_read_stops_before_the_document_is_parsed()
    {
        // Bytes that are no Word document: parsed, they would be refused with a read error instead.
        byte[] notAZip = Encoding.UTF8.GetBytes(new string('x', 10_000));
        using var cancel = new CancellationTokenSource();
        var stream = new TestStream(notAZip) { AtEnd = cancel.Cancel };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ReportDocument.ReadAsync(stream, "report.docx", null, cancel.Token));
        Assert.Throws<DocumentReadException>(() => ReportDocument.Read(new MemoryStream(notAZip), "report.docx"));
    }
}
