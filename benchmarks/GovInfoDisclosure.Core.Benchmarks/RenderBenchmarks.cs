using System.Globalization;
using System.IO.Packaging;
using System.Text;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Documents;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// Writing reports in the official layout: HTML (<see cref="HtmlReportWriter"/>), Word (<see cref="DocxReportWriter"/>)
/// and Markdown (<see cref="MarkdownReportWriter"/>), each against a floor that writes the same output without the layout
/// logic. The HTML and Markdown floors copy each report's finished text (the same characters) to the same kind of
/// writer; the Word floor writes each report's finished <c>document.xml</c> and <c>styles.xml</c> into a new package with
/// the Open XML SDK (the same package and zip work, no element tree). Figures are per report.
/// </summary>
/// <remarks>
/// A Word document costs about a millisecond, so an invocation writes <see cref="Operations"/> reports (not
/// <see cref="BenchData.Operations"/>), cycling over at most that many distinct generated reports
/// (<c>GIDR_BENCH_REPORTS</c> fewer).
/// </remarks>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    /// <summary>Reports written per invocation.</summary>
    public const int Operations = 200;

    private AnnualReport[] _reports = [];
    private string[] _html = [];
    private string[] _markdown = [];
    private (byte[] Document, byte[] Styles)[] _docx = [];
    private StringWriter _text = null!;
    private MemoryStream _stream = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reports = ReportGenerator.Generate(Math.Min(BenchData.ReportCount, Operations), Shape.TenPercentInvalid).Reports;
        _html = [.. _reports.Select(r => HtmlReportWriter.ToHtml(r))];
        _markdown = [.. _reports.Select(MarkdownReportWriter.ToMarkdown)];
        _docx = [.. _reports.Select(Parts)];
        _text = new StringWriter(new StringBuilder(_html.Max(h => h.Length) * 2), CultureInfo.InvariantCulture);
        _stream = new MemoryStream(1 << 20);
        BenchData.WarmUp(TimeSpan.FromMilliseconds(500), Html, HtmlFloor, ValuesOnly, Word, WordFloor, Markdown, MarkdownFloor);
        Console.WriteLine(
            $"// {nameof(RenderBenchmarks)}: {_reports.Length} reports, on average {_html.Average(h => h.Length):0} characters of HTML, "
            + $"{_markdown.Average(m => m.Length):0} of Markdown, {_docx.Average(d => d.Document.Length):0} bytes of document.xml; {Operations} per invocation");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _text.Dispose();
        _stream.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public long Html() => EachReport(i => HtmlReportWriter.Write(_reports[i], _text));

    [Benchmark(OperationsPerInvoke = Operations)]
    public long HtmlFloor() => EachReport(i => _text.Write(_html[i]));

    [Benchmark(OperationsPerInvoke = Operations)]
    public long Word()
    {
        long written = 0;
        for (int done = 0; done < Operations; done++)
        {
            _stream.SetLength(0);
            DocxReportWriter.Write(_reports[done % _reports.Length], _stream);
            written += _stream.Length;
        }

        return written;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public long WordFloor()
    {
        long written = 0;
        for (int done = 0; done < Operations; done++)
        {
            _stream.SetLength(0);
            (byte[] document, byte[] styles) = _docx[done % _docx.Length];
            using (WordprocessingDocument package = WordprocessingDocument.Create(_stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document, autoSave: true))
            {
                MainDocumentPart main = package.AddMainDocumentPart();
                using (var data = new MemoryStream(document, writable: false))
                {
                    main.FeedData(data);
                }

                using var styleData = new MemoryStream(styles, writable: false);
                main.AddNewPart<StyleDefinitionsPart>().FeedData(styleData);
            }

            written += _stream.Length;
        }

        return written;
    }

    /// <summary>
    /// What every writer must do whatever its layout: read the report's values (<see cref="PrintedLayout.CellValues(AnnualReport)"/>)
    /// and format each into the writer. Not a floor of its own: it shows how much of a writer's time above its floor is
    /// the data rather than the layout.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Operations)]
    public long ValuesOnly() => EachReport(i =>
    {
        Span<char> text = stackalloc char[40];
        foreach (decimal? value in PrintedLayout.CellValues(_reports[i]))
        {
            PrintedDocument.TryFormatValue(value, text, out int length);
            _text.Write(text[..length]);
        }
    });

    [Benchmark(OperationsPerInvoke = Operations)]
    public long Markdown() => EachReport(i => MarkdownReportWriter.Write(_reports[i], _text));

    [Benchmark(OperationsPerInvoke = Operations)]
    public long MarkdownFloor() => EachReport(i => _text.Write(_markdown[i]));

    /// <summary>Writes <see cref="Operations"/> reports to the reused text writer, emptied before each; returns the characters written.</summary>
    private long EachReport(Action<int> write)
    {
        StringBuilder sb = _text.GetStringBuilder();
        long written = 0;
        for (int done = 0; done < Operations; done++)
        {
            sb.Clear();
            write(done % _reports.Length);
            written += sb.Length;
        }

        return written;
    }

    /// <summary>The finished XML of a report's main part and styles part, as the writer makes them.</summary>
    private static (byte[] Document, byte[] Styles) Parts(AnnualReport report)
    {
        using var stream = new MemoryStream(DocxReportWriter.ToBytes(report));
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
        MainDocumentPart main = document.MainDocumentPart!;
        return (Read(main), Read(main.StyleDefinitionsPart!));

        static byte[] Read(OpenXmlPart part)
        {
            using Stream data = part.GetStream(FileMode.Open, FileAccess.Read);
            using var copy = new MemoryStream();
            data.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
