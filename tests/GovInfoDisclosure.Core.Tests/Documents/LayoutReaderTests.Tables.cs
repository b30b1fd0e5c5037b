using System.Globalization;
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
    public void A_row_printed_after_its_group_s_label_is_located_at_its_own_label_cell()
    {
        // （三）不予公开 printed once, in the cell before the label of its first row (1.属于国家秘密): that row is where its own
        // label is, not where the group's is.
        string text = Text();
        string[] lines = text.Split('\n');
        int line = Array.FindIndex(lines, l => l.Contains("\t" + Row(ApplicationRow.StateSecret) + "\t", StringComparison.Ordinal)) + 1;
        Assert.StartsWith(ReportFormat.Get(ApplicationRow.StateSecret).Parent!.LabelZh + "\t", lines[line - 1], StringComparison.Ordinal);

        SourceLocation? location = Read(text).LocationOf(ReportFormat.Get(ApplicationRow.StateSecret).JsonPointer);

        Assert.Equal((line, lines[line - 1].IndexOf('\t', StringComparison.Ordinal) + 2, 2), (location?.Line, location?.Column, location?.Cell));
    }

    [Fact]
    public void A_merged_grid_whose_column_header_is_not_recognised_is_read_in_the_template_s_column_order_and_said()
    {
        // Section 三's 商业企业 printed as 商业 in a grid with real merges: its column has no header to place by, so the
        // table's values go in the template's order (all seven are printed), as for plain text, with the finding that says so.
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(Base()).Blocks];
        int at = blocks.FindIndex(b => b is DocumentTable t && t.Rows.Any(r => r.Any(c => c.Text == "商业企业")));
        var table = (DocumentTable)blocks[at];
        blocks[at] = new DocumentTable(
            table.Rows.Select(r => r.Select(c => c.Text == "商业企业" ? new DocumentCell("商业", c.Location, c.RowSpan, c.ColumnSpan, c.IsHeader) : c)),
            table.Location,
            table.Number);

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Equal([(Rules.TemplateColumnOrder.Code, ReportFormat.Applications.JsonPointer)], import.Findings.Select(d => (d.Code, d.Path)));
        Assert.Equal(Base(), import.Report);
    }

    private static CaseOutcomes Block(int first) => CaseOutcomes.FromCells([first, first + 1, first + 2, first + 3, first + 4]);

    /// <summary>The base report with a value of its own in each of section 四's fifteen cells (501 to 515).</summary>
    private static AnnualReport DistinctCases() => Base() with
    {
        ReviewAndLitigation = new ReviewAndLitigation { Review = Block(501), LitigationWithoutReview = Block(506), LitigationAfterReview = Block(511) },
    };

    /// <summary>The merged document of a report with section 四's table replaced by <paramref name="replacement"/>.</summary>
    private static SourceDocument WithCaseTables(AnnualReport report, Func<SourceLocation, IEnumerable<DocumentBlock>> replacement)
    {
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(report).Blocks];
        int heading = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == ReportFormat.ReviewAndLitigation.LabelZh);
        int table = blocks.FindIndex(heading, b => b is DocumentTable);
        SourceLocation at = blocks[table].Location;
        blocks.RemoveAt(table);
        blocks.InsertRange(table, replacement(at));
        return new SourceDocument("split.html", blocks);
    }

    /// <summary>Section 四 as two tables: 行政复议's five columns, then 行政诉讼's ten (or the other way round).</summary>
    private static DocumentBlock[] CaseTablesApart(SourceLocation at, AnnualReport report, bool litigationFirst, bool blankBetween)
    {
        string[] leaves = [.. ReportFormat.CaseColumns.Select(c => c.LabelZh)];
        DocumentCell C(string text, int columns = 1) => new(text, at, 1, columns);
        IEnumerable<DocumentCell> Values(CaseOutcomes o) =>
            new[] { o.Upheld, o.Corrected, o.Other, o.Pending, o.Total }.Select(v => C(v?.ToString(CultureInfo.InvariantCulture) ?? string.Empty));
        ReviewAndLitigation cases = report.ReviewAndLitigation;
        var review = new DocumentTable([[C("行政复议", 5)], leaves.Select(l => C(l)), Values(cases.Review)], at, 20);
        var litigation = new DocumentTable(
            [[C("行政诉讼", 10)], [C("未经复议直接起诉", 5), C("复议后起诉", 5)], leaves.Concat(leaves).Select(l => C(l)),
                Values(cases.LitigationWithoutReview).Concat(Values(cases.LitigationAfterReview))], at, 21);
        DocumentBlock[] between = blankBetween ? [new DocumentParagraph(string.Empty, at)] : [];
        return litigationFirst ? [litigation, .. between, review] : [review, .. between, litigation];
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)] // an empty paragraph between the tables (Word puts one after a table)
    [InlineData(true, false)] // 行政诉讼 printed first
    public void Section_si_printed_as_two_tables_review_then_litigation_is_read_as_one(bool litigationFirst, bool blankBetween)
    {
        // Left by issue 10's thirtieth session: a page too narrow for fifteen columns prints 四 as two tables, 行政复议's
        // and 行政诉讼's. The first table's five values were "5 values for 15 columns" (GID505, blank) and the second
        // table was not read: all fifteen cells blank. Two tables side by side, each naming its own group, are one.
        AnnualReport report = DistinctCases();

        ReportImport import = LayoutReader.Read(WithCaseTables(report, at => CaseTablesApart(at, report, litigationFirst, blankBetween)));

        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Diagnostic joined = Assert.Single(import.Findings);
        Assert.Equal((Rules.CaseTablesJoined.Code, ReportFormat.ReviewAndLitigation.JsonPointer, litigationFirst ? 20 : 21), (joined.Code, joined.Path, joined.Location?.Table)); // at the second
    }

    [Fact]
    public void Two_tables_naming_the_same_group_of_section_si_are_not_joined()
    {
        AnnualReport report = DistinctCases();
        SourceDocument document = WithCaseTables(report, at =>
        {
            DocumentBlock[] apart = CaseTablesApart(at, report, litigationFirst: false, blankBetween: false);
            return [apart[0], apart[0]];
        });

        ReportImport import = LayoutReader.Read(document);

        Assert.Null(import.Report.ReviewAndLitigation.LitigationWithoutReview.Upheld);
        Assert.Contains(import.Findings, d => d.Code == Rules.RowNotPlaced.Code);
    }

    [Theory]
    [InlineData(TextPrinter.Style.TabRows)]
    [InlineData(TextPrinter.Style.CellLines)]
    [InlineData(TextPrinter.Style.Markdown)]
    public void Section_si_s_header_is_its_own_where_its_heading_is_lost_and_its_table_runs_on_from_san_s(TextPrinter.Style style)
    {
        // Exploratory testing, issue 10's thirtieth session: without 四's heading line, 四's rows continue 三's table (a
        // blank line does not end a text table), and its header was looked for back to the table's start: 三's 总计 was
        // taken for 行政复议's, so every 总计 and the values after it moved one block on, and the validator then blamed the
        // agency (GID104). A row's header stops at the rows of another section.
        AnnualReport report = DistinctCases();
        ReportImport import = Read(Replace(Text(report, style), (style == TextPrinter.Style.Markdown ? "## " : string.Empty) + Heading(3) + "\n", string.Empty));

        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal([(Rules.SectionNotFound.Code, ReportFormat.ReviewAndLitigation.JsonPointer)], import.Findings.Select(d => (d.Code, d.Path)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_single_value_row_under_a_header_cell_unmerged_reads_its_one_number_wherever_it_stands(int at)
    {
        // Exploratory testing, issue 10's thirtieth session: a Word table whose （五）项 header 本年处理决定数量 and the
        // 行政许可 row's value lost their merge (three cells each, the header's text in the first, the number in the
        // second) left the value blank, "the grid does not tell which value is this column's" (GID506): a row of one
        // column needs no column to place its one number.
        string licensing = ReportFormat.DisclosureRows[2].LabelZh;
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(Base()).Blocks.Select(b => b is DocumentTable t && t.Rows.Any(r => r.Any(c => c.Text == licensing))
            ? new DocumentTable(t.Rows.Select(r => Unmerged(r, r.Any(c => c.Text == licensing))), t.Location, t.Number)
            : b)];

        ReportImport import = LayoutReader.Read(new SourceDocument("unmerged.docx", blocks));

        Assert.Equal(Base().ProactiveDisclosure, import.Report.ProactiveDisclosure);
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.CellAmbiguous.Code);

        // Each cell three columns wide becomes three cells: a header's text in the first, a data row's number in the one at `at`.
        IEnumerable<DocumentCell> Unmerged(System.Collections.Immutable.ImmutableArray<DocumentCell> row, bool data) => row.SelectMany(c => c.ColumnSpan != 3
            ? [c]
            : Enumerable.Range(0, 3).Select(i => new DocumentCell(i == (data ? at : 0) ? c.Text : string.Empty, c.Location, c.RowSpan, 1, c.IsHeader)));
    }

    [Fact]
    public void In_a_merged_grid_a_label_printed_under_several_headers_is_the_one_under_its_own_parent()
    {
        // Exploratory testing, issue 10's thirtieth session: with 未经复议直接起诉 and 复议后起诉 printed the other way
        // round (the data row as printed under them), the ten 行政诉讼 values went to the blocks by position: the k-th
        // 结果维持 printed was taken for the template's k-th, whatever stood above it, and nothing was said.
        AnnualReport report = DistinctCases();
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(report).Blocks];
        int at = blocks.FindIndex(b => b is DocumentTable t && t.Rows.Any(r => r.Any(c => c.Text == "复议后起诉")));
        var table = (DocumentTable)blocks[at];
        blocks[at] = new DocumentTable(
            table.Rows.Select(r => r.Select(c => c.Text switch
            {
                "复议后起诉" => new DocumentCell("未经复议直接起诉", c.Location, c.RowSpan, c.ColumnSpan, c.IsHeader),
                "未经复议直接起诉" => new DocumentCell("复议后起诉", c.Location, c.RowSpan, c.ColumnSpan, c.IsHeader),
                _ => c,
            })),
            table.Location,
            table.Number);

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Equal(
            new ReviewAndLitigation { Review = Block(501), LitigationWithoutReview = Block(511), LitigationAfterReview = Block(506) },
            import.Report.ReviewAndLitigation);
        Assert.Empty(import.Findings);
    }

    [Fact]
    public void A_header_pushed_left_by_a_cell_that_lost_its_rowspan_is_read_in_its_printed_order_and_said()
    {
        // Exploratory testing, issue 10's twenty-ninth session: the 勾稽 note printed without its rowspan of 3 pushes the
        // two header rows below it one column left, so 自然人, 商业企业 and 科研机构 stand over the rows' labels. The grid
        // put four values of each row under the wrong columns without a word (自然人's under 社会公益组织), left three
        // blank and said the last three ambiguous (GID506). The header's own order still names the seven columns.
        AnnualReport report = Base();
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(report).Blocks];
        int at = blocks.FindIndex(b => b is DocumentTable t && t.Rows.Any(r => r.Any(c => c.Text == PrintedLayout.ApplicationsNote)));
        var table = (DocumentTable)blocks[at];
        blocks[at] = new DocumentTable(
            table.Rows.Select(r => r.Select(c => c.Text == PrintedLayout.ApplicationsNote ? new DocumentCell(c.Text, c.Location, rowSpan: 1, c.ColumnSpan, c.IsHeader) : c)),
            table.Location,
            table.Number);

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Equal(report, import.Report);
        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.HeaderMisaligned.Code, ReportFormat.Applications.JsonPointer), (finding.Code, finding.Path));
        Assert.Contains("at “自然人”", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("结果维持|结果纠正|其他结果|尚未审结|总计", 1, "/reviewAndLitigation")] // 四: 行政复议's five without their rowspan of 2
    [InlineData("自然人", 1, "/applications")] // 三: 自然人 without its rowspan of 2
    [InlineData("三、本年度办理结果", -1, "/applications")] // the group label's rowspan a row short
    [InlineData("（三）不予公开", -1, "/applications")]
    public void Cells_whose_rowspan_is_lost_or_wrong_are_read_in_the_header_s_printed_order_and_said(string labels, int rowSpan, string section)
    {
        // Exploratory testing, issue 10's twenty-ninth session: without the rowspans the row below a header cell slides
        // under it, and the grid read one number into two cells (四's 行政诉讼 took 行政复议's numbers, 三's 商业企业 took
        // 自然人's), the last of each row dropped, nothing said but a GID506 claiming a blank; a group label's rowspan a
        // row short pushed its last row one column left. The header's printed order still names every column.
        AnnualReport report = Base();
        string[] changed = labels.Split('|');
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(report).Blocks.Select(b => b is DocumentTable t
            ? new DocumentTable(
                t.Rows.Select(r => r.Select(c => changed.Contains(c.Text) && c.RowSpan > 1
                    ? new DocumentCell(c.Text, c.Location, rowSpan == 1 ? 1 : c.RowSpan + rowSpan, c.ColumnSpan, c.IsHeader)
                    : c)),
                t.Location,
                t.Number)
            : b)];

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Equal(report, import.Report);
        Assert.Equal([(Rules.HeaderMisaligned.Code, section)], import.Findings.Select(d => (d.Code, d.Path)));
    }

    [Theory]
    [InlineData("三、本年度办理结果", -1, 0, ApplicationRow.OutcomesTotal)] // the group label's rowspan a row short: （七）总计 slides left
    [InlineData("一、本年新收政府信息公开申请数量", 0, -1, ApplicationRow.Received)] // the row label's colspan a column short: its values slide left
    public void A_row_pushed_left_by_a_wrong_span_whose_first_value_is_blank_is_not_read_one_column_off(string label, int rowSpan, int columnSpan, ApplicationRow row)
    {
        // Review of issue 10's twenty-ninth session: GID523's third case (a number left of every value header) looks only
        // for a number; where the pushed row's first cell is blank (自然人 left blank, as some reports leave a nought), the
        // grid still places 商业企业's number under 自然人, 科研机构's under 商业企业, …, and leaves 总计 blank, without a word.
        AnnualReport report = Base();
        string rowLabel = Row(row);
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(report).Blocks.Select(b => b is DocumentTable t
            ? new DocumentTable(
                t.Rows.Select(r => r.Select((c, i) => c.Text == label
                    ? new DocumentCell(c.Text, c.Location, c.RowSpan + rowSpan, c.ColumnSpan + columnSpan, c.IsHeader)
                    : i > 0 && r[i - 1].Text == rowLabel ? new DocumentCell(string.Empty, c.Location, c.RowSpan, c.ColumnSpan, c.IsHeader)
                    : c)),
                t.Location,
                t.Number)
            : b)];

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        TableCells cells = ReportFormat.Of(report.Edition).Cells;
        int[] at = [cells.ApplicationCell(row, ApplicantColumn.NaturalPerson), cells.ApplicationCell(row, ApplicantColumn.CommercialEnterprise), cells.ApplicationCell(row, ApplicantColumn.Total)];
        Assert.Equal([null, PrintedLayout.CellValues(report)[at[1]], PrintedLayout.CellValues(report)[at[2]]], at.Select(i => PrintedLayout.CellValues(import.Report)[i]));
    }

    [Theory]
    [InlineData("自然人")] // a colspan of 2 where the rows below print one cell: 法人或其他组织's five and 总计 stand one column right
    [InlineData("法人或其他组织")] // a colspan of 6 for five columns: 总计 stands right of the rows' last number
    public void A_header_cell_with_a_span_too_wide_does_not_put_the_values_under_the_wrong_columns(string label)
    {
        // Review of issue 10's twenty-ninth session: a header cell one column too wide (a wrong span, as GID523 names it)
        // moves the header cells right of it one column right of the values. None of GID523's three cases shows it: each
        // printed cell is under at most one value's header, no number is left of them all. The grid puts 科研机构's
        // number under 商业企业, …, leaves 总计 blank and says only that a number is not placed (GID506).
        AnnualReport report = Base();
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(report).Blocks.Select(b => b is DocumentTable t
            ? new DocumentTable(
                t.Rows.Select(r => r.Select(c => c.Text == label
                    ? new DocumentCell(c.Text, c.Location, c.RowSpan, c.ColumnSpan + 1, c.IsHeader)
                    : c)),
                t.Location,
                t.Number)
            : b)];

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        TableCells cells = ReportFormat.Of(report.Edition).Cells;
        int[] at = [cells.ApplicationCell(ApplicationRow.Received, ApplicantColumn.CommercialEnterprise), cells.ApplicationCell(ApplicationRow.Received, ApplicantColumn.Total)];
        Assert.Equal(at.Select(i => PrintedLayout.CellValues(report)[i]), at.Select(i => PrintedLayout.CellValues(import.Report)[i]));
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
    public void A_missing_table_is_said_at_its_section_s_heading_when_that_heading_opens_the_document()
    {
        // No title, no section 一: section 二's heading is the document's first line, and its table is not printed.
        string text = Text();
        text = text[text.IndexOf(ReportFormat.ProactiveDisclosure.LabelZh, StringComparison.Ordinal)..];
        int start = text.IndexOf("\t第二十条第（一）项", StringComparison.Ordinal);
        int end = text.IndexOf(ReportFormat.Applications.LabelZh, StringComparison.Ordinal);
        text = string.Concat(text.AsSpan(0, start), text.AsSpan(end));

        ReportImport import = Read(text, new ImportOptions { Year = Base().Year, AgencyName = Base().Agency.Name });

        Diagnostic finding = Assert.Single(import.Findings, d => d.Code == Rules.TableNotFound.Code);
        Assert.Equal((ReportFormat.ProactiveDisclosure.JsonPointer, 1), (finding.Path, finding.Location?.Line));
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

    [Theory]
    [InlineData("结果维持", "结果维持")]
    [InlineData("行政复议·结果维持", "结果维持")]
    [InlineData("行政诉讼·复议后起诉·总计", "总计")]
    [InlineData("·结果维持", "·结果维持")]
    [InlineData("·行政复议·结果维持", "·行政复议·结果维持")]
    [InlineData("行政复议·", "行政复议·")]
    [InlineData("行政复议··总计", "行政复议··总计")]
    [InlineData("·", "·")]
    public void The_innermost_label_is_the_last_of_the_stacked_labels(string key, string expected)
    {
        Assert.Equal(expected, LayoutRecognition.InnermostLabel(key));
        Assert.Equal(LayoutRecognition.StackedLabels(key)[^1], LayoutRecognition.InnermostLabel(key));
    }

    [Fact]
    public void A_number_in_the_second_of_two_grid_cells_under_a_column_is_read_and_located_there()
    {
        ReportImport import = LayoutReader.Read(TitleAnd(ReceivedGrid(string.Empty, "3")));

        Assert.Equal(3, import.Report.Applications.Received.NaturalPerson);
        Assert.Empty(import.Findings.Where(d => d.Code == Rules.CellAmbiguous.Code));
        SourceLocation? at = import.LocationOf(Received);
        Assert.Equal((1, 4, 5), (at?.Table, at?.Row, at?.Cell));
    }

    [Fact]
    public void A_cell_with_text_under_no_header_column_of_a_merged_grid_is_said_at_its_row_and_an_empty_one_is_not()
    {
        ReportImport import = LayoutReader.Read(TitleAnd(ReceivedGrid("3", string.Empty, GridCell("见附注"), GridCell(string.Empty))));

        Assert.Equal(3, import.Report.Applications.Received.NaturalPerson);
        Assert.Equal(4, import.Report.Applications.Received.Total);
        Diagnostic stray = Assert.Single(import.Findings, d => d.Code == Rules.CellAmbiguous.Code);
        Assert.Equal(ReportFormat.Get(ApplicationRow.Received).JsonPointer, stray.Path);
        Assert.Contains("见附注", stray.Message, StringComparison.Ordinal);
        Assert.Equal((1, 4, 12), (stray.Location?.Table, stray.Location?.Row, stray.Location?.Cell));
    }

    [Fact]
    public void A_grid_whose_only_merges_are_column_spans_places_numbers_by_the_grid()
    {
        // No cell spans rows and every row has a cell of one grid column: 总计 printed in the top row, 自然人 over two
        // grid columns with two cells under it.
        DocumentTable table = new(
        [
            [GridCell(string.Empty, 3), GridCell(PrintedLayout.ApplicantsHeader, 7), GridCell(TotalLabel)],
            [GridCell(string.Empty, 3), GridCell(NaturalPersonLabel, 2), GridCell(LegalPersonsLabel, 5), GridCell(string.Empty)],
            [GridCell(string.Empty, 3), GridCell(string.Empty, 2), .. LegalPersonCells(), GridCell(string.Empty)],
            [GridCell(Row(ApplicationRow.Received), 3), GridCell("3"), GridCell(string.Empty), GridCell("1"), GridCell("0"), GridCell("0"), GridCell("0"), GridCell("0"), GridCell("4")],
        ], new SourceLocation { Line = 1 }, 1);

        ReportImport import = LayoutReader.Read(TitleAnd(table));

        Assert.Equal(new ApplicantBreakdown { NaturalPerson = 3, CommercialEnterprise = 1, ResearchInstitution = 0, PublicInterestOrganization = 0, LegalServiceProvider = 0, OtherOrganization = 0, Total = 4 }, import.Report.Applications.Received);
        Assert.DoesNotContain(import.Findings, d => d.Path == ReportFormat.Get(ApplicationRow.Received).JsonPointer || d.Path == Received);
    }

    [Fact]
    public void A_grid_whose_only_merges_are_row_spans_places_numbers_by_the_grid()
    {
        // No cell spans columns: section 三's header printed without 申请人情况, 自然人 and 总计 spanning the two header
        // rows, and the received row's 3 merged down over the carried-over row (Word's vertical merge), which so prints
        // one number fewer than it has columns.
        DocumentTable table = new(
        [
            [GridCell(string.Empty, rowSpan: 2), GridCell(NaturalPersonLabel, rowSpan: 2), GridCell(LegalPersonsLabel), GridCell(string.Empty), GridCell(string.Empty), GridCell(string.Empty), GridCell(string.Empty), GridCell(TotalLabel, rowSpan: 2)],
            [.. LegalPersonCells()],
            [GridCell(Row(ApplicationRow.Received)), GridCell("3", rowSpan: 2), GridCell("1"), GridCell("0"), GridCell("0"), GridCell("0"), GridCell("0"), GridCell("4")],
            [GridCell(Row(ApplicationRow.CarriedOver)), GridCell("2"), GridCell("0"), GridCell("0"), GridCell("0"), GridCell("0"), GridCell("2")],
        ], new SourceLocation { Line = 1 }, 1);

        ReportImport import = LayoutReader.Read(TitleAnd(table));

        Assert.Equal(new ApplicantBreakdown { NaturalPerson = 3, CommercialEnterprise = 1, ResearchInstitution = 0, PublicInterestOrganization = 0, LegalServiceProvider = 0, OtherOrganization = 0, Total = 4 }, import.Report.Applications.Received);

        // The merged 3 is the received row's cell: the carried-over row prints nothing under 自然人, so it is blank there,
        // and its other numbers are under their own headers, not shifted one column to the left.
        Assert.Equal(new ApplicantBreakdown { NaturalPerson = null, CommercialEnterprise = 2, ResearchInstitution = 0, PublicInterestOrganization = 0, LegalServiceProvider = 0, OtherOrganization = 0, Total = 2 }, import.Report.Applications.CarriedOver);
        Assert.DoesNotContain(import.Findings, d => d.Path == ReportFormat.Get(ApplicationRow.CarriedOver).JsonPointer);
    }

    [Theory]
    [InlineData("1\t\t3")]
    [InlineData("1\t2\t3\t4\t5")]
    public void Section_four_s_numbers_printed_in_fewer_fields_than_its_columns_are_said_not_placed_at_their_row(string numbers)
    {
        // Some fields blank and the trailing ones left out: the row under the header is still section 四's numbers.
        string header = TabCaseTable[..TabCaseTable.LastIndexOf("1\t2\t", StringComparison.Ordinal)];
        string text = WithCaseTable(header + numbers + "\n");
        int line = Array.IndexOf(text.Split('\n'), numbers) + 1;

        ReportImport import = Read(text);

        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.RowNotPlaced.Code, line), (finding.Code, finding.Location?.Line));
        Assert.Contains($"prints {numbers.Split('\t').Length} values for 15 columns", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new ReviewAndLitigation { Review = CaseOutcomes.Blank, LitigationWithoutReview = CaseOutcomes.Blank, LitigationAfterReview = CaseOutcomes.Blank }, import.Report.ReviewAndLitigation);
    }

    [Theory]
    [InlineData(TextPrinter.Style.TabRows)]
    [InlineData(TextPrinter.Style.Markdown)]
    [InlineData(TextPrinter.Style.CellLines)]
    public void Section_three_s_table_split_by_a_page_break_reads_the_same(TextPrinter.Style style)
    {
        // Text taken out of a printed document: a page ends after （二）部分公开, and the page's number stands between the
        // two parts of the table; the second part has no header, so its numbers go in the template's column order.
        string text = Text(Base(), style);
        int at = text.IndexOf(ReportFormat.Get(ApplicationRow.PartiallyDisclosed).LabelZh, StringComparison.Ordinal);
        int end = style == TextPrinter.Style.CellLines ? text.IndexOf("\n（三）", at, StringComparison.Ordinal) : text.IndexOf('\n', at);

        ReportImport import = Read(text[..(end + 1)] + "\n— 3 —\n\n" + text[(end + 1)..]);

        Assert.Equal(Base().Applications, import.Report.Applications);
        Assert.All(import.Findings, d => Assert.Equal((Rules.TemplateColumnOrder.Code, ReportFormat.Applications.JsonPointer), (d.Code, d.Path)));
    }

    [Fact]
    public void A_header_printed_without_the_labels_under_its_top_row_gives_the_template_s_column_order_and_says_so()
    {
        string[] lines = Text().Split('\n');
        int note = Array.FindIndex(lines, l => l.Contains(PrintedLayout.ApplicantsHeader, StringComparison.Ordinal));
        string topRowOnly = string.Join('\n', lines.Take(note + 1).Concat(lines.Skip(note + 3)));

        ReportImport import = Read(topRowOnly);

        Diagnostic finding = Assert.Single(import.Findings);
        Assert.Equal((Rules.TemplateColumnOrder.Code, ReportFormat.Applications.JsonPointer), (finding.Code, finding.Path));
        Assert.Equal(Base().Applications, import.Report.Applications);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(3)]
    public void A_row_printed_with_its_label_and_no_numbers_is_blank_without_a_finding(int emptyFields)
    {
        // Every field left empty, or the trailing ones left out.
        ReportImport import = Read(ReplaceRow(Text(), Row(ApplicationRow.Duplicate), [.. Enumerable.Repeat(string.Empty, emptyFields)]));

        Assert.Empty(import.Findings);
        Assert.Equal(ApplicantBreakdown.Blank, import.Report.Applications[ApplicationRow.Duplicate]);
    }

    [Fact]
    public void Section_four_s_row_left_blank_in_all_fifteen_cells_of_a_grid_is_read_as_blank_not_as_missing()
    {
        AnnualReport report = Base() with { ReviewAndLitigation = new ReviewAndLitigation { Review = CaseOutcomes.Blank, LitigationWithoutReview = CaseOutcomes.Blank, LitigationAfterReview = CaseOutcomes.Blank } };

        ReportImport import = LayoutReader.Read(TextPrinter.Merged(report));

        Assert.Empty(import.Findings);
        Assert.Equal(report, import.Report);
    }

    [Fact]
    public void An_empty_row_between_section_four_s_header_and_its_numbers_is_not_taken_for_them()
    {
        string header = TabCaseTable[..TabCaseTable.LastIndexOf("1\t2\t", StringComparison.Ordinal)];

        ReportImport import = Read(WithCaseTable(header + "\t\n" + string.Join('\t', Enumerable.Range(1, 15)) + "\n"));

        Assert.Equal(new ReviewAndLitigation { Review = Numbered(1), LitigationWithoutReview = Numbered(6), LitigationAfterReview = Numbered(11) }, import.Report.ReviewAndLitigation);
        Assert.Empty(import.Findings);
    }

    [Fact]
    public void Findings_of_a_row_are_listed_in_the_document_s_column_order_where_it_differs_from_the_template_s()
    {
        // 总计 printed before 申请人情况, both dashes: its finding comes first, as the document prints it.
        DocumentTable table = new(
        [
            [GridCell(string.Empty, 3), GridCell(TotalLabel), GridCell(PrintedLayout.ApplicantsHeader, 7)],
            [GridCell(string.Empty, 3), GridCell(string.Empty), GridCell(NaturalPersonLabel, 2), GridCell(LegalPersonsLabel, 5)],
            [GridCell(string.Empty, 3), GridCell(string.Empty), GridCell(string.Empty, 2), .. LegalPersonCells()],
            [GridCell(Row(ApplicationRow.Received), 3), GridCell("—"), GridCell("—"), GridCell(string.Empty), GridCell("1"), GridCell("0"), GridCell("0"), GridCell("0"), GridCell("0")],
        ], new SourceLocation { Line = 1 }, 1);

        ReportImport import = LayoutReader.Read(TitleAnd(table));

        Assert.Equal(
            [(ReportFormat.CellPointer(ApplicationRow.Received, ApplicantColumn.Total), 4), (Received, 5)],
            import.Findings.Where(d => d.Code == Rules.DashAsBlank.Code).Select(d => (d.Path, d.Location?.Cell)));
        Assert.Equal(1, import.Report.Applications.Received.CommercialEnterprise);
    }

    /// <summary>
    /// The merged document with a section's heading moved from its paragraph into a first row of the table under it, spanning
    /// the table (or, with <paramref name="emptyCellFirst"/>, all its columns but the first, left as an empty cell).
    /// </summary>
    private static List<DocumentBlock> HeadingInTable(string heading, bool marked = false, bool emptyCellFirst = false)
    {
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(Base()).Blocks.Select(b => marked && b is DocumentParagraph p && ReportFormat.Sections.Any(s => s.LabelZh == p.Text)
            ? new DocumentParagraph(p.Text, p.Location, isHeading: true) : b)];
        int at = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == heading);
        var table = (DocumentTable)blocks[at + 1];
        DocumentCell[] headingRow = emptyCellFirst
            ? [new DocumentCell(string.Empty, table.Location), new DocumentCell(heading, table.Location, 1, table.ColumnCount - 1)]
            : [new DocumentCell(heading, table.Location, 1, table.ColumnCount)];
        blocks[at + 1] = new DocumentTable([headingRow, .. table.Rows], table.Location, table.Number);
        blocks.RemoveAt(at);
        return blocks;
    }

    /// <summary>Each section that prints tables, with its heading's row spanning the table or after an empty first cell.</summary>
    public static TheoryData<string, bool> HeadingRows()
    {
        var data = new TheoryData<string, bool>();
        foreach (FormatEntry section in new[] { ReportFormat.ProactiveDisclosure, ReportFormat.Applications, ReportFormat.ReviewAndLitigation })
        {
            data.Add(section.JsonPointer, false);
            data.Add(section.JsonPointer, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HeadingRows))]
    public void A_section_s_heading_printed_as_a_merged_first_row_of_its_table_is_its_heading_and_no_row(string section, bool emptyCellFirst)
    {
        // As Word documents sometimes print it: the heading in a row over the whole table, or in a row whose only text it
        // is after an empty first cell (a table pasted with an empty first column).
        FormatEntry entry = ReportFormat.Sections.Single(s => s.JsonPointer == section);
        List<DocumentBlock> blocks = HeadingInTable(entry.LabelZh, emptyCellFirst: emptyCellFirst);
        int cell = emptyCellFirst ? 2 : 1;
        var table = (DocumentTable)blocks.Single(b => b is DocumentTable t && t.Rows[0].Length >= cell && t.Rows[0][cell - 1].Text == entry.LabelZh);

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Empty(import.Findings);
        Assert.Equal(Base(), import.Report);
        Assert.Equal(table.Location with { Table = table.Number, Row = 1, Cell = cell }, import.LocationOf(section));
    }

    [Fact]
    public void A_heading_in_a_table_row_counts_as_marked_where_the_document_marks_the_other_headings()
    {
        // The five other headings are h2s: with the table's row, all six are set apart, so a paragraph of 五 that says
        // 六's heading without being marked is 五's text, not section 六.
        string six = ReportFormat.OtherMatters.LabelZh;
        List<DocumentBlock> blocks = HeadingInTable(ReportFormat.ReviewAndLitigation.LabelZh, marked: true);
        int five = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == ReportFormat.ProblemsAndImprovements.LabelZh);
        blocks.Insert(five + 1, new DocumentParagraph(six, blocks[five].Location));

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Empty(import.Findings);
        Assert.Equal(Base().OtherMatters, import.Report.OtherMatters);
        Assert.Equal(blocks.Last(b => b is DocumentParagraph p && p.Text == six).Location, import.LocationOf(ReportFormat.OtherMatters.JsonPointer));
        Assert.Contains(import.Report.ProblemsAndImprovements!.Paragraphs, p => p.Heading == six || p.Text == six);
    }

    [Fact]
    public void A_heading_repeated_in_each_cell_of_a_table_s_first_row_is_the_heading()
    {
        // As a merged cell comes out of a copy that repeats it in every column it covered, with an empty cell at the end.
        string four = ReportFormat.ReviewAndLitigation.LabelZh;
        List<DocumentBlock> blocks = HeadingInTable(four);
        int at = blocks.FindIndex(b => b is DocumentTable t && t.Rows[0][0].Text == four);
        var table = (DocumentTable)blocks[at];
        blocks[at] = new DocumentTable(
            [[.. Enumerable.Range(0, table.ColumnCount - 1).Select(_ => new DocumentCell(" " + four, table.Location)), new DocumentCell("", table.Location)], .. table.Rows.Skip(1)],
            table.Location, table.Number);

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Empty(import.Findings);
        Assert.Equal(Base(), import.Report);
    }

    [Fact]
    public void One_table_for_all_sections_with_the_headings_in_merged_rows_reads_as_three()
    {
        // As a Word document may print sections 二 to 四: one table, each section's heading a row spanning it, then the
        // section's own header and rows. The headers of a section are looked for below its heading only.
        (List<DocumentBlock> blocks, int[] headingRows) = TextPrinter.OneTable(TextPrinter.Merged(Base()).Blocks);
        int table = blocks.FindIndex(b => b is DocumentTable);

        ReportImport import = LayoutReader.Read(new SourceDocument("one.docx", blocks));

        Assert.Empty(import.Findings);
        Assert.Equal(Base(), import.Report);
        Assert.Equal(headingRows, new[] { ReportFormat.ProactiveDisclosure, ReportFormat.Applications, ReportFormat.ReviewAndLitigation }
            .Select(s => import.LocationOf(s.JsonPointer)?.Row ?? 0));

        // A row the table does not print is said at its section's heading row.
        var one = (DocumentTable)blocks[table];
        string carried = Row(ApplicationRow.CarriedForward);
        blocks[table] = new DocumentTable(one.Rows.Where(r => !r.Any(c => c.Text == carried)).Select(r => (IEnumerable<DocumentCell>)r), one.Location, one.Number);
        Diagnostic missing = Assert.Single(LayoutReader.Read(new SourceDocument("one.docx", blocks)).Findings);
        Assert.Equal((Rules.RowNotFound.Code, 1, headingRows[1]), (missing.Code, missing.Location?.Table, missing.Location?.Row));
    }

    [Fact]
    public void The_heading_of_a_narrative_section_boxed_in_a_table_of_its_own_is_its_heading()
    {
        // 五's heading printed in a one-cell table (a boxed heading), its paragraphs after the box: the box's last row, as
        // the template prints it, is the heading. (Until the thirty-first session no table row was a narrative's heading.)
        string five = ReportFormat.ProblemsAndImprovements.LabelZh;
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(Base()).Blocks];
        int at = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == five);
        blocks[at] = new DocumentTable([[new DocumentCell(five, blocks[at].Location)]], blocks[at].Location, 9);

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }

    [Fact]
    public void The_headings_of_two_narrative_sections_in_one_table_are_no_headings()
    {
        // 五's and 六's headings as two rows of one table: only a table's last row may be a narrative's heading (two in one
        // table would leave each an empty range of paragraphs), so 五 is not found, and 六's row, the last, is 六's heading.
        string five = ReportFormat.ProblemsAndImprovements.LabelZh, six = ReportFormat.OtherMatters.LabelZh;
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(Base()).Blocks];
        int at = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == five);
        blocks.RemoveAll(b => b is DocumentParagraph p && p.Text == six);
        blocks[at] = new DocumentTable([[new DocumentCell(five, blocks[at].Location)], [new DocumentCell(six, blocks[at].Location)]], blocks[at].Location, 9);

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Contains((Rules.SectionNotFound.Code, ReportFormat.ProblemsAndImprovements.JsonPointer), import.Findings.Select(d => (d.Code, d.Path)));
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SectionNotFound.Code && d.Path == ReportFormat.OtherMatters.JsonPointer);
    }

    [Fact]
    public void A_first_row_of_two_different_texts_is_no_heading()
    {
        // A unit beside the heading (单位：件) was the other text here until the thirty-sixth session, which reads such a
        // row as the heading (LayoutReaderTests.UnitInHeadingRow.cs).
        List<DocumentBlock> blocks = HeadingInTable(ReportFormat.ReviewAndLitigation.LabelZh);
        int at = blocks.FindIndex(b => b is DocumentTable t && t.Rows[0][0].Text == ReportFormat.ReviewAndLitigation.LabelZh);
        var table = (DocumentTable)blocks[at];
        blocks[at] = new DocumentTable(
            [[new DocumentCell(ReportFormat.ReviewAndLitigation.LabelZh, table.Location), new DocumentCell("数据截至12月31日", table.Location, 1, table.ColumnCount - 1)], .. table.Rows.Skip(1)],
            table.Location, table.Number);

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Equal([(Rules.SectionNotFound.Code, ReportFormat.ReviewAndLitigation.JsonPointer)], import.Findings.Select(d => (d.Code, d.Path)));
        Assert.Equal(Base().ReviewAndLitigation, import.Report.ReviewAndLitigation);
    }
}
