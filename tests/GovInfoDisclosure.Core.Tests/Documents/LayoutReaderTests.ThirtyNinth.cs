using GovInfoDisclosure.Core.Documents;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Theory]
    [InlineData("五、\t\t存在的主要问题及改进情况")]
    [InlineData("五、\t存在的主要问题及改进情况")]
    public void A_section_heading_typed_with_tabs_right_after_a_table_is_the_heading(string heading)
    {
        ReportImport import = Read(Replace(Text(), "\n\n五、存在的主要问题及改进情况", "\n" + heading));

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至\n2022年12月31日）", "测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年\n度）", "测试县教育局政府信息公开工作年度报告（2022年度）")]
    public void A_title_broken_inside_the_brackets_of_its_year_ends_on_the_line_closing_them(string printed, string title)
    {
        // A line ending 报告（2022年 ends a title by itself (its year's closing bracket may be left out); the line closing
        // the brackets below it is the title's still, not the overview's first paragraph.
        ReportImport import = Read(Replace(Text(), Base().Title!, printed));

        Assert.Equal(Base() with { Title = title, Agency = new Agency { Name = "测试县教育局" } }, import.Report);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData("测试县2035年远景规划办公室2022年政府信息公开工作年度报告", "测试县2035年远景规划办公室")]
    [InlineData("测试县2025年运动会组委会2022年度政府信息公开工作年度报告", "测试县2025年运动会组委会")]
    [InlineData("测试县教育局信息公开工作2022年度报告", "测试县教育局")]
    [InlineData("测试县2035年远景规划办公室信息公开工作2022年度报告", "测试县2035年远景规划办公室")] // its year before 年度报告
    public void A_title_naming_a_year_in_its_bodys_name_names_the_year_before_its_subject(string title, string agency)
    {
        // The thirty-ninth session's second review: a year in a body's name (a plan's, an event's) was read as the report's
        // (the first year before 年), and the name cut before it.
        ReportImport import = Read(Replace(Text(), Base().Title!, title));

        Assert.Equal((title, 2022, agency), (import.Report.Title, import.Report.Year, import.Report.Agency.Name));
    }

    [Theory]
    [InlineData("2023年01月20日 测试县教育局政府信息公开工作年度报告（2022年度）")] // a date before the title: 2023 before
    [InlineData("测试县教育局2022年1月至12月政府信息公开工作报告")] // its period, unbracketed, before its words
    public void A_page_title_whose_first_year_is_a_dates_names_the_reports_year(string pageTitle)
    {
        // A year followed by its month is a date's or a period's, not the title's own.
        SourceDocument text = TextDocumentReader.Read(Replace(Text(), Base().Title! + "\n", string.Empty));

        ReportImport import = LayoutReader.Read(new SourceDocument("p.html", text.Blocks) { PageTitle = pageTitle });

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }

    [Fact]
    public void A_page_titles_own_year_is_read_though_a_date_follows_it()
    {
        // Whether a month follows a year is asked right after it: a date further on (（2023年1月修订）) leaves the year the
        // title's own.
        SourceDocument text = TextDocumentReader.Read(Replace(Text(), Base().Title! + "\n", string.Empty));
        var page = new SourceDocument("p.html", text.Blocks) { PageTitle = "2022年测试县教育局政府信息公开工作年度报告（2023年1月修订）" };

        ReportImport import = LayoutReader.Read(page, new ImportOptions { AgencyName = "测试县教育局" });

        Assert.Equal(2022, import.Report.Year);
    }
}
