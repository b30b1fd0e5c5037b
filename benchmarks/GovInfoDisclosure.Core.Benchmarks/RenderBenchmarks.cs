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
/// and Markdown (<see cref="MarkdownReportWriter"/>), each against floors that write the same output without the layout
/// logic. Figures are per report.
/// </summary>
/// <remarks>
/// <para>
/// Two floors for HTML and Markdown. <c>…SkeletonFloor</c> (the issue's "the same table skeleton without the layout
/// logic") writes each report's output as fixed text with the report's values read (<see cref="PrintedLayout.CellValues(AnnualReport, Span{decimal?})"/>)
/// and formatted between its pieces: the pieces are the writer's own output for the same report split where its values
/// are printed, found once in the set-up, so the floor does what any writer of this text must do, and nothing of the
/// layout (no headers, spans, escaping or section walk). <c>…Floor</c> copies each report's finished text (the same
/// characters, nothing read or formatted): the cost of the text alone.
/// </para>
/// <para>
/// The Word floor writes each report's finished <c>document.xml</c> and <c>styles.xml</c> into a new package with the
/// Open XML SDK (the same package and zip work, no element tree).
/// </para>
/// <para>
/// A Word document costs about a millisecond, so an invocation writes <see cref="Operations"/> reports (not
/// <see cref="BenchData.Operations"/>), cycling over at most that many distinct generated reports
/// (<c>GIDR_BENCH_REPORTS</c> fewer).
/// </para>
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
    private Skeleton[] _htmlSkeletons = [];
    private Skeleton[] _markdownSkeletons = [];
    private StringWriter _text = null!;
    private MemoryStream _stream = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reports = ReportGenerator.Generate(Math.Min(BenchData.ReportCount, Operations), Shape.TenPercentInvalid).Reports;
        _html = [.. _reports.Select(r => HtmlReportWriter.ToHtml(r))];
        _markdown = [.. _reports.Select(MarkdownReportWriter.ToMarkdown)];
        _docx = [.. _reports.Select(Parts)];
        var pieces = new Dictionary<string, string>(StringComparer.Ordinal);
        _htmlSkeletons = [.. _reports.Select(r => Skeleton.Of(r, report => HtmlReportWriter.ToHtml(report), pieces))];
        _markdownSkeletons = [.. _reports.Select(r => Skeleton.Of(r, MarkdownReportWriter.ToMarkdown, pieces))];
        _text = new StringWriter(new StringBuilder(_html.Max(h => h.Length) * 2), CultureInfo.InvariantCulture);
        _stream = new MemoryStream(1 << 20);
        BenchData.WarmUp(TimeSpan.FromMilliseconds(500), Html, HtmlFloor, HtmlSkeletonFloor, ValuesOnly, Word, WordFloor, Markdown, MarkdownFloor, MarkdownSkeletonFloor);
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
    public long HtmlSkeletonFloor() => EachReport(i => _htmlSkeletons[i].Write(_reports[i], _text));

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

    [Benchmark(OperationsPerInvoke = Operations)]
    public long MarkdownSkeletonFloor() => EachReport(i => _markdownSkeletons[i].Write(_reports[i], _text));

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

    /// <summary>
    /// A writer's output for one report as fixed pieces with the report's values between them: <see cref="Pieces"/>[k]
    /// comes before the k-th value printed, the value of cell <see cref="Cells"/>[k]; the last piece after the last value.
    /// </summary>
    internal sealed class Skeleton
    {
        private const int Marker = 900_000_000;
        private const int MarkerLength = 9;

        private Skeleton(string[] pieces, int[] cells)
        {
            Pieces = pieces;
            Cells = cells;
        }

        public string[] Pieces { get; }

        public int[] Cells { get; }

        /// <summary>
        /// Splits <paramref name="write"/>'s output for <paramref name="report"/> where its values are printed: each value
        /// the report holds is replaced by a marker of its own (900,000,000 plus its cell index, nine digits that the
        /// generated texts never print) in a copy built from the cell values (<c>TableCells.Build</c>, as the layout
        /// reader builds reports), the copy written, and the output cut around every marker. The skeleton must give
        /// back the writer's output for the report exactly; anything else is refused.
        /// </summary>
        /// <param name="report">The report.</param>
        /// <param name="write">The writer, to a string.</param>
        /// <param name="shared">
        /// Pieces already made for other reports: a piece the same as one of them is that same string, so that the
        /// table pieces every report prints alike are one copy in memory, as a writer's own are.
        /// </param>
        public static Skeleton Of(AnnualReport report, Func<AnnualReport, string> write, Dictionary<string, string> shared)
        {
            decimal?[] values = PrintedLayout.CellValues(report);
            decimal?[] markers = [.. values.Select((value, cell) => value is null ? null : (decimal?)(Marker + cell))];
            AnnualReport markedReport = ReportFormat.Of(report.Edition).Cells.Build(
                markers, report.Year, report.Agency, report.Overview, report.ProblemsAndImprovements, report.OtherMatters,
                report.ProactiveDisclosure2019?.Procurement.AmountUnit) with
            {
                Kind = report.Kind,
                Title = report.Title,
                PublishedOn = report.PublishedOn,
            };

            string marked = write(markedReport);
            var found = new List<(int At, int Cell)>();
            for (int cell = 0; cell < values.Length; cell++)
            {
                string text = (Marker + cell).ToString(CultureInfo.InvariantCulture); // nine digits, as every marker
                for (int at = marked.IndexOf(text, StringComparison.Ordinal); at >= 0; at = marked.IndexOf(text, at + text.Length, StringComparison.Ordinal))
                {
                    found.Add((at, cell));
                }
            }

            found.Sort();
            var pieces = new List<string>();
            int from = 0;
            foreach ((int at, int _) in found)
            {
                pieces.Add(Shared(marked[from..at]));
                from = at + MarkerLength;
            }

            pieces.Add(Shared(marked[from..]));
            var skeleton = new Skeleton([.. pieces], [.. found.Select(f => f.Cell)]);
            using var check = new StringWriter(CultureInfo.InvariantCulture);
            skeleton.Write(report, check);
            if (!string.Equals(check.ToString(), write(report), StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The skeleton of report {report.Agency.Name} {report.Year} does not give back the writer's output.");
            }

            return skeleton;

            string Shared(string piece)
            {
                if (!shared.TryGetValue(piece, out string? one))
                {
                    shared.Add(piece, one = piece);
                }

                return one;
            }
        }

        /// <summary>Writes the pieces with the report's values, read and formatted as every writer must, between them.</summary>
        public void Write(AnnualReport report, TextWriter writer)
        {
            Span<decimal?> values = stackalloc decimal?[PrintedLayout.CellCountOf(report.Edition)];
            PrintedLayout.CellValues(report, values);
            Span<char> text = stackalloc char[40];
            string[] pieces = Pieces;
            int[] cells = Cells;
            for (int k = 0; k < cells.Length; k++)
            {
                writer.Write(pieces[k]);
                PrintedDocument.TryFormatValue(values[cells[k]], text, out int length);
                writer.Write(text[..length]);
            }

            writer.Write(pieces[^1]);
        }
    }
}
