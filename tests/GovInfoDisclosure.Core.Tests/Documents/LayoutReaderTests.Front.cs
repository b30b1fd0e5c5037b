using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>
/// <see cref="LayoutReader"/> outside the tables: the title and what it names, the section headings, the closing lines,
/// the narratives' paragraphs, and the order findings are listed in.
/// </summary>
public partial class LayoutReaderTests
{
    private const string Title = "测试县2022年政府信息公开工作年度报告";

    /// <summary>The document the text reader makes of a text, every block rebuilt by <paramref name="rebuild"/>.</summary>
    private static SourceDocument Rebuilt(string text, Func<DocumentParagraph, DocumentParagraph> rebuild, string? pageTitle = null) =>
        new("report.txt", TextDocumentReader.Read(text, "report.txt").Blocks.Select(b => b is DocumentParagraph p ? rebuild(p) : b)) { PageTitle = pageTitle };

    private static string Heading(int section) => ReportFormat.Sections[section].LabelZh;

    [Theory]
    [InlineData(AnnualReport.MinYear - 1, false)]
    [InlineData(AnnualReport.MinYear, true)]
    [InlineData(AnnualReport.MaxYear, true)]
    [InlineData(AnnualReport.MaxYear + 1, false)]
    public void Only_a_title_year_a_report_can_be_on_is_read_and_another_is_refused_naming_it(int year, bool accepted)
    {
        string text = Replace(Text(), "测试县2022年", $"测试县{year:D4}年");
        if (accepted)
        {
            Assert.Equal(year, Read(text).Report.Year);
            return;
        }

        var e = Assert.Throws<DocumentReadException>(() => Read(text));
        Assert.Contains($"the year {year} ", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.Location?.Line);
    }

    [Fact]
    public void The_title_year_and_agency_are_located_at_the_title_unless_the_caller_gave_them()
    {
        // Without a closing signature the agency is the title's.
        ReportImport import = Read(Text(Base() with { PublishedOn = null }));
        Assert.Equal((1, 1, 1), (import.LocationOf(ReportFormat.Title.JsonPointer)?.Line, import.LocationOf(ReportFormat.Year.JsonPointer)?.Line,
            import.LocationOf(ReportFormat.AgencyName.JsonPointer)?.Line));

        ReportImport given = Read(Text(Base() with { PublishedOn = null }), new ImportOptions { Year = 2022, AgencyName = "测试县" });
        Assert.Equal(1, given.LocationOf(ReportFormat.Title.JsonPointer)?.Line);
        Assert.Null(given.LocationOf(ReportFormat.Year.JsonPointer));
        Assert.Null(given.LocationOf(ReportFormat.AgencyName.JsonPointer));
    }

    [Fact]
    public void A_body_title_stating_the_year_is_preferred_to_the_page_title_and_one_without_it_is_not()
    {
        string text = Text();
        ReportImport stated = LayoutReader.Read(Rebuilt(text, p => p, pageTitle: "某某市2019年政府信息公开工作年度报告"));
        Assert.Equal((2022, "测试县"), (stated.Report.Year, stated.Report.Agency.Name));
        Assert.Equal(1, stated.LocationOf(ReportFormat.Year.JsonPointer)?.Line);

        // The body's title states no year: the page title names year and agency, and has no line to point at.
        ReportImport unstated = LayoutReader.Read(Rebuilt(Replace(text, Title, "政府信息公开工作年度报告"), p => p, pageTitle: "测试县2021年政府信息公开工作年度报告"));
        Assert.Equal((2021, "政府信息公开工作年度报告"), (unstated.Report.Year, unstated.Report.Title));
        Assert.Null(unstated.LocationOf(ReportFormat.Year.JsonPointer));
        Assert.Equal(1, unstated.LocationOf(ReportFormat.Title.JsonPointer)?.Line);
    }

    [Fact]
    public void A_title_marked_as_a_heading_is_the_title_even_without_ending_in_bao_gao()
    {
        const string titled = "测试县2022年政府信息公开工作年度报告（全文）";
        AnnualReport report = Base() with { Title = titled };
        ReportImport marked = Read(Text(report, TextPrinter.Style.Markdown));
        Assert.Equal((titled, 2022, "测试县"), (marked.Report.Title, marked.Report.Year, marked.Report.Agency.Name));
        Assert.Equal(1, marked.LocationOf(ReportFormat.Title.JsonPointer)?.Line);
        Assert.Equal(report.Overview, marked.Report.Overview);

        // A heading of white space before it (an empty <h1> around a page's logo) is none.
        SourceDocument document = TextDocumentReader.Read(Text(report, TextPrinter.Style.Markdown), "report.md");
        ReportImport afterEmpty = LayoutReader.Read(new SourceDocument("report.md", document.Blocks.Insert(0, new DocumentParagraph("\u3000", new SourceLocation { Line = 1 }, isHeading: true))));
        Assert.Equal(titled, afterEmpty.Report.Title);

        // Unmarked, it is no title, and the document names no year.
        Assert.Throws<DocumentReadException>(() => Read(Text(report)));
    }

