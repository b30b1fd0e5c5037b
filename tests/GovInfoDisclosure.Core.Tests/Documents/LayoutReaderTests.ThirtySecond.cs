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
}
