using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace GovInfoDisclosure.Documents.Tests.Writing;

/// <summary>
/// What a writer wrote, read back by the tests (until the real readers land): the values of the printed tables by cell
/// index, each section's narrative, the agency and the date. Comparing it with the report is the round-trip law.
/// </summary>
public sealed record WrittenReport(
    ReportEdition Edition, decimal?[] Values, IReadOnlyDictionary<string, Narrative?> Narratives, string Title, string Agency, string? Date)
{
    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static IEnumerable<string> SampleNames => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.json").Select(Path.GetFileName).Order()!;

    public static AnnualReport Sample(string name) => AnnualReportJson.ReadFile(SamplePath(name));

    /// <summary>A printed value: a signed number, the procurement amount with its unit after it (<c>251000元</c>).</summary>
    public static decimal? ParseValue(string text)
    {
        foreach (MoneyUnit unit in Enum.GetValues<MoneyUnit>().OrderByDescending(u => PrintedDocument.FormatUnit(u).Length))
        {
            if (text.EndsWith(PrintedDocument.FormatUnit(unit), StringComparison.Ordinal))
            {
                text = text[..^PrintedDocument.FormatUnit(unit).Length];
                break;
            }
        }

        return text.Length == 0 ? null : decimal.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    /// <summary>Checks the law: the values, narratives, title, agency and date read back are the report's.</summary>
    public void AssertIsOf(AnnualReport report)
    {
        Assert.Equal(report.Edition, Edition);
        decimal?[] expected = PrintedLayout.CellValues(report);
        for (int i = 0; i < PrintedLayout.CellCountOf(report.Edition) - 1; i++)
        {
            Assert.True(expected[i] == Values[i], $"{PrintedLayout.CellPointer(report.Edition, i)}: wrote {expected[i]?.ToString() ?? "blank"}, read {Values[i]?.ToString() ?? "blank"}");
        }

        foreach (FormatEntry section in ReportFormat.Sections.Where(s => PrintedDocument.Table(report.Edition, s) is null))
        {
            Narrative? narrative = PrintedDocument.Narrative(report, section);
            Assert.Equal(narrative?.Paragraphs.ToArray() ?? [], Narratives[section.JsonKey]?.Paragraphs.ToArray() ?? []);
        }

        Assert.Equal(PrintedDocument.Title(report), Title);
        Assert.Equal(report.Agency.Name, Agency);
        Assert.Equal(report.PublishedOn is { } d ? PrintedDocument.FormatDate(d) : null, Date);
    }

    /// <summary>Reads the HTML writer's page: values by <c>data-pointer</c>, paragraphs and sub-headings by section.</summary>
    public static WrittenReport FromHtml(string html, ReportEdition edition = ReportEdition.Edition2021)
    {
        IDocument document = new HtmlParser().ParseDocument(html);
        var pointers = Enumerable.Range(0, PrintedLayout.CellCountOf(edition)).ToDictionary(i => PrintedLayout.CellPointer(edition, i));
        var values = new decimal?[PrintedLayout.CellCountOf(edition)];
        foreach (IElement cell in document.QuerySelectorAll("td[data-pointer]"))
        {
            values[pointers[cell.GetAttribute("data-pointer")!]] = ParseValue(cell.TextContent);
        }

        // The sections follow one another in the article, each from its heading (h2[data-section]) to the next.
        var narratives = new Dictionary<string, Narrative?>();
        List<Core.Paragraph>? paragraphs = null;
        string? heading = null;
        foreach (IElement child in document.QuerySelector("article.gid-report")!.Children)
        {
            if (child.LocalName == "h2" && child.GetAttribute("data-section") is { } key)
            {
                paragraphs = [];
                heading = null;
                narratives[key] = null;
            }
            else if (child.LocalName == "h3")
            {
                heading = Text(child);
            }
            else if (child.LocalName == "p" && paragraphs is not null && !child.ClassList.Contains("gid-agency") && !child.ClassList.Contains("gid-date"))
            {
                paragraphs.Add(new Core.Paragraph { Heading = heading, Text = Text(child) });
                heading = null;
                narratives[narratives.Keys.Last()] = new Narrative(paragraphs);
            }
        }

        return new WrittenReport(
            edition, values, narratives, Text(document.QuerySelector("h1")!), Text(document.QuerySelector(".gid-agency")!),
            document.QuerySelector(".gid-date") is { } date ? Text(date) : null);
    }

    /// <summary>An element's text as a reader sees it: a <c>&lt;br&gt;</c> is a line feed.</summary>
    public static string Text(INode node)
    {
        var sb = new StringBuilder();
        foreach (INode child in node.ChildNodes)
        {
            if (child is IElement { LocalName: "br" })
            {
                sb.Append('\n');
            }
            else if (child.NodeType == NodeType.Text)
            {
                sb.Append(child.TextContent);
            }
            else
            {
                sb.Append(Text(child));
            }
        }

        return sb.ToString();
    }

    /// <summary>Reads the Word writer's document: the tables by the printed layout's grid, paragraphs by their styles.</summary>
    public static WrittenReport FromDocx(byte[] docx, ReportEdition edition = ReportEdition.Edition2021)
    {
        using var stream = new MemoryStream(docx);
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
        Body body = document.MainDocumentPart!.Document!.Body!;
        var values = new decimal?[PrintedLayout.CellCountOf(edition)];
        var tables = body.Elements<Table>().ToList();
        var printed = PrintedLayout.Tables(edition);
        for (int t = 0; t < printed.Length; t++)
        {
            string?[,] grid = Grid(tables[t], printed[t].ColumnCount);
            foreach (PrintedCell cell in printed[t].Cells.Where(c => c.Kind == PrintedCellKind.Value))
            {
                values[cell.CellIndex] = ParseValue(grid[cell.Row, cell.Column] ?? string.Empty);
            }
        }

        var narratives = new Dictionary<string, Narrative?>();
        List<Core.Paragraph>? current = null;
        string? heading = null;
        string title = string.Empty;
        var closing = new List<string>();
        foreach (OpenXmlParagraph p in body.Elements<WordParagraph>().Select(p => new OpenXmlParagraph(p)))
        {
            switch (p.Style)
            {
                case DocxReportWriter.TitleStyle:
                    title = p.Text;
                    break;
                case DocxReportWriter.HeadingStyle:
                    current = [];
                    heading = null;
                    narratives[ReportFormat.Sections.Single(s => s.LabelZh == p.Text).JsonKey] = null;
                    closing.Clear();
                    break;
                case DocxReportWriter.SubheadingStyle:
                    heading = p.Text;
                    break;
                default:
                    if (p.RightAligned)
                    {
                        closing.Add(p.Text);
                        break;
                    }

                    current!.Add(new Core.Paragraph { Heading = heading, Text = p.Text });
                    heading = null;
                    narratives[narratives.Keys.Last()] = new Narrative(current);
                    break;
            }
        }

        return new WrittenReport(edition, values, narratives, title, closing[0], closing.Count > 1 ? closing[1] : null);
    }

    /// <summary>A Word table's grid: each slot the text of the cell that starts there, merged slots null.</summary>
    public static string?[,] Grid(Table table, int columns)
    {
        var rows = table.Elements<TableRow>().ToList();
        var grid = new string?[rows.Count, columns];
        for (int r = 0; r < rows.Count; r++)
        {
            int c = 0;
            foreach (TableCell cell in rows[r].Elements<TableCell>())
            {
                int span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                VerticalMerge? merge = cell.TableCellProperties?.VerticalMerge;
                bool continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                grid[r, c] = continues ? null : string.Join("\n", cell.Elements<WordParagraph>().Select(p => new OpenXmlParagraph(p).Text));
                c += span;
            }

            Assert.Equal(columns, c);
        }

        return grid;
    }

    private sealed class OpenXmlParagraph(WordParagraph p)
    {
        public string? Style => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

        public bool RightAligned => p.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Right;

        public string Text
        {
            get
            {
                var sb = new StringBuilder();
                foreach (var e in p.Descendants())
                {
                    switch (e)
                    {
                        case Text t:
                            sb.Append(t.Text);
                            break;
                        case Break:
                            sb.Append('\n');
                            break;
                        case TabChar:
                            sb.Append('\t');
                            break;
                    }
                }

                return sb.ToString();
            }
        }
    }
}