    [Fact]
    public void Findings_are_listed_by_line_then_table_row_and_cell_then_as_found()
    {
        // A page printed on one line (minified HTML): every block on line 1, a finding's place in it told by table, row and
        // cell (table 1 is section 二's, its 行政处罚 row the 10th; table 2 is section 三's; the received row is its 4th, the
        // duplicate row its 20th).
        string text = Replace(Text(), "第二段。", new string('字', 40) + "\n第二段。");
        text = ReplaceRow(text, "行政处罚", "—");
        text = Replace(text, Heading(4), "五、今后打算");
        text = Replace(text, Heading(5), "六、其他");
        text = ReplaceRow(text, Row(ApplicationRow.Received), "—", "0", "／", "0", "0", "0", "0");
        text = ReplaceRow(text, Row(ApplicationRow.Duplicate), "—", "0", "0", "0", "0", "0", "0");
        SourceDocument lines = TextDocumentReader.Read(text, "page.html");
        static SourceLocation OneLine(SourceLocation l) => l with { Line = 1 };
        var blocks = lines.Blocks.Select(b => b switch
        {
            DocumentParagraph p => (DocumentBlock)new DocumentParagraph(p.Text, OneLine(p.Location), p.IsHeading),
            DocumentTable t => new DocumentTable(t.Rows.Select(r => r.Select(c => new DocumentCell(c.Text, OneLine(c.Location), c.RowSpan, c.ColumnSpan, c.IsHeader))), OneLine(t.Location), t.Number),
            _ => b,
        });
        ReportImport import = LayoutReader.Read(new SourceDocument("page.html", blocks));
        Assert.Equal(
            [
                (Rules.ParagraphJoined.Code, $"{ReportFormat.Overview.JsonPointer}/1", 1, null, null, null),
                (Rules.DashAsBlank.Code, ReportFormat.CellPointer(DisclosureCell.PenaltiesDecisions), 1, 1, 10, 2),
                (Rules.DashAsBlank.Code, Received, 1, 2, 4, 2),
                (Rules.DashAsBlank.Code, ReportFormat.CellPointer(ApplicationRow.Received, ApplicantColumn.ResearchInstitution), 1, 2, 4, 4),
                (Rules.DashAsBlank.Code, ReportFormat.CellPointer(ApplicationRow.Duplicate, ApplicantColumn.NaturalPerson), 1, 2, 20, 2),
                (Rules.SectionNotFound.Code, ReportFormat.ProblemsAndImprovements.JsonPointer, null, null, null, null),
                (Rules.SectionNotFound.Code, ReportFormat.OtherMatters.JsonPointer, null, null, null, null),
            ],
            import.Findings.Select(d => (d.Code, d.Path, d.Location?.Line, d.Location?.Table, d.Location?.Row, d.Location?.Cell)));
    }

    [Fact]
    public void A_long_cell_holding_a_2019_column_label_is_a_note_and_does_not_make_a_2019_report()
    {
        string note = "注：本表所称本年新制作数量以外的文件，均指本年度制发并主动公开的规范性文件，不含转载、转发的文件";
        Assert.True(PrintedText.Label(note).Length > 40);
        string text = Replace(Text(), "\t第二十条第（五）项", "\t" + note + "\n\t第二十条第（五）项");
        Assert.Equal(ReportEdition.Edition2021, Read(text).Report.Edition);
    }

    [Theory]
    [InlineData(40, ReportEdition.Edition2019)]
    [InlineData(41, ReportEdition.Edition2021)]
    public void A_cell_of_at_most_40_characters_holding_a_2019_column_label_makes_a_2019_report(int length, ReportEdition edition)
    {
        string cell = "本年新制作数量" + new string('字', length - "本年新制作数量".Length);
        string text = Replace(Text(), "\t第二十条第（五）项", "\t" + cell + "\n\t第二十条第（五）项");

        Assert.Equal(edition, Read(text).Report.Edition);
    }

    [Fact]
    public void A_document_marking_its_six_headings_takes_no_unmarked_line_for_one()
    {
        AnnualReport report = Base() with
        {
            Overview = new Narrative(
            [
                new Paragraph { Text = "本年主动公开信息100条。" },
                new Paragraph { Heading = Heading(1), Text = "正文。" },
                new Paragraph { Heading = Heading(2), Text = "正文。" },
            ]),
        };
        ReportImport import = Read(Text(report, TextPrinter.Style.Markdown));
        Assert.Empty(import.Findings);
        Assert.Equal(report.Overview, import.Report.Overview);
    }

    [Fact]
    public void A_document_marking_some_of_its_headings_finds_the_others_unmarked()
    {
        string text = Replace(Text(null, TextPrinter.Style.Markdown), "## " + Heading(4), Heading(4));
        ReportImport import = Read(text);
        Assert.Empty(import.Findings);
        Assert.Equal(Base(), import.Report);
    }

    [Fact]
    public void Without_the_heading_of_section_one_the_lines_before_section_two_are_the_overview()
    {
        ReportImport import = Read(Replace(Text(), Heading(0) + "\n", string.Empty));
        Assert.Equal([(Rules.SectionNotFound.Code, ReportFormat.Overview.JsonPointer)], import.Findings.Select(d => (d.Code, d.Path)));
        Assert.Equal(Base() with { Overview = import.Report.Overview }, import.Report);
        Assert.Equal(Base().Overview!.Select(p => (p.Heading, p.Text)), import.Report.Overview!.Select(p => (p.Heading, p.Text)));
    }

    [Fact]
    public void A_document_marking_its_headings_keeps_its_paragraphs_as_printed_and_one_marking_only_some_joins_a_split_one()
    {
        string split = new string('字', 40);
        AnnualReport report = Base() with
        {
            Overview = new Narrative([new Paragraph { Text = split }, new Paragraph { Text = "第二段。" }]),
        };

        // Marked, with a heading missing: still the document's own paragraphs.
        ReportImport marked = Read(Replace(Text(report, TextPrinter.Style.Markdown), "## " + Heading(5), "## 六、其他"));
        Assert.Equal([(Rules.SectionNotFound.Code, ReportFormat.OtherMatters.JsonPointer)], marked.Findings.Select(d => (d.Code, d.Path)));
        Assert.Equal(report.Overview, marked.Report.Overview);

        // A heading left unmarked: the marks are not to be trusted, and a paragraph stopping mid-sentence is joined with the next.
        ReportImport some = Read(Replace(Text(report, TextPrinter.Style.Markdown), "## " + Heading(4), Heading(4)));
        Assert.Equal([Rules.ParagraphJoined.Code], some.Findings.Select(d => d.Code));
        Assert.Equal([split + "第二段。"], some.Report.Overview!.Select(p => p.Text));
    }

