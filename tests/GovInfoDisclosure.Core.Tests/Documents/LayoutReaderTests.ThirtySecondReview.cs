using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;


namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Fact]
    public void A_second_reports_title_over_two_lines_is_not_left_in_the_first()
    {
        string first = Text();
        string second = Text(Other());
        second = Replace(second, "另一镇2022年政府信息公开工作年度报告", "另一镇人民政府\n2022年政府信息公开工作年度报告");

        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(alone.Findings.Select(d => d.Message), both.Findings.Where(d => d != said).Select(d => d.Message));
        Assert.Equal(alone.Report, both.Report);
        Assert.Equal(first.Split('\n').Length + 2, said.Location?.Line);
    }

    [Fact]
    public void A_second_reports_title_above_its_preamble_is_not_left_in_the_first()
    {
        string first = Text();
        string second = Text(Other());
        second = Replace(second, "另一镇2022年政府信息公开工作年度报告", "另一镇2022年政府信息公开工作年度报告\n（2023年1月20日）\n本报告根据《中华人民共和国政府信息公开条例》编制。\n本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。");

        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(alone.Findings.Select(d => d.Message), both.Findings.Where(d => d != said).Select(d => d.Message));
        Assert.Equal(alone.Report, both.Report);
        Assert.Equal(first.Split('\n').Length + 2, said.Location?.Line);
    }

    [Fact]
    public void The_first_reports_last_line_ending_in_baogao_stays_in_the_first()
    {
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
}
