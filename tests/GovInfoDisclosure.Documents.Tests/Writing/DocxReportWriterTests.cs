using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using FsCheck;
using FsCheck.Xunit;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Properties;
using Paragraph = GovInfoDisclosure.Core.Paragraph;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace GovInfoDisclosure.Documents.Tests.Writing;

public class DocxReportWriterTests
{
    public static TheoryData<string> Samples => [.. WrittenReport.SampleNames];

    private static void AssertValid(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    private static T Read<T>(byte[] docx, Func<WordprocessingDocument, T> read)
    {
        using var stream = new MemoryStream(docx);
        using WordprocessingDocument document = WordprocessingDocument.Open(stream, false);
        return read(document);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_samples_document_has_no_schema_error_and_reads_back_as_the_same_report(string sample)
    {
        AnnualReport report = WrittenReport.Sample(sample);
        byte[] docx = DocxReportWriter.ToBytes(report);

        AssertValid(docx);
        WrittenReport.FromDocx(docx, report.Edition).AssertIsOf(report);
    }

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 25)]
    public void Any_reports_document_has_no_schema_error_and_reads_back_as_the_same_report(AnyReportSpec spec)
    {
        AnnualReport report = spec.Report;
        byte[] docx = DocxReportWriter.ToBytes(report);

        AssertValid(docx);
        WrittenReport.FromDocx(docx, report.Edition).AssertIsOf(report);
    }

