using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary><see cref="LayoutReader"/>'s tables: group rows, where rows are located, what is missing and where it is said.</summary>
public partial class LayoutReaderTests
{
    private static readonly string[] CaseColumns = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    /// <summary>Section 四's header rows as <see cref="TextPrinter"/> prints them (行政复议 first), and a data row numbered 1 to 15.</summary>
    private static readonly string TabCaseTable =
        "行政复议\t行政诉讼\n" + string.Join('\t', CaseColumns) + "\t未经复议直接起诉\t复议后起诉\n" + string.Join('\t', [.. CaseColumns, .. CaseColumns]) + "\n"
        + string.Join('\t', Enumerable.Range(1, 15)) + "\n";

    /// <summary>Section 四's header printed in one row of stacked labels, 行政诉讼 first (未经复议直接起诉, 复议后起诉), then 行政复议.</summary>
    private static readonly string[] StackedCaseHeader =
        [.. CaseColumns.Select(c => "行政诉讼 · 未经复议直接起诉 · " + c), .. CaseColumns.Select(c => "行政诉讼 · 复议后起诉 · " + c), .. CaseColumns.Select(c => "行政复议 · " + c)];

    /// <summary>A pipe table of the stacked header over a data row numbered 1 to 15.</summary>
    private static string StackedCaseTable(string[] header) =>
        "| " + string.Join(" | ", header) + " |\n|" + string.Concat(Enumerable.Repeat("---|", header.Length)) + "\n| " + string.Join(" | ", Enumerable.Range(1, 15)) + " |\n";

    /// <summary>The printed report with section 四's table replaced.</summary>
    private static string WithCaseTable(string table)
    {
        string text = Text();
        string four = ReportFormat.ReviewAndLitigation.LabelZh;
        int start = text.IndexOf(four, StringComparison.Ordinal) + four.Length;
        int end = text.IndexOf(ReportFormat.ProblemsAndImprovements.LabelZh, StringComparison.Ordinal);
        return text[..start] + "\n\n" + table + "\n" + text[end..];
    }

    private static CaseOutcomes Numbered(int first) =>
        new() { Upheld = first, Corrected = first + 1, Other = first + 2, Pending = first + 3, Total = first + 4 };

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

    [Theory]
    [InlineData(false, "结果纠正", "结果更正", 0)]
    [InlineData(false, "结果纠正", "结果更正", 1)]
    [InlineData(false, "结果纠正", "结果更正", 2)]
    [InlineData(true, "结果纠正", "结果更正", 0)]
    [InlineData(true, "结果纠正", "结果更正", 1)]
    [InlineData(true, "结果纠正", "结果更正", 2)]
    [InlineData(false, "结果维持", "结果维护", 0)]
    [InlineData(true, "结果维持", "结果维护", 0)]
    [InlineData(true, "结果维持", "结果维护", 2)]
    public void A_misspelt_header_label_the_template_prints_several_times_takes_its_own_column(bool stacked, string label, string misspelling, int misspelt)
    {
        // The misspelt-th label the document prints (in its order) is misspelt; a stacked group's first cell is one.
        string table = stacked ? StackedCaseTable(StackedCaseHeader) : TabCaseTable;
        int at = -1;
        for (int k = 0; k <= misspelt; k++)
        {
            at = table.IndexOf(label, at + 1, StringComparison.Ordinal);
        }

        ReportImport import = Read(WithCaseTable(string.Concat(table.AsSpan(0, at), misspelling, table.AsSpan(at + label.Length))));
        Assert.Equal([Rules.LabelVariant.Code], import.Findings.Select(d => d.Code));
        Assert.Equal(
            stacked
                ? new ReviewAndLitigation { LitigationWithoutReview = Numbered(1), LitigationAfterReview = Numbered(6), Review = Numbered(11) }
                : new ReviewAndLitigation { Review = Numbered(1), LitigationWithoutReview = Numbered(6), LitigationAfterReview = Numbered(11) },
            import.Report.ReviewAndLitigation);
    }

    [Fact]
    public void A_single_value_row_under_a_header_not_naming_its_column_is_read_without_a_finding()
    {
        // Section 二's 行政许可 under a header that does not print 本年处理决定数量: one number needs no column order.
        ReportImport import = Read(Replace(Text(), "\t本年处理决定数量", "\t数量"));
        Assert.Empty(import.Findings);
        Assert.Equal(Base().ProactiveDisclosure, import.Report.ProactiveDisclosure);
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
