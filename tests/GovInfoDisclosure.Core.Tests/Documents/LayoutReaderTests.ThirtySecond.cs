using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    /// <summary>A second body's report, its title and numbers its own.</summary>
    private static AnnualReport Other() => Base() with
    {
        Title = "另一镇2022年政府信息公开工作年度报告",
        Agency = new Agency { Name = "另一镇人民政府" },
        Overview = Narrative.FromText("另一镇本年主动公开信息7条。"),
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_second_report_after_the_first_is_said_and_not_read(bool titled)
    {
        // Left by issue 10's earlier sessions ("two reports on one page"): a page or file printing two bodies' reports one
        // after the other was read as one: the second's tables each a "row printed again" (GID512, 31 of them), its
        // narratives run into the first's 六, its signature and date taken for the first's. The first is read as if it were
        // alone, and the second is said where it begins.
        string first = Text();
        string second = Text(Other());
        if (!titled)
        {
            second = second[second.IndexOf(ReportFormat.Overview.LabelZh, StringComparison.Ordinal)..];
        }

        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        string firstLine = titled ? "另一镇2022年政府信息公开工作年度报告" : ReportFormat.Overview.LabelZh;
        Assert.Equal(first.Split('\n').Length + 2, said.Location?.Line); // the second report's first line
        Assert.Contains($"“{firstLine}”", said.Message, StringComparison.Ordinal);
        Assert.Equal(Rules.SecondReportNotRead.DefaultSeverity, said.Severity);
        Assert.Equal(alone.Report, both.Report);
        Assert.Equal(alone.Findings.Select(d => d.Message), both.Findings.Where(d => d != said).Select(d => d.Message));
    }

    [Fact]
    public void Section_headings_listed_before_the_report_begin_no_second_report()
    {
        // A list of the sections above the report (a table of contents) prints 一 to 六 with no table between them; the
        // report's own 一 after it is not a second report.
        string text = Text();
        string title = Base().Title!;
        string contents = string.Join("\n", ReportFormat.Sections.Select(s => s.LabelZh));
        string listed = Replace(text, title, title + "\n\n" + contents);

        ReportImport import = Read(listed);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(Read(text).Report.Applications, import.Report.Applications);
        Assert.Equal(Read(text).Report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
    }

    [Theory]
    [InlineData("商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计")] // a flattened header: each row prints every column
    [InlineData("自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计")]
    public void A_header_row_printed_again_with_a_column_after_its_other_is_not_the_group_s_3_other_row(string header)
    {
        // Mutation testing of the thirtieth session's code (a survivor): a header printed again inside （六） is no row of
        // it because the row prints no number after its 其他; the tests so far printed 其他 last in the row, so that reading
        // every header row as printing numbers after its label changed nothing. A flattened header (a text export that
        // prints each merged header cell in every column it spans) prints 总计 after 其他.
        string sub2 = Row(ApplicationRow.FeeUnpaid);
        string text = Replace(Text(), "\n" + sub2, "\n" + header + "\n" + sub2);

        ReportImport import = Read(text);

        Assert.Equal(Base().Applications.Outcomes.OtherHandling, import.Report.Applications.Outcomes.OtherHandling);
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.RowRepeated.Code);
    }

    [Fact]
    public void A_sub_row_renumbered_and_printed_with_its_group_after_another_group_s_rows_is_its_group_s()
    {
        // Looked at for a survivor of mutation testing (which group a renumbered sub-row is looked for in, the row's own or
        // the row above's): no test printed a group's label on its renumbered sub-row right after another group's rows.
        // Here （六）'s first sub-row prints its group (merged cells saved as text repeat the group on each sub-row) and is
        // numbered 17: read as its group's, without a word. (The survivor lives on: the row is recognised before that
        // code, by its printed group.)
        string noCorrection = Row(ApplicationRow.NoCorrection);
        string line = Text().Split('\n').First(l => l.Split('\t').Contains(noCorrection));
        string group = ReportFormat.Get(ApplicationRow.NoCorrection).Parent!.LabelZh;
        string renumbered = "17." + noCorrection[(noCorrection.IndexOf('.', StringComparison.Ordinal) + 1)..];
        string printed = line.Contains(group, StringComparison.Ordinal)
            ? line.Replace(noCorrection, renumbered, StringComparison.Ordinal)
            : line.Replace(noCorrection, group + "\t" + renumbered, StringComparison.Ordinal);

        ReportImport import = Read(Replace(Text(), line, printed));

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings); // read as its group's sub-row, not as a label near a row's (GID510)
    }

    [Theory]
    [InlineData("①")] // the first circled figure and the last: sub-rows numbered ① to ⑳
    [InlineData("⑳")]
    public void A_sub_row_numbered_in_the_first_or_last_circled_figure_is_its_group_s(string figure)
    {
        // Mutation testing of the thirtieth session's code: the circled figures' bounds (① U+2460 to ⑳ U+2473) were tested
        // with ③ and ⑲ only.
        ReportImport import = Read(Relabel(Text(), Row(ApplicationRow.OtherHandling), figure + "其他"));

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData("另一镇人民政府\n2022年政府信息公开工作年度报告")] // a title over two lines, the agency's name above its year
    [InlineData("另一镇2022年政府信息公开工作年度报告\n（2023年1月20日）\n本报告根据《中华人民共和国政府信息公开条例》编制。\n本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。")] // a date and a preamble between the title and 一
    [InlineData("另一镇2022年政府信息公开\n工作年度报告")] // a title broken before its last words (the session's second review)
    [InlineData("另一镇2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，现公布另一镇2022年政府信息公开工作年度报告。")] // a preamble ending with the report's name (the second review)
    public void A_second_report_s_title_and_the_lines_below_it_are_not_left_in_the_first(string printed)
    {
        // The session's reviews: the second report's title was looked for in the three lines above its 一, and was the
        // line ending in 报告 alone; an agency's line over it, the title above a preamble, a title broken over two lines or
        // a preamble sentence ending with the report's name left the title in the first report (each line "printed after
        // the closing date", GID522) and GID526 named another line.
        string first = Text();
        string second = Replace(Text(Other()), "另一镇2022年政府信息公开工作年度报告", printed);

        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(alone.Findings.Select(d => d.Message), both.Findings.Where(d => d != said).Select(d => d.Message));
        Assert.Equal(alone.Report, both.Report);
        Assert.Equal(first.Split('\n').Length + 2, said.Location?.Line);
    }

    [Fact]
    public void The_first_report_s_last_line_ending_in_baogao_stays_in_the_first()
    {
        // The session's review: a line of the first report's 六 ending in 报告 was taken for the second's title, and the
        // first report's 六, signature and date were cut with it.
        AnnualReport report = Base() with { OtherMatters = Narrative.FromText("本年度无其他需要报告") };
        string first = Text(report);
        string second = Text(Other());
        second = second[second.IndexOf(ReportFormat.Overview.LabelZh, StringComparison.Ordinal)..];

        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(alone.Report.OtherMatters, both.Report.OtherMatters);
        Assert.Equal(alone.Report, both.Report);
        Assert.Contains($"“{ReportFormat.Overview.LabelZh}”", said.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("五、")]
    [InlineData("五")] // the numeral's 、 lost
    public void Section_wu_s_heading_printed_as_the_last_row_of_si_s_table_with_its_numeral_in_a_cell_of_its_own_is_found(string numeral)
    {
        // Mutation testing of the thirty-first session's code: a heading printed in a table's last row with its numeral in
        // a cell of its own and its words in the next (Word documents printing one table for the sections; a page's
        // table pasted so) had no test since the text reader takes such a line out of its table; every mutant of that
        // branch survived.
        string five = ReportFormat.ProblemsAndImprovements.LabelZh;
        List<DocumentBlock> blocks = [.. TextDocumentReader.Read(Text(), "report.txt").Blocks];
        int heading = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == five);
        var four = (DocumentTable)blocks[heading - 1];
        DocumentCell at = four.Rows[^1][0];
        blocks[heading - 1] = new DocumentTable(
            [.. four.Rows, [new DocumentCell(numeral, at.Location with { Line = at.Location.Line + 1 }), new DocumentCell(five[2..], at.Location with { Line = at.Location.Line + 1, Column = 5 })]],
            four.Location, four.Number);
        blocks.RemoveAt(heading);

        ReportImport import = LayoutReader.Read(new SourceDocument("report.txt", blocks));

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SectionNotFound.Code);
        Assert.Equal(Base().ProblemsAndImprovements, import.Report.ProblemsAndImprovements);
        Assert.Equal(Base().ReviewAndLitigation, import.Report.ReviewAndLitigation);
    }

    [Fact]
    public void A_first_report_without_section_san_s_table_before_a_second_report_is_refused_naming_the_second()
    {
        // Left by the session's review: the second report cut off, a first report without 三's table is "not a report",
        // and the message said nothing of the second, read before.
        string three = ReportFormat.Applications.LabelZh;
        string first = Text();
        int at = first.IndexOf(three, StringComparison.Ordinal);
        int end = first.IndexOf(ReportFormat.ReviewAndLitigation.LabelZh, StringComparison.Ordinal);
        string withoutThree = first[..at] + three + "\n本年未收到申请。\n" + first[end..];

        DocumentReadException refused = Assert.Throws<DocumentReadException>(() => Read(withoutThree + "\n\n" + Text(Other())));

        Assert.Contains("“另一镇2022年政府信息公开工作年度报告”", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_report_after_a_first_printed_from_its_section_one_is_said()
    {
        // Mutation testing of the thirty-second session's code: every test's first report had a title above its 一, so
        // that a 一 in the document's first block (a page whose article begins at the report's first section, the title
        // printed apart) was never the first report's, and the second report after it went unseen with `one > 0`.
        string first = Text();
        first = first[first.IndexOf(ReportFormat.Overview.LabelZh, StringComparison.Ordinal)..];

        var given = new ImportOptions { Year = Base().Year, AgencyName = Base().Agency.Name }; // no title to name them

        ReportImport alone = Read(first, given);
        ReportImport both = Read(first + "\n\n" + Text(Other()), given);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Contains("“另一镇2022年政府信息公开工作年度报告”", said.Message, StringComparison.Ordinal);
        Assert.Equal(alone.Report, both.Report);
    }

    [Fact]
    public void The_first_report_s_signature_over_a_second_title_not_beginning_with_its_year_stays_in_the_first()
    {
        // Mutation testing of the thirty-second session's code: the line over a second report's title is its agency's only
        // where the title begins with its year; the first report's signature (its closing date not printed) right above a
        // title naming its agency first was never tested, and taking it for the second's would cut it from the first.
        string first = Text(Base() with { PublishedOn = null }) + Base().Agency.Name + "\n";

        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n" + Text(Other()));

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Contains("“另一镇2022年政府信息公开工作年度报告”", said.Message, StringComparison.Ordinal);
        Assert.Equal(alone.Report, both.Report);
        Assert.Equal(alone.Findings.Select(d => d.Message), both.Findings.Where(d => d != said).Select(d => d.Message));
    }

    [Theory]
    [InlineData("六、其他需要报告事项")]
    [InlineData("六、其他需要报告的事项说明")]
    public void A_second_report_after_a_first_whose_six_is_printed_as_a_variant_is_said(string six)
    {
        // Found in the thirty-third session's mutation testing: the first report's 六 had to be printed exactly as the
        // template prints it, so a first report printing a variant the headings' match knows (read as 六 otherwise) was
        // not cut from a second after it, whose text ran into the first's 六.
        SecondReportAfter(Replace(Text(), ReportFormat.OtherMatters.LabelZh, six));
    }

    [Theory]
    [InlineData("无")]
    [InlineData("本年度无")]
    [InlineData("不涉及")]
    public void Six_s_last_line_over_a_year_first_second_title_stays_in_the_first(string six)
    {
        // Found reading the mutation survivors of the thirty-second session's code: a first report ending with its 六's
        // short line (no signature or date printed) right above a second report's title that begins with its year. The
        // line was taken for the second's agency by its shape alone (short, no punctuation, no figure) and cut from the
        // first report's 六; the agency's line must now also end as a body's name does.
        string first = Text(Base() with { PublishedOn = null, OtherMatters = Narrative.FromText(six) });
        string second = Replace(Text(Other()), "另一镇2022年政府信息公开工作年度报告", "2022年政府信息公开工作年度报告");

        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Contains("“2022年政府信息公开工作年度报告”", said.Message, StringComparison.Ordinal);
        Assert.Equal(alone.Report, both.Report);
    }

    [Fact]
    public void A_heading_like_section_one_but_not_as_the_template_prints_it_after_six_begins_no_report()
    {
        // Mutation testing of the thirty-second session's code: a second report begins at 一 printed as the template prints
        // it; a numbered heading after 六 that only resembles it (an attachment's 一、总体情况说明) was never tested.
        string first = Text();
        string appended = first + "\n附件\n一、总体情况说明\n本附件说明本年度工作情况。\n";

        ReportImport import = Read(appended);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(Read(first).Report.Applications, import.Report.Applications);
    }

    [Theory]
    [InlineData(40, true)]
    [InlineData(41, false)]
    public void A_line_over_a_year_first_title_is_the_agency_s_name_up_to_forty_characters(int length, bool agency)
    {
        // Mutation testing of the thirty-second session's code: the agency line's length bound (40) was not tested. A
        // body's name is short; a longer line over the title is something else (the end of the first report's text).
        string name = new string('镇', length - 4) + "人民政府";
        string first = Text();
        string second = Replace(Text(Other()), "另一镇2022年政府信息公开工作年度报告", name + "\n2022年政府信息公开工作年度报告");

        ReportImport both = Read(first + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Contains(agency ? $"“{name}”" : "“2022年政府信息公开工作年度报告”", said.Message, StringComparison.Ordinal);
        Assert.Equal(first.Split('\n').Length + (agency ? 2 : 3), said.Location?.Line);
    }

    [Fact]
    public void The_first_reports_date_is_not_taken_for_the_agency_over_a_year_first_title()
    {
        // The first report closes with its date (2023年1月20日, as printed); the second's title begins with its year and
        // no agency's name is printed over it (a department's report naming itself in its preamble). The first report's
        // date was taken for the second's agency line: the first lost its date, and GID526 quoted the date (the second review).
        string first = Text();
        string second = Replace(Text(Other()), "另一镇2022年政府信息公开工作年度报告", "2022年政府信息公开工作年度报告");

        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(alone.Report, both.Report);
        Assert.Contains("“2022年政府信息公开工作年度报告”", said.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    public void Section_si_s_heading_printed_in_one_cell_of_the_first_table_s_top_row_is_its_heading(int cell)
    {
        // Mutation testing of the thirty-first session's code: 四's heading as the top row of the first of its two tables
        // was tested as one merged cell only; a top row of five cells (the merge lost) prints the heading in one of them,
        // the others empty, and the heading is that cell's text, not the row's first cell's.
        AnnualReport report = DistinctCases();
        string four = ReportFormat.ReviewAndLitigation.LabelZh;
        SourceDocument document = WithCaseTables(report, at =>
        {
            DocumentBlock[] apart = CaseTablesApart(at, report, litigationFirst: false, blankBetween: true);
            var review = (DocumentTable)apart[0];
            DocumentCell[] top = [.. Enumerable.Range(0, 5).Select(i => new DocumentCell(i == cell ? four : string.Empty, at with { Column = (i * 10) + 1 }))];
            apart[0] = new DocumentTable([top, .. review.Rows], review.Location, review.Number);
            return apart;
        });
        document = new SourceDocument(document.File, [.. document.Blocks.Where(b => b is not DocumentParagraph p || p.Text != four)]);

        ReportImport import = LayoutReader.Read(document);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SectionNotFound.Code);
        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
    }
}
