using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Theory]
    [InlineData("行政处罚")] // section 二's rows: 行政 over 处罚 and the row's numbers
    [InlineData("行政强制")]
    [InlineData("行政事业性收费")]
    [InlineData("行政规范性文件")] // its end, 规范性文件, is a name of the row too
    public void A_label_wrapped_after_its_first_two_characters_onto_a_line_of_its_own_is_read(string label)
    {
        // Mutation testing of the thirty-fourth session's code: a wrapped label's start is as short as two characters,
        // not one: each row is read as printed, nothing said.
        string text = Text();
        string line = text.Split('\n').Single(l => l.StartsWith(label + "\t", StringComparison.Ordinal));

        ReportImport import = Read(Replace(text, line, label[..2] + "\n" + line[2..]));

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData("2022年度工作报告")] // a year, and no 信息公开
    [InlineData("年度工作报告")] // neither: read as the title's last line
    public void A_line_under_a_second_report_s_title_ending_in_report_is_not_its_title(string subtitle)
    {
        // Mutation testing of the thirty-third session's code: a second report's title names 信息公开 and states a year;
        // a subtitle under it that ends in 报告 but lacks either is the second report's, and the second begins at its title.
        string title = Other().Title!;
        string first = Text();
        string second = Replace(Text(Other()), title, title + "\n\n" + subtitle);

        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Contains($"“{title}”", said.Message, StringComparison.Ordinal);
        Assert.Equal(first.Split('\n').Length + 2, said.Location?.Line);
        Assert.Equal(alone.Report, both.Report);
    }

    [Theory]
    [InlineData("咨询电话12345 测试县政务服务中心")] // figures, then a body's name
    [InlineData("2号楼政务服务中心")]
    public void Six_s_last_line_printing_a_figure_over_a_year_first_second_title_stays_in_the_first(string six)
    {
        // Mutation testing of the thirty-third session's code: the line over a year-first title is the second report's
        // agency only where it prints no figure; a first report's 六 ending with a contact line that ends as a body's name
        // does (no signature or date printed) keeps it.
        string first = Text(Base() with { PublishedOn = null, OtherMatters = Narrative.FromText(six) });
        string second = Replace(Text(Other()), Other().Title!, "2022年政府信息公开工作年度报告");

        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Contains("“2022年政府信息公开工作年度报告”", said.Message, StringComparison.Ordinal);
        Assert.Equal(alone.Report, both.Report);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_narrative_heading_boxed_in_a_table_over_empty_rows_is_its_section_s_heading(int emptyRows)
    {
        // Mutation testing of the thirty-first session's code: a narrative's heading in a table is its section's where it
        // is the table's last row printing text (its text after the table); a box drawn with empty rows under its heading
        // (a Word table of a heading and a blank row) ends with that heading all the same.
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(Base()).Blocks];
        int at = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == ReportFormat.ProblemsAndImprovements.LabelZh);
        SourceLocation where = blocks[at].Location;
        blocks[at] = new DocumentTable(
            [[new DocumentCell(ReportFormat.ProblemsAndImprovements.LabelZh, where)], .. Enumerable.Repeat<DocumentCell[]>([new DocumentCell(string.Empty, where)], emptyRows)],
            where,
            9);

        ReportImport import = LayoutReader.Read(new SourceDocument("boxed.html", blocks));

        Assert.Equal(Base().ProblemsAndImprovements, import.Report.ProblemsAndImprovements);
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SectionNotFound.Code);
    }

    [Fact]
    public void Two_reports_each_printing_section_si_as_two_tables_have_the_first_s_joined()
    {
        // Mutation testing of the thirty-first session's code: every pair of section 四's tables in a document is joined,
        // the first pair kept joined when a later one is (a page printing two bodies' reports, each 四 in two tables); the
        // first report is read as if alone, the second said.
        AnnualReport first = DistinctCases();
        AnnualReport second = Other() with { ReviewAndLitigation = DistinctCases().ReviewAndLitigation };
        SourceDocument alone = WithCaseTables(first, at => CaseTablesApart(at, first, litigationFirst: false, blankBetween: false));
        SourceDocument after = WithCaseTables(second, at => CaseTablesApart(at, second, litigationFirst: true, blankBetween: false));

        ReportImport import = LayoutReader.Read(new SourceDocument("two.html", [.. alone.Blocks, .. after.Blocks]));

        Assert.Equal(LayoutReader.Read(alone).Report, import.Report);
        Assert.Equal(first.ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Contains(import.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
    }
}

