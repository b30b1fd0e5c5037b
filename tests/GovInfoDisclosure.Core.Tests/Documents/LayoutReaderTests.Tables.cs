using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary><see cref="LayoutReader"/>'s tables: group rows, where rows are located, what is missing and where it is said.</summary>
public partial class LayoutReaderTests
{
    /// <summary>Section 四's header and data rows as <see cref="TextPrinter"/> prints them, the data row numbered 1 to 15.</summary>
    private static string CaseTable(string litigationHeader = "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计") =>
        "行政复议\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n" + litigationHeader + "\n"
        + string.Join('\t', Enumerable.Range(1, 15)) + "\n";

    private static string WithCaseTable(string table)
    {
        string text = Text();
        int start = text.IndexOf("行政复议\t行政诉讼", StringComparison.Ordinal);
        int end = text.IndexOf(ReportFormat.ProblemsAndImprovements.LabelZh, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, start), table, "\n", text.AsSpan(end));
    }

    [Fact]
    public void A_group_label_on_a_row_of_its_own_with_empty_cells_heads_its_rows_and_is_no_one_row_group()
    {
        string group = ReportFormat.Get(ApplicationRow.NoCorrection).Parent!.LabelZh;
        string text = Replace(Text(), group + "\t", group + "\t\t\t\t\t\t\t\t\n");
        ReportImport import = Read(text);
        Assert.Empty(import.Findings);
        Assert.Equal(Base(), import.Report);
    }

    [Fact]
    public void A_row_is_located_at_its_label_cell()
    {
        string text = Text();
        int line = Array.FindIndex(text.Split('\n'), l => l.StartsWith(Row(ApplicationRow.Received) + "\t", StringComparison.Ordinal)) + 1;
        ReportImport import = Read(text);
        SourceLocation? location = import.LocationOf(ReportFormat.Get(ApplicationRow.Received).JsonPointer);
        Assert.Equal((line, 1, 1), (location?.Line, location?.Column, location?.Cell));
    }

    [Fact]
    public void A_missing_table_of_section_two_is_said_at_its_heading()
    {
        string text = Text();
        int start = text.IndexOf("\t第二十条第（一）项", StringComparison.Ordinal);
        int end = text.IndexOf(ReportFormat.Applications.LabelZh, StringComparison.Ordinal);
        text = string.Concat(text.AsSpan(0, start), text.AsSpan(end));
        int heading = Array.IndexOf(text.Split('\n'), ReportFormat.ProactiveDisclosure.LabelZh) + 1;
        ReportImport import = Read(text);
        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.TableNotFound.Code, ReportFormat.ProactiveDisclosure.JsonPointer, heading), (finding.Code, finding.Path, finding.Location?.Line));
    }

    [Fact]
    public void A_missing_row_of_a_group_is_said_at_its_section_s_heading()
    {
        string text = Text();
        string[] lines = text.Split('\n');
        int at = Array.FindIndex(lines, l => l.Contains(Row(ApplicationRow.NoCorrection), StringComparison.Ordinal));
        lines[at] = ReportFormat.Get(ApplicationRow.NoCorrection).Parent!.LabelZh + "\t\t\t\t\t\t\t\t";
        text = string.Join('\n', lines);
        int heading = Array.IndexOf(lines, ReportFormat.Applications.LabelZh) + 1;
        ReportImport import = Read(text);
        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.RowNotFound.Code, ReportFormat.Get(ApplicationRow.NoCorrection).JsonPointer, heading), (finding.Code, finding.Path, finding.Location?.Line));
    }

    [Fact]
    public void A_header_label_one_character_off_among_labels_printed_several_times_takes_its_own_column()
    {
        ReportImport import = Read(WithCaseTable(CaseTable("结果维持\t结果更正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计")));
        Assert.Equal(Rules.LabelVariant.Code, Assert.Single(import.Findings).Code);
        ReviewAndLitigation cases = import.Report.ReviewAndLitigation;
        Assert.Equal((1, 2, 5), (cases.Review.Upheld, cases.Review.Corrected, cases.Review.Total));
        Assert.Equal((6, 7, 10), (cases.LitigationWithoutReview.Upheld, cases.LitigationWithoutReview.Corrected, cases.LitigationWithoutReview.Total));
        Assert.Equal((11, 12, 15), (cases.LitigationAfterReview.Upheld, cases.LitigationAfterReview.Corrected, cases.LitigationAfterReview.Total));
    }

    [Theory]
    [InlineData("结果维持", new[] { "结果维持" })]
    [InlineData("行政复议·结果维持", new[] { "行政复议", "结果维持" })]
    [InlineData("行政诉讼·复议后起诉·总计", new[] { "行政诉讼", "复议后起诉", "总计" })]
    [InlineData("·结果维持", new[] { "·结果维持" })]
    [InlineData("行政复议·", new[] { "行政复议·" })]
    [InlineData("行政复议··总计", new[] { "行政复议··总计" })]
    public void A_label_stacks_the_labels_joined_by_a_middle_dot_unless_one_is_empty(string key, string[] expected) =>
        Assert.Equal(expected, LayoutRecognition.StackedLabels(key));
}
