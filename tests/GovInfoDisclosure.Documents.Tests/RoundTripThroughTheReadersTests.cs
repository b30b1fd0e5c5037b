using FsCheck.Xunit;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Properties;
using GovInfoDisclosure.Documents.Tests.Writing;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>
/// The round trip as a law, through the real readers (documents.md): what each writer writes, read back with
/// <see cref="ReportDocument"/>, is the same report: every printed cell, blanks included; every paragraph and heading;
/// title, agency, year and date. What the layout does not print (the agency's region, the kind, the fee in yuan outside
/// section 六's text) is not asked of it.
/// </summary>
public class RoundTripThroughTheReadersTests
{
    public static TheoryData<string, string> SamplesByFormat
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string sample in WrittenReport.SampleNames)
            {
                foreach (string format in new[] { "html", "docx", "md" })
                {
                    data.Add(sample, format);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SamplesByFormat))]
    public void A_sample_written_and_read_back_is_the_same_report(string sample, string format)
    {
        AnnualReport report = WrittenReport.Sample(sample);

        AssertSamePrinted(report, WriteAndRead(report, format));
    }

    [Theory]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("md")]
    public void Narrative_text_that_looks_like_a_heading_a_signature_or_markup_is_read_back_as_text(string format)
    {
        AnnualReport sample = WrittenReport.Sample(WrittenReport.SampleNames.First());
        AnnualReport report = sample with
        {
            Overview = new Narrative(
            [
                new Paragraph { Heading = "（一）主动公开", Text = "五、存在的主要问题及改进情况" },
                new Paragraph { Text = "（二）依申请公开" },
                new Paragraph { Text = "这一段在句中断开，后面还有文字，这一段在句中断开，后面还有文字，这一段" },
                new Paragraph { Text = "# 不是标题 | *不是强调* <b>不是标记</b> &amp; \\ 1. 不是列表" },
            ]),
        };

        AssertSamePrinted(report, WriteAndRead(report, format));
    }

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 40)]
    public void Any_report_written_as_html_and_read_back_is_the_same_report(AnyReportSpec spec) =>
        AssertSamePrinted(spec.Report, WriteAndRead(spec.Report, "html"));

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 40)]
    public void Any_report_written_as_word_and_read_back_is_the_same_report(AnyReportSpec spec) =>
        AssertSamePrinted(spec.Report, WriteAndRead(spec.Report, "docx"));

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 40)]
    public void Any_report_written_as_markdown_and_read_back_is_the_same_report(AnyReportSpec spec) =>
        AssertSamePrinted(spec.Report, WriteAndRead(spec.Report, "md"));

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 40)]
    public void Any_report_written_as_markdown_with_its_tables_outer_pipes_dropped_where_gfm_allows_is_the_same_report(AnyReportSpec spec, int seed)
    {
        // GFM's pipes at either end of a table's row are optional: dropped (with the spaces beside them) before the first
        // cell of every row of some tables whose header row starts with a filled cell (a row starting with an empty cell
        // keeps its pipe, as GFM would read the first pipe as the leading one), and after a row's last cell where it is
        // not empty, in some rows and not others.
        var random = new Random(seed);
        int dropped = 0;
        string[] lines = MarkdownReportWriter.ToMarkdown(spec.Report).Split('\n');
        bool dropLeading = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (!line.StartsWith('|') || !line.EndsWith('|') || line.Length < 3)
            {
                dropLeading = false;
                continue;
            }

            // The writer escapes every pipe in a cell (\|) and writes no backslash before a row's last pipe.
            string[] cells = System.Text.RegularExpressions.Regex.Split(line[1..^1], @"(?<!\\)\|");
            if (i == 0 || !lines[i - 1].StartsWith('|'))
            {
                dropLeading = cells[0].Trim().Length > 0 && random.Next(2) == 0;
            }

            if (dropLeading && cells[0].Trim().Length > 0)
            {
                line = line[1..].TrimStart(' ');
                dropped++;
            }

            if (cells[^1].Trim().Length > 0 && random.Next(2) == 0)
            {
                line = line[..^1].TrimEnd(' ');
                dropped++;
            }

            lines[i] = line;
        }

        Assert.True(dropped > 0, "no pipe dropped");
        using var text = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        AssertSamePrinted(spec.Report, ReportDocument.Read(text, "report.md"));
    }

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 40)]
    public void Any_report_written_as_html_with_its_text_split_into_styled_runs_and_cells_into_paragraphs_as_word_pastes_it_is_the_same_report(AnyReportSpec spec, int seed)
    {
        // Word's "save as web page" and pasting into a CMS split a paragraph's or a cell's text into runs, each a span with
        // its font, anywhere (inside a number, a label, a date), and end paragraphs with an empty <o:p></o:p>.
        var random = new Random(seed);
        using var written = new MemoryStream();
        HtmlReportWriter.Write(spec.Report, written);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(written.ToArray()));
        foreach (AngleSharp.Dom.IText text in AngleSharp.Dom.NodeExtensions.GetDescendants(page.Body!).OfType<AngleSharp.Dom.IText>().ToList())
        {
            string data = text.Data;
            int cut = data.Length > 1 ? random.Next(1, data.Length) : data.Length;
            cut -= cut < data.Length && char.IsLowSurrogate(data[cut]) ? 1 : 0; // a character is never split
            foreach (string piece in new[] { data[..cut], data[cut..] }.Where(p => p.Length > 0))
            {
                AngleSharp.Dom.IElement span = page.CreateElement("span");
                span.SetAttribute("style", "font-size:16.0pt;font-family:仿宋_GB2312");
                span.TextContent = piece;
                text.Parent!.InsertBefore(span, text);
            }

            text.Parent!.RemoveChild(text);
        }

        Assert.True(page.Body!.QuerySelectorAll("span[style^='font-size:16.0pt']").Length > page.Body.QuerySelectorAll("p, td").Length, "the runs were not made");
        foreach (AngleSharp.Dom.IElement block in page.Body!.QuerySelectorAll("p, td").ToList())
        {
            block.AppendChild(page.CreateElement("o:p"));
        }

        // And each cell's content in a paragraph of its own, as Word's tables print it.
        foreach (AngleSharp.Dom.IElement cell in page.Body.QuerySelectorAll("td, th").ToList())
        {
            AngleSharp.Dom.IElement p = page.CreateElement("p");
            p.ClassName = "MsoNormal";
            p.SetAttribute("align", "center");
            while (cell.FirstChild is { } child)
            {
                p.AppendChild(child);
            }

            cell.AppendChild(p);
        }

        using var pasted = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(page.DocumentElement!.OuterHtml));
        AssertSamePrinted(spec.Report, ReportDocument.Read(pasted, "report.html"));
    }

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 40)]
    public void Any_report_written_as_word_with_its_runs_split_and_marked_as_word_saves_them_is_the_same_report(AnyReportSpec spec, int seed)
    {
        // Word splits a paragraph's or a cell's text into runs wherever an edit, the spelling checker or a bookmark fell
        // (inside a number, a label, a date), with the marks between them.
        var random = new Random(seed);
        using var edited = new MemoryStream();
        DocxReportWriter.Write(spec.Report, edited);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(edited, isEditable: true))
        {
            int bookmark = 0;
            foreach (var run in word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>().ToList())
            {
                var texts = run.Elements<DocumentFormat.OpenXml.Wordprocessing.Text>().ToList();
                if (texts.Count != 1 || run.ChildElements.Count(c => c is not DocumentFormat.OpenXml.Wordprocessing.RunProperties) != 1 || texts[0].Text.Length < 2)
                {
                    continue;
                }

                string data = texts[0].Text;
                int cut = random.Next(1, data.Length);
                cut -= char.IsLowSurrogate(data[cut]) ? 1 : 0; // a character is never split
                if (cut == 0)
                {
                    continue;
                }

                var second = (DocumentFormat.OpenXml.Wordprocessing.Run)run.CloneNode(true);
                texts[0].Text = data[..cut];
                texts[0].Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
                var secondText = second.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Text>()!;
                secondText.Text = data[cut..];
                secondText.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
                string id = (bookmark++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                run.InsertAfterSelf<DocumentFormat.OpenXml.OpenXmlElement>(new DocumentFormat.OpenXml.Wordprocessing.ProofError { Type = DocumentFormat.OpenXml.Wordprocessing.ProofingErrorValues.SpellStart })
                    .InsertAfterSelf<DocumentFormat.OpenXml.OpenXmlElement>(new DocumentFormat.OpenXml.Wordprocessing.BookmarkStart { Id = id, Name = "_GoBack" + id })
                    .InsertAfterSelf<DocumentFormat.OpenXml.OpenXmlElement>(second)
                    .InsertAfterSelf<DocumentFormat.OpenXml.OpenXmlElement>(new DocumentFormat.OpenXml.Wordprocessing.BookmarkEnd { Id = id })
                    .InsertAfterSelf<DocumentFormat.OpenXml.OpenXmlElement>(new DocumentFormat.OpenXml.Wordprocessing.ProofError { Type = DocumentFormat.OpenXml.Wordprocessing.ProofingErrorValues.SpellEnd });
            }

            Assert.True(bookmark > 0, "no run was split");
        }

        edited.Position = 0;
        AssertSamePrinted(spec.Report, ReportDocument.Read(edited, "report.docx"));
    }

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 40)]
    public void Any_report_written_as_word_with_spaces_typed_in_its_cells_and_smart_tags_around_its_runs_is_the_same_report(AnyReportSpec spec, int seed)
    {
        // As agencies type the template's tables: a space or a tab before a number or a label, a space after it, a space
        // inside a label (社会公益 组织); and as Word for Chinese saves numbers with units and dates: in smart tags
        // (w:smartTag, which the Open XML SDK 3 reads as unknown elements), in the cells and the body alike.
        var random = new Random(seed);
        using var edited = new MemoryStream();
        DocxReportWriter.Write(spec.Report, edited);
        int typed = 0;
        int tagged = 0;
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(edited, isEditable: true))
        {
            var body = word.MainDocumentPart!.Document!.Body!;
            foreach (var text in body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>()
                .SelectMany(c => c.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>()).Where(t => t.Text.Length > 0).ToList())
            {
                string data = text.Text;
                if (random.Next(3) == 0 && !decimal.TryParse(data, out _) && data.Length > 1)
                {
                    int at = random.Next(1, data.Length);
                    at -= char.IsLowSurrogate(data[at]) ? 1 : 0;
                    data = at > 0 ? data[..at] + " " + data[at..] : data;
                }

                text.Text = (random.Next(3) == 0 ? " " : string.Empty) + data + (random.Next(3) == 0 ? " " : string.Empty);
                text.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
                if (random.Next(4) == 0)
                {
                    text.InsertBeforeSelf(new DocumentFormat.OpenXml.Wordprocessing.TabChar());
                }

                typed += text.Text != data || text.PreviousSibling() is DocumentFormat.OpenXml.Wordprocessing.TabChar ? 1 : 0;
            }

            foreach (var run in body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>().Where(_ => random.Next(4) == 0).ToList())
            {
                var tag = new DocumentFormat.OpenXml.OpenXmlUnknownElement("w", "smartTag", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
                run.InsertBeforeSelf(tag);
                run.Remove();
                tag.Append(run);
                tagged++;
            }

            Assert.True(typed > 0 && tagged > 0, "nothing typed or tagged");
        }

        edited.Position = 0;
        AssertSamePrinted(spec.Report, ReportDocument.Read(edited, "report.docx"));
    }

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 40)]
    public void Any_report_written_as_word_with_tracked_changes_left_in_it_reads_as_with_them_accepted(AnyReportSpec spec, int seed)
    {
        // An agency publishes its document before accepting the revisions made with tracking on: paragraphs joined (the
        // first one's mark deleted, in the body and in cells), paragraphs deleted whole (before a table and at a cell's
        // end too), text deleted inside a paragraph, rows deleted.
        (byte[] edited, int revisions) = TrackedChanges.Apply(DocxReportWriter.ToBytes(spec.Report), seed);

        Assert.True(revisions > 0, "no revision was made");
        AssertSamePrinted(spec.Report, ReportDocument.Read(new MemoryStream(edited), "report.docx"));
    }

    [Property(Arbitrary = new[] { typeof(Report2019Arbitraries) }, MaxTest = 40)]
    public void Any_2019_report_written_as_html_and_read_back_is_the_same_report(AnyReport2019Spec spec) =>
        AssertSamePrinted(spec.Report, WriteAndRead(spec.Report, "html"));

    [Property(Arbitrary = new[] { typeof(Report2019Arbitraries) }, MaxTest = 40)]
    public void Any_2019_report_written_as_word_and_read_back_is_the_same_report(AnyReport2019Spec spec) =>
        AssertSamePrinted(spec.Report, WriteAndRead(spec.Report, "docx"));

    [Property(Arbitrary = new[] { typeof(Report2019Arbitraries) }, MaxTest = 40)]
    public void Any_2019_report_written_as_markdown_and_read_back_is_the_same_report(AnyReport2019Spec spec) =>
        AssertSamePrinted(spec.Report, WriteAndRead(spec.Report, "md"));

    [Theory]
    [InlineData("html")]
    [InlineData("docx")]
    [InlineData("md")]
    public void A_2019_report_with_a_negative_change_and_an_amount_in_yuan_under_the_year_2023_reads_back_as_the_2019_edition(string format)
    {
        AnnualReport report = new AnnualReportBuilder(2023, "西咸新区底张街道").WithEdition(ReportEdition.Edition2019)
            .WithTitle("西咸新区底张街道2023年政府信息公开工作年度报告")
            .Set(DisclosureCell2019.PenaltiesPreviousYearItems, 30).Set(DisclosureCell2019.PenaltiesChange, -18)
            .Procurement(3, 251000m, MoneyUnit.Yuan)
            .WithOverview("本年主动公开信息。")
            .Build();

        ReportImport import = WriteAndRead(report, format);

        Assert.Equal(ReportEdition.Edition2019, import.Report.Edition);
        Assert.Equal(-18, import.Report.ProactiveDisclosure2019!.Penalties.Change);
        Assert.Equal((251000m, MoneyUnit.Yuan), (import.Report.ProactiveDisclosure2019.Procurement.Amount!.Value, import.Report.ProactiveDisclosure2019.Procurement.AmountUnit!.Value));
        AssertSamePrinted(report, import);
    }

    private static ReportImport WriteAndRead(AnnualReport report, string format)
    {
        using var stream = new MemoryStream();
        switch (format)
        {
            case "html": HtmlReportWriter.Write(report, stream); break;
            case "docx": DocxReportWriter.Write(report, stream); break;
            default: MarkdownReportWriter.Write(report, stream); break;
        }

        stream.Position = 0;
        return ReportDocument.Read(stream, "report." + format);
    }

    private static void AssertSamePrinted(AnnualReport report, ReportImport import)
    {
        AnnualReport read = import.Report;
        decimal?[] expected = PrintedLayout.CellValues(report), actual = PrintedLayout.CellValues(read);
        Assert.Equal(report.Edition, read.Edition);
        for (int i = 0; i < PrintedLayout.CellCountOf(report.Edition); i++)
        {
            if (PrintedLayout.Tables(report.Edition).SelectMany(t => t.Cells).Any(c => c.CellIndex == i))
            {
                Assert.True(
                    expected[i] == actual[i] && expected[i]?.Scale == actual[i]?.Scale,
                    $"{PrintedLayout.CellPointer(report.Edition, i)}: wrote {expected[i]?.ToString() ?? "blank"}, read {actual[i]?.ToString() ?? "blank"}");
            }
        }

        Assert.Equal(report.ProactiveDisclosure2019?.Procurement.AmountUnit, read.ProactiveDisclosure2019?.Procurement.AmountUnit);

        foreach (FormatEntry section in new[] { ReportFormat.Overview, ReportFormat.ProblemsAndImprovements, ReportFormat.OtherMatters })
        {
            Assert.Equal(PrintedDocument.Narrative(report, section)?.Paragraphs.ToArray() ?? [], PrintedDocument.Narrative(read, section)?.Paragraphs.ToArray() ?? []);
        }

        Assert.Equal(PrintedDocument.Title(report), read.Title);
        Assert.Equal(report.Agency.Name, read.Agency.Name);
        Assert.Equal(report.Year, read.Year);
        Assert.Equal(report.PublishedOn, read.PublishedOn);
        Assert.DoesNotContain(import.Findings, f => f.Severity != Core.Validation.Severity.Info);
    }
}