    [Fact]
    public void A_document_marking_a_sub_heading_in_one_narrative_reads_unmarked_numbered_lines_in_the_others_as_text()
    {
        AnnualReport report = Base() with
        {
            Overview = new Narrative([new Paragraph { Heading = "### （一）主动公开情况", Text = "本年主动公开信息100条。" }]),
            ProblemsAndImprovements = new Narrative([new Paragraph { Text = "（一）加强培训" }, new Paragraph { Text = "问题。" }]),
        };
        ReportImport import = Read(Text(report, TextPrinter.Style.Markdown));
        Assert.Equal([(null, "（一）加强培训"), (null, "问题。")], import.Report.ProblemsAndImprovements!.Select(p => (p.Heading, p.Text)));
        Assert.Equal([("（一）主动公开情况", "本年主动公开信息100条。")], import.Report.Overview!.Select(p => (p.Heading, p.Text)));
    }

    [Fact]
    public void A_missing_section_heading_is_not_taken_from_a_later_section_s_sub_heading()
    {
        AnnualReport report = Base() with
        {
            ProblemsAndImprovements = new Narrative([new Paragraph { Heading = "（二）主动公开政府信息情况", Text = "问题。" }]),
        };
        ReportImport import = Read(Replace(Text(report), Heading(1) + "\n", string.Empty));
        Assert.Equal([(Rules.SectionNotFound.Code, ReportFormat.ProactiveDisclosure.JsonPointer)], import.Findings.Select(d => (d.Code, d.Path)));
        Assert.Equal(report.ProblemsAndImprovements, import.Report.ProblemsAndImprovements);
        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
    }

    [Fact]
    public void A_table_before_the_title_such_as_a_page_s_index_data_is_not_the_report_s()
    {
        // Government pages often print the document's index data (索引号, 发布机构) in a small table above the report.
        SourceDocument merged = TextPrinter.Merged(Base());
        SourceLocation at = merged.Blocks[0].Location;
        var indexData = new DocumentTable(
            [[new DocumentCell("索引号", at), new DocumentCell("11350128MB0000000X/2024-00001", at)], [new DocumentCell("发布机构", at), new DocumentCell(Base().Agency.Name, at)]],
            at,
            1);
        IEnumerable<DocumentBlock> report = merged.Blocks.Select(b => b is DocumentTable t ? new DocumentTable([.. t.Rows], t.Location, t.Number + 1) : b);

        ReportImport import = LayoutReader.Read(new SourceDocument("page.html", [indexData, .. report]));

        Assert.Empty(import.Findings);
        Assert.Equal(Base(), import.Report);
    }

    [Fact]
    public void A_document_that_starts_with_section_two_s_heading_has_no_overview_and_says_section_one_is_missing()
    {
        // Neither title nor section 一: the heading at the document's very start is section 二's, not the overview's text.
        string text = Text();
        text = text[text.IndexOf(Heading(1), StringComparison.Ordinal)..];

        ReportImport import = Read(text, new ImportOptions { Year = Base().Year, AgencyName = Base().Agency.Name });

        Assert.Null(import.Report.Overview);
        Assert.Equal(
            [(Rules.SectionNotFound.Code, ReportFormat.Sections[0].JsonPointer)],
            import.Findings.Where(d => d.Severity == Severity.Error).Select(d => (d.Code, d.Path)));
        Assert.Equal(Base().ProactiveDisclosure, import.Report.ProactiveDisclosure);
    }

