using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Documents;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// Reading published documents into reports (issue 10), each against a floor that only parses: a real government page
/// (平潭综合实验区 2023, 118 KB with its site's chrome) against AngleSharp parsing it and walking its tables' cells; a Word
/// document (a generated report as <see cref="DocxReportWriter"/> writes it) against the Open XML SDK opening the package
/// (from a System.IO.Packaging package, as the reader does) and walking its text; a text file (the same report as
/// Markdown) against decoding it and splitting it into lines.
/// Every invocation reads fresh bytes: nothing read before is kept. Figures are per document.
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    /// <summary>Documents read per invocation.</summary>
    public const int Operations = 20;

    private byte[] _page = [];
    private byte[] _docx = [];
    private byte[] _text = [];

    [GlobalSetup]
    public void Setup()
    {
        using (Stream page = typeof(ImportBenchmarks).Assembly.GetManifestResourceStream("pingtan-2023.html")!)
        using (var copy = new MemoryStream())
        {
            page.CopyTo(copy);
            _page = copy.ToArray();
        }

        AnnualReport report = ReportGenerator.Generate(1, Shape.AllValid).Reports[0];
        _docx = DocxReportWriter.ToBytes(report);
        _text = Encoding.UTF8.GetBytes(MarkdownReportWriter.ToMarkdown(report));
        BenchData.WarmUp(TimeSpan.FromMilliseconds(500), () => Html(), () => HtmlFloor(), () => Word(), () => WordFloor(), () => Text(), () => TextDocument(), () => TextFloor());
        Console.WriteLine($"// {nameof(ImportBenchmarks)}: page {_page.Length} B, Word {_docx.Length} B, text {_text.Length} B; {Operations} per invocation");
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Html() => Each(() => ReportDocument.Read(new MemoryStream(_page, writable: false), "page.html").Findings.Length);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int HtmlFloor() => Each(() =>
    {
        using IDocument document = new HtmlParser().ParseDocument(new MemoryStream(_page, writable: false));
        int length = 0;
        foreach (IElement cell in document.QuerySelectorAll("td, th"))
        {
            length += cell.TextContent.Length;
        }

        return length;
    });

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Word() => Each(() => ReportDocument.Read(new MemoryStream(_docx, writable: false), "report.docx").Findings.Length);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int WordFloor() => Each(() =>
    {
        // Opened as the reader opens it, from a package of System.IO.Packaging: opened from a stream, the SDK first copies
        // the package to a temporary file, a cost the reader does not have.
        using var stream = new MemoryStream(_docx, writable: false);
        using var package = System.IO.Packaging.Package.Open(stream, FileMode.Open, FileAccess.Read);
        using var document = WordprocessingDocument.Open(package);
        int length = 0;
        foreach (WordText text in document.MainDocumentPart!.Document!.Body!.Descendants<WordText>())
        {
            length += text.Text.Length;
        }

        return length;
    });

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Text() => Each(() => ReportDocument.Read(new MemoryStream(_text, writable: false), "report.md").Findings.Length);

    /// <summary>
    /// The text reader alone: the neutral document (paragraphs, and table cells each with its text and source location)
    /// that the layout reader recognises, without the recognition. What every import of text costs before a label is
    /// matched, in the design issue 10 asks for (one neutral document, every piece with its location).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public int TextDocument() => Each(() => TextDocumentReader.Read(_text, "report.md").Blocks.Length);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int TextFloor() => Each(() =>
    {
        string text = Encoding.UTF8.GetString(_text);
        int lines = 0;
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            lines += line.Length > 0 ? 1 : 0;
        }

        return lines;
    });

    private static int Each(Func<int> read)
    {
        int sum = 0;
        for (int i = 0; i < Operations; i++)
        {
            sum += read();
        }

        return sum;
    }
}
