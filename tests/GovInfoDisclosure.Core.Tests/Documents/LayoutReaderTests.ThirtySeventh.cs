using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Fact]
    public void A_second_report_after_a_first_whose_four_prints_a_sentence_and_no_table_is_said()
    {
        // Mutation testing of the thirty-third and thirty-fourth sessions' code (the reset of the report's start at 一 as
        // the template prints it, and only there): a township with no case prints its 四 as a sentence, without the
        // table. Its 五 still follows its tables (二's and 三's), so it ends the first report, and the second report after
        // it is said, not read into the first.
        string text = Text();
        string four = ReportFormat.Sections[3].LabelZh;
        int from = text.IndexOf(four, StringComparison.Ordinal) + four.Length;
        int to = text.IndexOf(ReportFormat.ProblemsAndImprovements.LabelZh, StringComparison.Ordinal);
        Assert.True(from > four.Length && to > from);
        string first = text[..from] + "\n本年度本机关未发生政府信息公开行政复议、行政诉讼案件。\n\n" + text[to..];

        (ReportImport alone, ReportImport both, Diagnostic said) = SecondReportAfter(first);

        Assert.Equal(first.Split('\n').Length + 2, said.Location?.Line);
        Assert.Equal(alone.Findings.Select(d => d.Message), both.Findings.Where(d => d != said).Select(d => d.Message));
        Assert.Equal(Base().Applications, both.Report.Applications);
        Assert.Equal(Base().OtherMatters, both.Report.OtherMatters);
    }

    [Fact]
    public void A_document_ending_at_a_second_report_s_heading_of_one_reads_the_first_and_says_the_second()
    {
        // Mutation testing of the thirty-third session's code (the search for the second report's title, which begins
        // above its 一): a file cut off after the second report's title and its heading of 一 (a page's first lines, a
        // download stopped short). The first report is read as if alone; the second is said at its title.
        string text = Text();
        string second = "另一镇2022年政府信息公开工作年度报告\n\n" + ReportFormat.Sections[0].LabelZh;

        ReportImport alone = Read(text);
        ReportImport both = Read(text + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Contains("“另一镇2022年政府信息公开工作年度报告”", said.Message, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').Length + 2, said.Location?.Line);
        Assert.Equal(alone.Report, both.Report);
    }

    [Fact]
    public void A_second_title_printing_its_year_below_it_right_after_an_empty_six_leaves_the_first_report_its_five()
    {
        // Mutation testing of the thirty-third session's code (the lines a second report's title may be joined from begin
        // below the first report's 六): a first report neither signed nor dated whose 六 prints its heading alone, its 五
        // ending in a sentence that states a year, then a second report whose title prints its year on the line below
        // (另一镇政府信息公开工作年度报告 / （2022年度）). The first report's 五 and 六 are its own: its 五 is read whole and its
        // 六 is found, and the second is not said at a line of the first's 五.
        string five = "2023年将进一步做好政府信息公开工作。";
        AnnualReport report = Base() with { ProblemsAndImprovements = Narrative.FromText(five), OtherMatters = null, PublishedOn = null };
        string text = Text(report);
        string second = Replace(Text(Other()), Other().Title!, "另一镇政府信息公开工作年度报告\n（2022年度）");

        ReportImport both = Read(text + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.DoesNotContain(five, said.Message, StringComparison.Ordinal);
        Assert.Equal(report.ProblemsAndImprovements, both.Report.ProblemsAndImprovements);
        Assert.DoesNotContain(both.Findings, d => d.Code == Rules.SectionNotFound.Code && d.Path == ReportFormat.OtherMatters.JsonPointer);
    }

    [Fact]
    public void A_second_report_whose_title_prints_its_year_below_it_leaves_the_first_report_its_closing_date()
    {
        // A first report signed and dated (测试县, 2023年1月20日), then a second whose title prints its body's name, the
        // words ending in 报告 and its year on lines of their own (另一镇人民政府 / 政府信息公开工作年度报告 / （2022年度）).
        // The first report keeps its date and is read as if alone; the second is said where it begins, below the date.
        string text = Text();
        string second = Replace(Text(Other()), Other().Title!, "另一镇人民政府\n政府信息公开工作年度报告\n（2022年度）");

        ReportImport alone = Read(text);
        ReportImport both = Read(text + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.DoesNotContain("2023年1月20日", said.Message, StringComparison.Ordinal);
        Assert.Equal(Base().PublishedOn, both.Report.PublishedOn);
        Assert.True(said.Location?.Line > text.Split('\n').Length, said.Message);
        Assert.Equal(alone.Report, both.Report);
    }
}