    [Theory]
    [InlineData(0, "一、工作总体情况")]
    [InlineData(1, "（二）主动公开政府信息的情况")]
    [InlineData(4, "五、存在的问题及改进情况")]
    public void A_section_heading_with_its_numeral_and_words_close_to_the_template_s_is_read_and_said(int section, string printed)
    {
        ReportImport import = Read(Replace(Text(), Heading(section) + "\n", printed + "\n"));

        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.LabelVariant.Code, ReportFormat.Sections[section].JsonPointer), (finding.Code, finding.Path));
        Assert.Equal(Base(), import.Report);
    }

    [Theory]
    [InlineData("1.")]
    [InlineData("1、")]
    [InlineData("１．")]
    [InlineData("第一部分 ")]
    [InlineData("第一部分：")]
    public void A_section_heading_numbered_in_figures_or_by_part_with_the_template_s_words_is_read_and_said(string one)
    {
        string text = Text();
        for (int s = 0; s < 6; s++)
        {
            string numeral = "一二三四五六"[s].ToString();
            string number = one.Replace("1", ((char)('1' + s)).ToString(), StringComparison.Ordinal).Replace("１", ((char)('１' + s)).ToString(), StringComparison.Ordinal)
                .Replace("一", numeral, StringComparison.Ordinal);
            text = Replace(text, Heading(s) + "\n", number + Heading(s)[2..] + "\n");
        }

        ReportImport import = Read(text);

        Assert.Equal(Enumerable.Range(0, 6).Select(s => (Rules.LabelVariant.Code, ReportFormat.Sections[s].JsonPointer)), import.Findings.Select(d => (d.Code, d.Path)));
        Assert.Equal(Base(), import.Report);
    }

    [Theory]
    [InlineData("2.主动公开情况")] // a sub-heading of 一 in figures: its words are not the template's
    [InlineData("主动公开政府信息情况")] // the words alone, in text that marks no heading
    [InlineData("第七部分 主动公开政府信息情况")]
    [InlineData("7.主动公开政府信息情况")]
    [InlineData("3.主动公开政府信息情况")] // the figure of another section
    public void A_heading_numbered_otherwise_is_a_section_s_only_with_its_figure_and_the_template_s_words(string printed)
    {
        ReportImport import = Read(Replace(Text(), Heading(1) + "\n", printed + "\n"));

        Assert.Contains(import.Findings, d => d.Code == Rules.SectionNotFound.Code && d.Path == ReportFormat.ProactiveDisclosure.JsonPointer);
    }

    [Fact]
    public void Section_headings_without_numbering_are_read_where_the_document_marks_them_as_headings()
    {
        string markdown = MarkdownReportWriter.ToMarkdown(Base());
        for (int s = 0; s < 6; s++)
        {
            markdown = Replace(markdown, "## " + Heading(s) + "\n", "## " + Heading(s)[2..] + "\n");
        }

        ReportImport import = LayoutReader.Read(TextDocumentReader.Read(markdown, "report.md"));

        Assert.Equal(Enumerable.Range(0, 6).Select(s => (Rules.LabelVariant.Code, ReportFormat.Sections[s].JsonPointer)), import.Findings.Select(d => (d.Code, d.Path)));
        Assert.Equal(Base(), import.Report);
    }

    [Theory]
    // 四's words (17 characters as compared) and 21 more: 38 characters, twice the words' length and four, and a
    // similarity of exactly 0.6 (15 of the words' bigrams among 35).
    [InlineData("：本机关全年未发生此类案件具体如下表所列示", true)]
    [InlineData("：本机关，全年未发生此类案件具体如下表所列示", false)] // the same similarity, one character too long
    [InlineData("本机关全年未发生此类案件具体如下表所列示明", false)]   // 38 characters, a similarity of 0.59
    public void A_section_heading_variant_is_read_up_to_twice_its_words_length_and_four_with_a_similarity_of_at_least_0_6(string added, bool read)
    {
        string printed = Heading(3) + added;

        ReportImport import = Read(Replace(Text(), Heading(3) + "\n", printed + "\n"));

        if (read)
        {
            Diagnostic finding = Assert.Single(import.Findings);
            Assert.Equal((Rules.LabelVariant.Code, ReportFormat.ReviewAndLitigation.JsonPointer), (finding.Code, finding.Path));
            Assert.Equal(Base(), import.Report);
        }
        else
        {
            Assert.Contains(import.Findings, d => d.Code == Rules.SectionNotFound.Code && d.Path == ReportFormat.ReviewAndLitigation.JsonPointer);
        }
    }

    [Fact]
    public void A_variant_of_section_one_s_heading_after_section_two_s_is_not_section_one()
    {
        // A report that leaves section 一 out, with a sub-heading in 六 that reads like 一's heading: 一 is missing, and the
        // sub-heading stays 六's (taken for 一, it would put every section after it out of reach).
        AnnualReport report = Base() with
        {
            Overview = null,
            OtherMatters = new Narrative([new Paragraph { Heading = "（一）总体情况", Text = "本机关无其他需要报告的事项。" }]),
        };
        string text = Replace(Text(report), Heading(0) + "\n", string.Empty);

        ReportImport import = Read(text);

        Assert.Equal([(Rules.SectionNotFound.Code, ReportFormat.Overview.JsonPointer)], import.Findings.Select(d => (d.Code, d.Path)));
        Assert.Equal(report, import.Report);
    }

    [Fact]
    public void Without_any_section_heading_the_overview_is_the_lines_before_the_first_table_only()
    {
        string text = Text();
        for (int s = 0; s < 6; s++)
        {
            text = Replace(text, Heading(s) + "\n", string.Empty);
        }

        ReportImport import = Read(text);

        Assert.Equal(6, import.Findings.Count(d => d.Code == Rules.SectionNotFound.Code));
        Assert.Equal(Base().Overview!.Select(p => (p.Heading, p.Text)), import.Report.Overview!.Select(p => (p.Heading, p.Text)));
        Assert.Null(import.Report.ProblemsAndImprovements);
        Assert.Equal(Base().Applications, import.Report.Applications);
    }

    [Theory]
    [InlineData(80, true)]
    [InlineData(81, false)]
    public void A_paragraph_ending_with_the_word_report_is_the_title_only_up_to_80_characters(int length, bool title)
    {
        // A longer one is a sentence of the preamble (…现将有关情况报告), which stays the overview's first paragraph.
        const string Start = "测试县2022年", End = "政府信息公开工作年度报告";
        string printed = Start + new string('县', length - Start.Length - End.Length) + End;
        var given = new ImportOptions { Year = 2022, AgencyName = "测试县" };

        ReportImport import = Read(Replace(Text(), Title, printed), given);

        Assert.Equal(title ? printed : null, import.Report.Title);
        Assert.Equal(title ? Base().Overview![0].Text : printed, import.Report.Overview![0].Text);
    }

    [Fact]
    public void A_title_is_joined_with_at_most_two_lines_above_it_to_find_its_year()
    {
        AnnualReport report = Base();

        ReportImport three = Read(Replace(Text(report), "测试县2022年政府信息公开工作年度报告", "测试县2022年\n\n政府信息公开工作\n\n年度报告"));
        Assert.Equal(report.Title, three.Report.Title);
        Assert.Equal((2022, "测试县"), (three.Report.Year, three.Report.Agency.Name));

        // Over four lines the year is three lines above: not joined, so the title states no year.
        string four = Replace(Text(report), "测试县2022年政府信息公开工作年度报告", "测试县2022年\n\n政府信息\n\n公开工作\n\n年度报告");
        Assert.Throws<DocumentReadException>(() => Read(four));
        Assert.Equal("政府信息公开工作年度报告", Read(four, new ImportOptions { Year = 2022, AgencyName = "测试县" }).Report.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u3000")]
    public void Empty_paragraphs_among_a_title_s_lines_are_passed_over(string empty)
    {
        // 002's title: the agency's name on the line above a title starting with the year, an empty paragraph between.
        string text = Replace(Text(), Title, "测试县\n空\n2022年政府信息公开工作年度报告");
        int agencyLine = Array.IndexOf(text.Split('\n'), "测试县") + 1;

        ReportImport import = LayoutReader.Read(Rebuilt(text, p => p.Text == "空" ? new DocumentParagraph(empty, p.Location) : p));

        Assert.Equal((Title, 2022, "测试县"), (import.Report.Title, import.Report.Year, import.Report.Agency.Name));
        Assert.Equal(agencyLine, import.LocationOf(ReportFormat.Title.JsonPointer)?.Line);
        Assert.Equal(Base().Overview, import.Report.Overview);
    }

    [Theory]
    [InlineData("来源：测试县")]
    [InlineData("：测试县")]
    [InlineData("。测试县")]
    public void A_line_holding_a_colon_or_a_full_stop_above_a_title_starting_with_the_year_is_not_the_agency_s_name(string above)
    {
        // A page's caption split over lines (来源 / ：测试县) is not a name, wherever its punctuation stands.
        string text = Replace(Text(), Title, above + "\n2022年政府信息公开工作年度报告");

        ReportImport import = Read(text, new ImportOptions { AgencyName = "测试县" });

        Assert.Equal("2022年政府信息公开工作年度报告", import.Report.Title);
    }

    [Theory]
    [InlineData("测试县2022年政府信息公开工作年度报告", Title)]
    [InlineData("测试县2022年\n\n政府信息公开工作年度报告", Title)]                       // over two lines
    [InlineData("\u3000测试县２０２２年政府信息公开工作年度报告", "测试县２０２２年政府信息公开工作年度报告")] // the same label, printed otherwise
    public void The_title_printed_again_below_it_is_read_once_as_printed_there_and_said(string again, string title)
    {
        // A site's page heading over an article copied from Word that opens with its own title: the article's is the title.
        ReportImport import = Read(Replace(Text(), Title + "\n", Title + "\n\n" + again + "\n"));

        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.TitleRepeated.Code, ReportFormat.Title.JsonPointer, 3), (finding.Code, finding.Path, finding.Location?.Line));
        Assert.Equal(Base() with { Title = title }, import.Report);
        Assert.Equal(3, import.LocationOf(ReportFormat.Title.JsonPointer)?.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u3000")]
    [InlineData("。")]   // nothing a label keeps
    [InlineData("“”")]
    public void The_title_printed_again_after_empty_paragraphs_is_read_once(string empty)
    {
        // A page's heading, empty paragraphs (<p>&nbsp;</p>), then the article's own title over two lines.
        string text = Replace(Text(), Title + "\n", Title + "\n空\n空\n空\n测试县2022年\n政府信息公开工作年度报告\n");

        ReportImport import = LayoutReader.Read(Rebuilt(text, p => p.Text == "空" ? new DocumentParagraph(empty, p.Location) : p));

        Assert.Equal((Rules.TitleRepeated.Code, 5), (Assert.Single(import.Findings).Code, import.LocationOf(ReportFormat.Title.JsonPointer)?.Line));
        Assert.Equal(Base(), import.Report);
    }

    [Fact]
    public void The_title_printed_again_over_four_lines_is_not_taken_for_it()
    {
        // A title is joined from three lines at most, here as where it is first found.
        ReportImport import = Read(Replace(Text(), Title + "\n", Title + "\n测试县\n2022年\n政府信息公开工作\n年度报告\n"));

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.TitleRepeated.Code);
        Assert.Equal(["测试县", "2022年", "政府信息公开工作", "年度报告"], import.Report.Overview!.Take(4).Select(p => p.Text));
    }

    [Theory]
    [InlineData("测试县2022年政府信息公开工作年度报告的说明")]  // the title and more
    [InlineData("测试县2022年")]                              // the title's start only
    [InlineData("测试县2021年政府信息公开工作年度报告")]        // another title
    public void A_line_below_the_title_that_is_not_the_title_again_is_the_preamble_s(string line)
    {
        ReportImport import = Read(Replace(Text(), Title + "\n", Title + "\n\n" + line + "\n"));

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.TitleRepeated.Code);
        Assert.Equal(line, import.Report.Overview![0].Text);
    }

    [Theory]
    [InlineData("测试县2022年度政府信息公开工作报告", Title)]
    [InlineData("测试县2022年度政府信息公开工作报告", "测试县2022年\n\n政府信息公开工作年度报告")] // the article's over two lines
    [InlineData("测试县人民政府2022年政府信息公开工作年度报告", Title)]
    public void The_article_s_own_title_below_a_heading_worded_otherwise_is_the_title_and_said(string heading, string own)
    {
        // A site's page heading that words the title otherwise, over an article copied from Word that opens with its own.
        ReportImport import = Read(Replace(Text(), Title + "\n", heading + "\n\n" + own + "\n"));

        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.TitleBelowHeading.Code, ReportFormat.Title.JsonPointer, 3), (finding.Code, finding.Path, finding.Location?.Line));
        Assert.Equal($"The article's own title “{Title}” is read as the title; the heading above it, “{heading}”, is not the report's.", finding.Message);
        Assert.Equal(Base(), import.Report);
        Assert.Equal(3, import.LocationOf(ReportFormat.Title.JsonPointer)?.Line);
    }

    [Theory]
    [InlineData("测试县2021年政府信息公开工作年度报告")]                     // another year
    [InlineData("2022年政府信息公开工作年度报告")]                         // no agency before the year
    [InlineData("关于2022年政府信息公开工作年度报告")]                     // no agency: words before the year
    [InlineData("某某镇2022年政府信息公开工作年度报告")]                   // another agency
    [InlineData("根据《条例》，现发布测试县2022年政府信息公开工作年度报告")] // a sentence
    [InlineData("根据《条例》现发布测试县2022年政府信息公开工作年度报告")]   // a sentence without a comma
    [InlineData("现发布测试县2022年政府信息公开工作年度报告。")]             // a sentence, its full stop at the end
    [InlineData("现公布测试县2022年度政府信息公开工作报告：")]               // a sentence, its colon at the end
    [InlineData("现将测试县2022年政府信息公开工作情况报告如下：")]           // a sentence, ended otherwise
    [InlineData("测试县2022年度政府信息公开工作报告（全文）")]               // not ending with 报告
    [InlineData("：测试县2022年政府信息公开工作年度报告")]                   // a caption's end: punctuation first
    [InlineData("\u200B2022年政府信息公开工作年度报告")]                   // a name that is nothing as a label
    [InlineData("“2022年政府信息公开工作年度报告”")]
    [InlineData("现将测试县2022年政府信息公开工作年度报告")]                 // words before the name
    [InlineData("首页 > 政务公开 > 测试县2022年政府信息公开工作年度报告")]   // a breadcrumb
    public void A_line_below_a_heading_that_is_no_title_of_the_same_report_is_the_preamble_s(string line)
    {
        const string Heading = "测试县2022年度政府信息公开工作报告";
        ReportImport import = Read(Replace(Text(), Title + "\n", Heading + "\n\n" + line + "\n"), new ImportOptions { AgencyName = "测试县" });

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.TitleBelowHeading.Code);
        Assert.Equal((Heading, line), (import.Report.Title, import.Report.Overview![0].Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u3000")]
    [InlineData("。")]   // nothing a label keeps
    [InlineData("“”")]
    public void The_article_s_own_title_below_a_heading_and_empty_paragraphs_is_the_title(string empty)
    {
        const string Heading = "测试县2022年度政府信息公开工作报告";
        string text = Replace(Text(), Title + "\n", Heading + "\n空\n空\n" + Title + "\n");

        ReportImport import = LayoutReader.Read(Rebuilt(text, p => p.Text == "空" ? new DocumentParagraph(empty, p.Location) : p));

        Assert.Equal((Rules.TitleBelowHeading.Code, 4), (Assert.Single(import.Findings).Code, import.LocationOf(ReportFormat.Title.JsonPointer)?.Line));
        Assert.Equal(Base(), import.Report);
    }

    [Theory]
    [InlineData(60, true)]   // 80 characters
    [InlineData(61, false)]  // 81
    public void The_article_s_own_title_below_a_heading_is_taken_up_to_80_characters(int padding, bool taken)
    {
        const string Heading = "测试县2022年度政府信息公开工作报告";
        string own = "测试县" + new string('县', padding) + "2022年政府信息公开工作年度报告";

        ReportImport import = Read(Replace(Text(), Title + "\n", Heading + "\n" + own + "\n"), new ImportOptions { AgencyName = "测试县" });

        Assert.Equal((taken, taken ? own : Heading), (import.Findings.Any(d => d.Code == Rules.TitleBelowHeading.Code), import.Report.Title));
    }

    [Theory]
    [InlineData("字号 大 中 小")]          // a page's chrome
    [InlineData("测试县人民政府办公室")]    // an office's name
    public void A_title_below_a_heading_with_a_line_between_them_is_the_preamble_s(string between)
    {
        // Not joined into the title nor passed over: the title's lines start just below the heading or not at all.
        const string Heading = "测试县2022年度政府信息公开工作报告";
        ReportImport import = Read(Replace(Text(), Title + "\n", Heading + "\n" + between + "\n" + Title + "\n"));

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.TitleBelowHeading.Code);
        Assert.Equal((Heading, "测试县"), (import.Report.Title, import.Report.Agency.Name));
        Assert.Equal([between, Title], import.Report.Overview!.Take(2).Select(p => p.Text));
    }

    [Fact]
    public void Without_section_two_s_heading_a_variant_of_section_three_s_is_section_three_s()
    {
        string text = Replace(Text(), Heading(1) + "\n", string.Empty);
        text = Replace(text, Heading(2) + "\n", "三、收到和处理政府信息公开申请的情况\n");

        ReportImport import = Read(text);

        Assert.Equal(
            [(Rules.SectionNotFound.Code, ReportFormat.ProactiveDisclosure.JsonPointer), (Rules.LabelVariant.Code, ReportFormat.Applications.JsonPointer)],
            import.Findings.Select(d => (d.Code, d.Path)).Order());
        Assert.Equal(Base(), import.Report);
    }

    [Fact]
    public void A_section_heading_straight_after_the_one_before_it_is_found()
    {
        AnnualReport report = Base() with { Overview = null };
        ReportImport import = Read(Text(report));
        Assert.Empty(import.Findings);
        Assert.Equal(report, import.Report);
    }

    [Fact]
    public void A_line_that_is_only_a_date_inside_a_section_is_no_closing_date()
    {
        AnnualReport report = Base() with
        {
            PublishedOn = null,
            Overview = new Narrative([new Paragraph { Text = "2023年1月5日" }, new Paragraph { Text = "第二段。" }]),
            OtherMatters = new Narrative([new Paragraph { Text = "本报告于2023年1月20日印发。" }]),
        };
        ReportImport import = Read(Text(report));
        Assert.Null(import.Report.PublishedOn);
        Assert.Equal(report.Overview, import.Report.Overview);
        Assert.Equal(report.OtherMatters, import.Report.OtherMatters);
    }

    [Theory]
    [InlineData("测试县人民政府办公室", true)]
    [InlineData("测试县人民政府办公室。", false)]
    [InlineData("测试县人民政府办公室负责本行政区域政府信息公开工作的组织协调、指导推进和监督检查工作", false)]

    // At most 40 characters (documents.md): 40 is a signature, 41 is not.
    [InlineData("测试县人民政府办公室（测试县人民政府政务公开与政府信息公开工作领导小组办公室章）", true)]
    [InlineData("测试县人民政府办公室（测试县人民政府政务公开与政府信息公开工作领导小组办公室代章）", false)]
    public void Only_a_short_line_that_is_no_sentence_above_the_date_is_the_signature(string line, bool signature)
    {
        string text = Replace(Text(), "测试县\n2023年1月20日", line + "\n2023年1月20日");
        ReportImport import = Read(text);
        Assert.Equal(new DateOnly(2023, 1, 20), import.Report.PublishedOn);
        Assert.Equal(signature ? line : "测试县", import.Report.Agency.Name);
        Assert.Equal(signature ? ["本年未收取信息处理费。"] : ["本年未收取信息处理费。", line], import.Report.OtherMatters!.Select(p => p.Text));
    }

    [Fact]
    public void A_signature_longer_than_40_characters_signs_when_it_names_an_agency_whose_name_is_that_long()
    {
        // The title names the long name before its year; the signature prints it again.
        const string Long = "测试县人民政府办公室（测试县人民政府政务公开与政府信息公开工作领导小组办公室、测试县人民政府新闻办公室）";
        string text = Replace(Replace(Text(), "测试县2022年政府信息公开工作年度报告", Long + "2022年政府信息公开工作年度报告"), "测试县\n2023年1月20日", Long + "\n2023年1月20日");

        ReportImport import = Read(text);

        Assert.True(Long.Length > 40);
        Assert.Equal(Long, import.Report.Agency.Name);
        Assert.Equal(["本年未收取信息处理费。"], import.Report.OtherMatters!.Select(p => p.Text));
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void A_signature_naming_a_long_agency_is_at_most_20_characters_longer_than_its_name(int more, bool signature)
    {
        const string Long = "测试县人民政府办公室（测试县人民政府政务公开与政府信息公开工作领导小组办公室、测试县人民政府新闻办公室）";
        string line = Long + new string('章', PrintedText.Label(Long).Length + more - Long.Length);
        string text = Replace(Replace(Text(), "测试县2022年政府信息公开工作年度报告", Long + "2022年政府信息公开工作年度报告"), "测试县\n2023年1月20日", line + "\n2023年1月20日");

        ReportImport import = Read(text);

        Assert.Equal(signature ? line : Long, import.Report.Agency.Name);
        Assert.Equal(signature ? ["本年未收取信息处理费。"] : ["本年未收取信息处理费。", line], import.Report.OtherMatters!.Select(p => p.Text));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(60)]
    public void A_closing_date_and_signature_pushed_right_with_typed_spaces_are_read_however_many_there_are(int spaces)
    {
        // Word users right-align the closing lines by typing full-width spaces: the date and signature are bounded by
        // their own 40 characters, not by the indentation (30 spaces and the date's 10 are 40; 31 are 41).
        string indent = new('\u3000', spaces);
        string text = Replace(Text(), "测试县\n2023年1月20日", "测试县人民政府办公室\n2023年1月20日");
        ReportImport import = LayoutReader.Read(Rebuilt(text, p => p.Text is "测试县人民政府办公室" or "2023年1月20日" ? new DocumentParagraph(indent + p.Text, p.Location) : p));

        Assert.Equal(new DateOnly(2023, 1, 20), import.Report.PublishedOn);
        Assert.Equal("测试县人民政府办公室", import.Report.Agency.Name);
        Assert.Equal(["本年未收取信息处理费。"], import.Report.OtherMatters!.Select(p => p.Text));
    }

    [Theory]
    [InlineData("测试县人民政府办公室 ")]
    [InlineData("  测试县人民政府办公室\t")]
    [InlineData("\u3000\u3000 测试县人民政府办公室\u3000 ")]
    public void White_space_typed_around_the_signature_is_not_the_agencys_name(string signature)
    {
        // Word keeps a paragraph's spaces as typed (a signature pushed right with spaces, or one left after it).
        string text = Replace(Text(), "测试县\n2023年1月20日", "测试县人民政府办公室\n2023年1月20日");
        ReportImport import = LayoutReader.Read(Rebuilt(text, p => p.Text is "测试县人民政府办公室" ? new DocumentParagraph(signature, p.Location) : p));

        Assert.Equal("测试县人民政府办公室", import.Report.Agency.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u3000\u3000")]
    public void An_empty_paragraph_between_the_signature_and_the_date_leaves_the_signature_the_signature(string empty)
    {
        // Word documents space their closing lines with empty paragraphs.
        string text = Replace(Text(), "测试县\n2023年1月20日", "测试县人民政府办公室\n空\n2023年1月20日");
        ReportImport import = LayoutReader.Read(Rebuilt(text, p => p.Text == "空" ? new DocumentParagraph(empty, p.Location) : p));
        Assert.Equal(new DateOnly(2023, 1, 20), import.Report.PublishedOn);
        Assert.Equal("测试县人民政府办公室", import.Report.Agency.Name);
        Assert.Equal(["本年未收取信息处理费。"], import.Report.OtherMatters!.Select(p => p.Text));

        // Across an empty paragraph only a line naming the agency signs: a short last line of the narrative stays its own.
        string unsigned = Replace(Text(), "测试县\n2023年1月20日", "无\n空\n2023年1月20日");
        ReportImport narrative = LayoutReader.Read(Rebuilt(unsigned, p => p.Text == "空" ? new DocumentParagraph(empty, p.Location) : p));
        Assert.Equal("测试县", narrative.Report.Agency.Name);
        Assert.Equal(["本年未收取信息处理费。", "无"], narrative.Report.OtherMatters!.Select(p => p.Text));

        // Without a date, empty paragraphs after the signature leave it the last line.
        string undated = Text(Base() with { PublishedOn = null }) + "测试县人民政府\n空\n空\n";
        ReportImport signed = LayoutReader.Read(Rebuilt(undated, p => p.Text == "空" ? new DocumentParagraph(empty, p.Location) : p));
        Assert.Equal("测试县人民政府", signed.Report.Agency.Name);
        Assert.Equal(["本年未收取信息处理费。"], signed.Report.OtherMatters!.Select(p => p.Text));
    }

    [Theory]
    [InlineData("\u3000\u3000正文", "正文")]
    [InlineData("正文\u3000", "正文")]
    [InlineData(" \u3000正文 ", "正文 ")]
    [InlineData(" 正文\u3000 ", " 正文")]
    [InlineData("  正文  ", "  正文  ")]
    [InlineData("正\u3000文", "正\u3000文")]
    [InlineData("\u3000", "")]
    public void Only_white_space_holding_an_ideographic_space_is_indentation(string text, string expected) =>
        Assert.Equal(expected, LayoutRecognition.Unindented(text));

    [Fact]
    public void Indented_paragraphs_lose_their_indentation_and_a_paragraph_of_white_space_is_none()
    {
        string text = Replace(Text(), "第二段。", "第二段。\n空");
        ReportImport import = LayoutReader.Read(Rebuilt(text, p => new DocumentParagraph(p.Text switch
        {
            "第二段。" => "\u3000\u3000第二段。",
            "空" => "\u3000\u3000",
            _ => p.Text,
        }, p.Location, p.IsHeading)));
        Assert.Empty(import.Findings);
        Assert.Equal(Base().Overview, import.Report.Overview);
    }

    [Fact]
    public void Sub_headings_in_a_row_or_at_the_end_head_empty_paragraphs_and_each_paragraph_knows_its_line()
    {
        string text = Replace(Text(), "（一）主动公开情况\n", "（一）主动公开情况\n（二）依申请公开情况\n");
        text = Replace(text, "第二段。\n", "第二段。\n（三）其他情况\n");
        ReportImport import = Read(text);
        Assert.Empty(import.Findings);
        Assert.Equal(
            [("（一）主动公开情况", string.Empty), ("（二）依申请公开情况", "本年主动公开信息100条。"), (null, "第二段。"), ("（三）其他情况", string.Empty)],
            import.Report.Overview!.Select(p => (p.Heading, p.Text)));
        string[] lines = text.Split('\n');
        int LineOf(string s) => Array.IndexOf(lines, s) + 1;
        Assert.Equal(
            [LineOf("（一）主动公开情况"), LineOf("（二）依申请公开情况"), LineOf("第二段。"), LineOf("（三）其他情况")],
            Enumerable.Range(0, 4).Select(i => import.LocationOf($"{ReportFormat.Overview.JsonPointer}/{i}")?.Line));
    }

    [Theory]
    [InlineData(29, '字', false)]
    [InlineData(30, '字', true)]
    [InlineData(30, '一', true)]
    [InlineData(30, '\u9FFF', true)]
    [InlineData(30, '、', true)]
    [InlineData(30, '，', true)]
    [InlineData(30, '。', false)]
    [InlineData(30, 'a', false)]
    [InlineData(30, '）', false)]
    [InlineData(30, '\u4DFF', false)]
    [InlineData(30, '\uA000', false)]
    public void A_paragraph_of_30_characters_stopping_mid_sentence_is_joined_with_the_next(int length, char last, bool joined)
    {
        string first = new string('字', length - 1) + last;
        ReportImport import = Read(Replace(Text(), "本年主动公开信息100条。", first));
        Assert.Equal(
            joined ? [first + "第二段。"] : [first, "第二段。"],
            import.Report.Overview!.Select(p => p.Text));
        Assert.Equal(joined ? [Rules.ParagraphJoined.Code] : [], import.Findings.Select(d => d.Code));
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void A_numbered_line_of_at_most_30_characters_is_a_sub_heading(int length, bool heading)
    {
        string line = "（二）" + new string('情', length - 3);
        string text = Replace(Text(), "第二段。", line + "\n第二段。");
        Narrative overview = Read(text).Report.Overview!;
        Assert.Equal(heading ? [(line, "第二段。")] : [(null, line + "第二段。")], overview.Skip(1).Select(p => (p.Heading, p.Text)));
    }

    [Fact]
    public void An_article_whose_lines_are_one_paragraph_apart_by_line_breaks_is_read_as_its_lines()
    {
        // Exploratory testing, issue 10's twenty-ninth session: an old CMS's article separates its lines with <br>, not
        // paragraphs, so the title, the headings, the narratives and the closing lines came as a few paragraphs of
        // several lines each: no heading was found (GID501), the title and date were blank, the narratives after a
        // table were lost. Each run of paragraphs between tables is made one paragraph of lines here, as such a page reads.
        SourceDocument text = TextDocumentReader.Read(Text(), "page.html");
        var joined = new List<DocumentBlock>();
        foreach (DocumentBlock block in text.Blocks)
        {
            if (block is DocumentParagraph p && joined.Count > 0 && joined[^1] is DocumentParagraph before)
            {
                joined[^1] = new DocumentParagraph(before.Text + "\n" + p.Text, before.Location);
            }
            else
            {
                joined.Add(block);
            }
        }

        Assert.True(joined.Count(b => b is DocumentParagraph) <= 5);
        ReportImport import = LayoutReader.Read(new SourceDocument("page.html", joined));

        Assert.Equal(Base(), import.Report);
        Assert.Equal(LayoutReader.Read(text).Findings.Select(d => d.Code), import.Findings.Select(d => d.Code));
    }

    [Fact]
    public void A_paragraph_of_lines_none_a_section_heading_keeps_its_line_breaks()
    {
        // Only a paragraph holding a section heading on one of its lines is taken apart: a narrative paragraph with a
        // line break in it (Word's Shift+Enter, a page's <br>) stays one paragraph, its break its text's.
        string text = Text();
        SourceDocument document = TextDocumentReader.Read(text, "page.html");
        var blocks = document.Blocks.Select(b => b is DocumentParagraph { Text: "第二段。" } p ? new DocumentParagraph("第二段，\n接下一行。", p.Location) : b).ToList();

        ReportImport import = LayoutReader.Read(new SourceDocument("page.html", blocks));

        Assert.Equal("第二段，\n接下一行。", import.Report.Overview![1].Text);
    }

    [Fact]
    public void A_table_of_contents_of_lines_apart_by_line_breaks_is_not_taken_apart_into_section_headings()
    {
        // Review of issue 10's twenty-ninth session: a page's 目录 under the title, its lines apart by <br> (one paragraph of
        // lines), lists the six headings. Taken apart into its lines, the headings found are the 目录's: section 五 is read
        // blank and section 六 takes the whole report's text from 一 on.
        SourceDocument text = TextDocumentReader.Read(Text(), "page.html");
        List<DocumentBlock> blocks = [.. text.Blocks];
        string[] contents = ["目录", .. ReportFormat.Sections.Select(s => s.LabelZh)];
        SourceLocation at = blocks[1].Location;
        blocks.Insert(1, new DocumentParagraph(string.Join('\n', contents), at));

        ReportImport import = LayoutReader.Read(new SourceDocument("page.html", blocks));

        // The 目录 before section 一 may go with the preamble; sections 五 and 六 are read as printed, not found in it.
        Assert.Equal((Base().ProblemsAndImprovements, Base().OtherMatters), (import.Report.ProblemsAndImprovements, import.Report.OtherMatters));
    }
}