    [Fact]
    public void The_page_is_a4_with_the_official_documents_margins()
    {
        byte[] docx = DocxReportWriter.ToBytes(WrittenReport.Sample("laiyuan-2022.json"));

        var (size, margin, grid) = Read(docx, d =>
        {
            SectionProperties section = d.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
            return (section.GetFirstChild<PageSize>()!, section.GetFirstChild<PageMargin>()!, section.GetFirstChild<DocGrid>()!);
        });

        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));

        // 37 mm, 35 mm, 28 mm, 26 mm in twentieths of a point, to the nearest.
        static int Twips(double mm) => (int)Math.Round(mm / 25.4 * 1440);
        Assert.Equal((Twips(37), Twips(35), Twips(28), Twips(26)), (margin.Top!.Value, margin.Bottom!.Value, (int)margin.Left!.Value, (int)margin.Right!.Value));

        // The page's lines on a grid at the body's fixed 28-point line (560 twips): 22 lines a page, as GB/T 9704 has.
        Assert.Equal((DocGridValues.Lines, 560), (grid.Type!.Value, grid.LinePitch!.Value));
        Assert.Equal(22, (16838 - Twips(37) - Twips(35)) / 560);
    }

    [Fact]
    public void Title_headings_subheadings_and_body_have_the_official_fonts_and_sizes_and_the_body_a_fixed_28_point_line()
    {
        AnnualReport report = WrittenReport.Sample("linqiu-wuling-2022.json");
        byte[] docx = DocxReportWriter.ToBytes(report);

        Read(docx, d =>
        {
            Styles styles = d.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            (string Font, string Size) FontOf(string id)
            {
                Style style = styles.Elements<Style>().Single(s => s.StyleId == id);
                RunFonts fonts = style.Descendants<RunFonts>().Single();
                Assert.Equal(fonts.EastAsia!.Value, fonts.Ascii!.Value);
                return (fonts.EastAsia!.Value!, style.Descendants<FontSize>().Single().Val!.Value!);
            }

            Assert.Equal(("方正小标宋简体", "44"), FontOf(DocxReportWriter.TitleStyle));
            Assert.Equal(("黑体", "32"), FontOf(DocxReportWriter.HeadingStyle));
            Assert.Equal(("楷体_GB2312", "32"), FontOf(DocxReportWriter.SubheadingStyle));
            Assert.Equal(("仿宋_GB2312", "32"), FontOf(DocxReportWriter.BodyStyle));
            Assert.InRange(int.Parse(FontOf(DocxReportWriter.TableTextStyle).Size), 18, 21);
            Assert.Empty(styles.Descendants<Bold>()); // none of the official fonts is set bold

            SpacingBetweenLines body = styles.Elements<Style>().Single(s => s.StyleId == DocxReportWriter.BodyStyle).Descendants<SpacingBetweenLines>().Single();
            Assert.Equal(("560", LineSpacingRuleValues.Exact), (body.Line!.Value, body.LineRule!.Value));
            Assert.Equal(JustificationValues.Center, styles.Elements<Style>().Single(s => s.StyleId == DocxReportWriter.TitleStyle).Descendants<Justification>().Single().Val!.Value);

            var paragraphs = d.MainDocumentPart.Document!.Body!.Elements<WordParagraph>().ToList();
            string? StyleOf(string text) => paragraphs.First(p => p.InnerText == text).ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            Assert.Equal(DocxReportWriter.TitleStyle, StyleOf(report.Title!));
            Assert.All(ReportFormat.Sections, s => Assert.Equal(DocxReportWriter.HeadingStyle, StyleOf(s.LabelZh)));
            Assert.Equal(DocxReportWriter.SubheadingStyle, StyleOf(report.Overview![1].Heading!));
            Assert.Equal(DocxReportWriter.BodyStyle, StyleOf(report.Overview[1].Text));
            return 0;
        });
    }

    [Fact]
    public void The_styles_lay_paragraphs_out_as_design_md_gives_them()
    {
        byte[] docx = DocxReportWriter.ToBytes(WrittenReport.Sample("linqiu-wuling-2022.json"));

        Read(docx, d =>
        {
            var styles = d.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
            Style body = styles[DocxReportWriter.BodyStyle];
            string[] others = [DocxReportWriter.TitleStyle, DocxReportWriter.HeadingStyle, DocxReportWriter.SubheadingStyle, DocxReportWriter.TableTextStyle];

            // The body style is the default, and the others are based on it; every style's text is Chinese.
            Assert.True(body.Default?.Value);
            Assert.Null(body.BasedOn);
            Assert.All(others, id => Assert.Equal((DocxReportWriter.BodyStyle, (bool?)null), (styles[id].BasedOn?.Val?.Value, styles[id].Default?.Value)));
            Assert.All(styles.Values, s => Assert.Equal(("zh-CN", "zh-CN"), (s.StyleRunProperties!.Languages!.Val!.Value, s.StyleRunProperties.Languages.EastAsia!.Value)));

            // The first line indented two characters in the body and the headings, not in the title or a table.
            int? FirstLineChars(string id) => styles[id].StyleParagraphProperties!.Indentation!.FirstLineChars?.Value;
            string[] indented = [DocxReportWriter.BodyStyle, DocxReportWriter.HeadingStyle, DocxReportWriter.SubheadingStyle];
            Assert.All(indented, id => Assert.Equal(200, FirstLineChars(id)));
            Assert.All([DocxReportWriter.TitleStyle, DocxReportWriter.TableTextStyle], id => Assert.Equal(0, FirstLineChars(id)));
            Assert.Equal("0", styles[DocxReportWriter.TitleStyle].StyleParagraphProperties!.Indentation!.FirstLine!.Value);

            // Body text justified, every line on the page's grid (no widow control moving a line to the next page).
            Assert.Equal(JustificationValues.Both, body.StyleParagraphProperties!.Justification!.Val!.Value);
            Assert.False(body.StyleParagraphProperties.WidowControl!.Val!.Value);

            // The title on a 35-point line with a 28-point line after it; headings kept with the paragraph after them.
            SpacingBetweenLines title = styles[DocxReportWriter.TitleStyle].StyleParagraphProperties!.SpacingBetweenLines!;
            Assert.Equal(("700", LineSpacingRuleValues.Exact, "560"), (title.Line!.Value, title.LineRule!.Value, title.After!.Value));
            Assert.All(others[..3], id => Assert.NotNull(styles[id].StyleParagraphProperties!.KeepNext));
            SpacingBetweenLines table = styles[DocxReportWriter.TableTextStyle].StyleParagraphProperties!.SpacingBetweenLines!;
            Assert.Equal(("240", LineSpacingRuleValues.Auto), (table.Line!.Value, table.LineRule!.Value));
            return 0;
        });
    }

    [Theory]
    [InlineData(ReportEdition.Edition2021)]
    [InlineData(ReportEdition.Edition2019)]
    public void A_tables_columns_share_the_text_width_by_the_longest_label_each_holds(ReportEdition edition)
    {
        AnnualReport report = new AnnualReportBuilder(2023, "某县").WithEdition(edition).Build();
        const int TextWidth = 11906 - 1587 - 1474;
        var printed = PrintedLayout.Tables(edition);

        Read(DocxReportWriter.ToBytes(report), d =>
        {
            var tables = d.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
            for (int t = 0; t < printed.Length; t++)
            {
                // A column's weight: its longest label of one column (3 to 12 characters; one spanning three rows or
                // more wraps, so 2 before the clamp), 4 for a column of values only; the last column takes the rounding.
                int[] weights = [.. Enumerable.Range(0, printed[t].ColumnCount).Select(column => printed[t].Cells
                    .Where(c => c.Column == column && c.ColumnSpan == 1 && c.Kind is PrintedCellKind.RowHeader or PrintedCellKind.ColumnHeader)
                    .Select(c => Math.Clamp(c.RowSpan > 2 ? 2 : c.Text.Length, 3, 12))
                    .DefaultIfEmpty(4).Max())];
                int[] expected = [.. weights.Select(w => TextWidth * w / weights.Sum())];
                expected[^1] += TextWidth - expected.Sum();

                Assert.Equal(expected, tables[t].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!)));
            }

            return 0;
        });
    }

    [Fact]
    public void The_tables_have_the_templates_merges_fixed_layout_and_the_text_width()
    {
        byte[] docx = DocxReportWriter.ToBytes(WrittenReport.Sample("yanshi-jinshi-2022.json"));
        var printed = PrintedLayout.Tables(ReportEdition.Edition2021);

        Read(docx, d =>
        {
            var tables = d.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
            Assert.Equal(printed.Length, tables.Count);
            for (int t = 0; t < printed.Length; t++)
            {
                TableProperties properties = tables[t].GetFirstChild<TableProperties>()!;
                Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
                Assert.Equal((11906 - 1587 - 1474).ToString(), properties.TableWidth!.Width!.Value);
                Assert.Equal(11906 - 1587 - 1474, tables[t].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(g => int.Parse(g.Width!.Value!)));

                // Every label at the slot where the template starts it, every slot its spans cover merged into it.
                string?[,] grid = WrittenReport.Grid(tables[t], printed[t].ColumnCount);
                foreach (PrintedCell cell in printed[t].Cells)
                {
                    if (cell.Kind != PrintedCellKind.Value)
                    {
                        Assert.Equal(cell.Text, grid[cell.Row, cell.Column]);
                    }

                    for (int r = cell.Row + 1; r < cell.Row + cell.RowSpan; r++)
                    {
                        Assert.Null(grid[r, cell.Column]);
                    }
                }

                // Only the template's merges: no gridSpan of one column, no vMerge on a cell of one row.
                var cells = tables[t].Descendants<TableCell>().Select(c => c.TableCellProperties!).ToList();
                Assert.All(cells, c => Assert.True(c.GridSpan is null || c.GridSpan.Val!.Value > 1));
                Assert.Equal(printed[t].Cells.Where(c => c.RowSpan > 1).Sum(c => c.RowSpan), cells.Count(c => c.VerticalMerge is not null));
            }

            TableCell outcomes = tables[1].Descendants<TableCell>().Single(c => c.InnerText == "三、本年度办理结果");
            Assert.Equal(MergedCellValues.Restart, outcomes.TableCellProperties!.VerticalMerge!.Val!.Value);
            Assert.Equal(7, tables[1].Descendants<TableCell>().Single(c => c.InnerText == PrintedLayout.ApplicantsHeader).TableCellProperties!.GridSpan!.Val!.Value);
            return 0;
        });
    }

    [Theory]
    [InlineData(ReportEdition.Edition2021)]
    [InlineData(ReportEdition.Edition2019)]
    public void A_tables_header_rows_repeat_on_a_new_page_and_no_row_splits_across_pages(ReportEdition edition)
    {
        // design.md: "Header rows repeat on a new page (tblHeader) and no row splits across pages". The header rows are
        // those above the first row that starts a value or a row label: section 二's first block title and its column
        // headers (the later blocks' own headers are inside the table, not repeated), three rows in 三 and in 四.
        AnnualReport report = WrittenReport.SampleNames.Select(WrittenReport.Sample).First(r => r.Edition == edition);
        var printed = PrintedLayout.Tables(edition);
        int[] headerRows = [.. printed.Select(t => t.Cells.Where(c => c.Kind is PrintedCellKind.Value or PrintedCellKind.RowHeader).Min(c => c.Row))];
        if (edition == ReportEdition.Edition2021)
        {
            Assert.Equal([2, 3, 3], headerRows);
        }

        Read(DocxReportWriter.ToBytes(report), d =>
        {
            var tables = d.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
            for (int t = 0; t < printed.Length; t++)
            {
                var rows = tables[t].Elements<TableRow>().Select(r => r.TableRowProperties).ToList();
                Assert.Equal(printed[t].RowCount, rows.Count);
                Assert.Equal(Enumerable.Range(0, rows.Count).Select(r => r < headerRows[t]), rows.Select(p => p?.GetFirstChild<TableHeader>() is not null));
                Assert.All(rows, p => Assert.NotNull(p?.GetFirstChild<CantSplit>()));
            }

            return 0;
        });
    }

    [Fact]
    public void Each_cell_is_as_wide_as_the_grid_columns_it_spans_and_only_row_labels_are_left_aligned()
    {
        byte[] docx = DocxReportWriter.ToBytes(WrittenReport.Sample("yanshi-jinshi-2022.json"));
        var printed = PrintedLayout.Tables(ReportEdition.Edition2021);

        Read(docx, d =>
        {
            var tables = d.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
            for (int t = 0; t < printed.Length; t++)
            {
                int[] columns = [.. tables[t].GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!))];
                // Every slot a row label covers, where it starts and where it is merged down (an empty continuation).
                var rowLabels = printed[t].Cells.Where(c => c.Kind == PrintedCellKind.RowHeader)
                    .SelectMany(c => Enumerable.Range(c.Row, c.RowSpan).Select(r => (r, c.Column))).ToHashSet();
                var rows = tables[t].Elements<TableRow>().ToList();
                for (int r = 0; r < rows.Count; r++)
                {
                    int column = 0;
                    foreach (TableCell cell in rows[r].Elements<TableCell>())
                    {
                        int span = cell.TableCellProperties!.GridSpan?.Val?.Value ?? 1;
                        TableCellWidth width = cell.TableCellProperties.TableCellWidth!;
                        Assert.Equal((TableWidthUnitValues.Dxa, columns.AsSpan(column, span).ToArray().Sum().ToString()), (width.Type!.Value, width.Width!.Value));
                        JustificationValues justification = cell.GetFirstChild<WordParagraph>()!.ParagraphProperties!.Justification!.Val!.Value;
                        bool left = rowLabels.Contains((r, column));
                        Assert.True(justification == (left ? JustificationValues.Left : JustificationValues.Center), $"table {t}, row {r}, column {column}: left {left}");
                        column += span;
                    }
                }
            }

            return 0;
        });
    }

    [Fact]
    public void Line_breaks_and_tabs_in_a_narrative_are_breaks_and_tabs_and_spaces_are_kept()
    {
        AnnualReport report = WrittenReport.Sample("linqiu-wuling-2022.json") with
        {
            OtherMatters = new Narrative([new Paragraph { Text = "  首行\n第二行\t制表 <&> 𠀋  " }]),
        };
        byte[] docx = DocxReportWriter.ToBytes(report);

        AssertValid(docx);
        WrittenReport.FromDocx(docx, report.Edition).AssertIsOf(report);

        // As Word shows it: a line feed is a break and a tab a tab (a line feed inside w:t would show as a space).
        Read(docx, d =>
        {
            Run run = d.MainDocumentPart!.Document!.Body!.Elements<WordParagraph>().Single(p => p.InnerText.Contains("首行", StringComparison.Ordinal)).Elements<Run>().Single();
            Assert.Equal(
                ["Text:  首行", "Break", "Text:第二行", "TabChar", "Text:制表 <&> 𠀋  "],
                run.ChildElements.Select(e => e switch { Text t => $"Text:{t.Text}", Break => "Break", TabChar => "TabChar", _ => e.LocalName }));
            Assert.All(run.Elements<Text>(), t => Assert.Equal(SpaceProcessingModeValues.Preserve, t.Space!.Value));
            return 0;
        });
    }

    [Fact]
    public void A_document_written_to_a_stream_that_cannot_seek_or_be_read_is_the_same_package()
    {
        // Standard output when redirected or piped: the SDK's zip needs to seek and read back.
        AnnualReport report = WrittenReport.Sample("laiyuan-2022.json");
        using var written = new WriteOnlyStream();

        DocxReportWriter.Write(report, written);

        AssertValid(written.Bytes);
        WrittenReport.FromDocx(written.Bytes, report.Edition).AssertIsOf(report);
    }

    [Fact]
    public void A_stream_that_cannot_be_written_is_refused_and_left_as_it_was()
    {
        byte[] bytes = [1, 2, 3];
        using var readOnly = new MemoryStream(bytes, writable: false);

        Assert.Throws<ArgumentException>("stream", () => DocxReportWriter.Write(WrittenReport.Sample("laiyuan-2022.json"), readOnly));

        Assert.Equal([1, 2, 3], readOnly.ToArray());
        Assert.Equal(0, readOnly.Position);
    }

    [Fact]
    public void A_document_written_to_a_file_opened_for_writing_only_is_the_same_package()
    {
        // File.OpenWrite: the stream seeks but cannot be read back, which the SDK's zip needs.
        AnnualReport report = WrittenReport.Sample("laiyuan-2022.json");
        string path = Path.GetTempFileName();
        try
        {
            using (FileStream file = File.OpenWrite(path))
            {
                DocxReportWriter.Write(report, file);
            }

            byte[] written = File.ReadAllBytes(path);
            AssertValid(written);
            WrittenReport.FromDocx(written, report.Edition).AssertIsOf(report);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("/title")]
    [InlineData("/agency/name")]
    public void A_character_words_xml_cannot_hold_in_the_title_or_the_agencys_name_is_refused_by_its_json_path(string path)
    {
        AnnualReport sample = WrittenReport.Sample("laiyuan-2022.json");
        AnnualReport report = path == "/title" ? sample with { Title = "甲\u0001乙" } : sample with { Agency = sample.Agency with { Name = "甲\u0001乙" } };

        AssertRefusedNaming(report, $"{path} holds U+0001 at character 2");
    }

    [Theory]
    [InlineData("甲", 0xD800, "")] // a high surrogate ending the text, no low one after it
    [InlineData("甲", 0xDC00, "乙")] // a low surrogate after an ordinary character
    public void A_lone_surrogate_at_the_end_of_a_text_or_after_an_ordinary_character_is_refused_by_its_json_path(string before, int code, string after)
    {
        // (Built here: a lone surrogate in an attribute's string would be compiled as U+FFFD.)
        string text = before + (char)code + after;
        AnnualReport sample = WrittenReport.Sample("laiyuan-2022.json");
        AnnualReport report = sample with { Overview = new Narrative([new Paragraph { Text = text }, .. sample.Overview!.Paragraphs]) };

        AssertRefusedNaming(report, $"/overview/0/text holds U+{code:X4} at character {before.Length + 1}");
    }

    [Theory]
    [InlineData("text", 0x0001)]
    [InlineData("text", 0x000C)]
    [InlineData("text", 0xFFFE)]
    [InlineData("text", 0xD800)] // a lone surrogate
    [InlineData("heading", 0x001F)]
    public void A_character_words_xml_cannot_hold_is_refused_by_its_json_path_and_nothing_is_written(string key, int code)
    {
        string text = "甲" + (char)code + "乙";
        AnnualReport sample = WrittenReport.Sample("laiyuan-2022.json");
        AnnualReport report = sample with
        {
            Overview = new Narrative([key == "heading" ? new Paragraph { Heading = text, Text = "正文" } : new Paragraph { Text = text }, .. sample.Overview!.Paragraphs]),
        };

        AssertRefusedNaming(report, $"/overview/0/{key} holds U+{code:X4} at character 2");
    }

    /// <summary>The writer refuses the report (an argument error naming it, the message naming the value) and writes nothing.</summary>
    private static void AssertRefusedNaming(AnnualReport report, string value)
    {
        using var stream = new MemoryStream();

        ArgumentException e = Assert.Throws<ArgumentException>(() => DocxReportWriter.Write(report, stream));

        Assert.Equal("report", e.ParamName);
        Assert.Contains(value, e.Message, StringComparison.Ordinal);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Tabs_line_feeds_carriage_returns_and_characters_beyond_the_basic_plane_are_written()
    {
        AnnualReport report = WrittenReport.Sample("laiyuan-2022.json") with { Agency = new Agency { Name = "测试\t县\r\n𠀋\uE000\uFFFD" } };

        AssertValid(DocxReportWriter.ToBytes(report));
    }

    /// <summary>A stream that can only be written, as standard output is.</summary>
    private sealed class WriteOnlyStream : Stream
    {
        private readonly MemoryStream _inner = new();

        public byte[] Bytes => _inner.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);
    }

    [Fact]
    public void The_agency_and_the_date_at_the_end_are_right_aligned_without_the_bodys_first_line_indent()
    {
        AnnualReport report = WrittenReport.Sample("linqiu-wuling-2022.json");
        byte[] docx = DocxReportWriter.ToBytes(report);

        Read(docx, d =>
        {
            var paragraphs = d.MainDocumentPart!.Document!.Body!.Elements<WordParagraph>().ToList();
            foreach (string closing in new[] { report.Agency.Name, PrintedDocument.FormatDate(report.PublishedOn!.Value) })
            {
                ParagraphProperties properties = paragraphs.Last(p => p.InnerText == closing).ParagraphProperties!;
                Assert.Equal(JustificationValues.Right, properties.Justification!.Val!.Value);
                Assert.Equal(("0", 0), (properties.Indentation!.FirstLine!.Value, properties.Indentation.FirstLineChars!.Value));
            }

            return 0;
        });
    }
}
