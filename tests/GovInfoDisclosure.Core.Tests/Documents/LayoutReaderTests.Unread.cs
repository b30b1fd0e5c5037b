using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>
/// <see cref="LayoutReader"/>'s rows the template does not have (GID521) and rows that number the columns: where a row
/// of 1, 2, 3 … is data and where it is not, in the layouts that tell them apart.
/// </summary>
public partial class LayoutReaderTests
{
    private const string OneToSeven = "\t1\t2\t3\t4\t5\t6\t7";

    /// <summary>The text with a line inserted after the row labelled <paramref name="label"/>.</summary>
    private static string InsertAfterRow(string text, string label, string line)
    {
        string row = text.Split('\n').First(l => l.Split('\t').Contains(label));
        return Replace(text, row, row + "\n" + line);
    }

    /// <summary>The 1-based line of a line of the text.</summary>
    private static int LineOf(string text, string line) => Array.IndexOf(text.Split('\n'), line) + 1;

    [Theory]
    // A data row printing dashes only: no number tells it from a header, its label does.
    [InlineData(ApplicationRow.StateSecret, new[] { "—", "—", "—", "—", "—", "—", "—" })]
    // The first data row under the header, one of its cells blank.
    [InlineData(ApplicationRow.Received, new[] { "", "0", "0", "0", "0", "0", "0" })]
    public void A_row_counting_one_two_three_under_a_data_row_printing_no_number_or_a_blank_is_said(ApplicationRow above, string[] values)
    {
        string text = InsertAfterRow(ReplaceRow(Text(), Row(above), values), Row(above), OneToSeven);

        ReportImport import = Read(text);

        Diagnostic said = Assert.Single(import.Findings, d => d.Code == Rules.RowNotRecognised.Code);
        Assert.Equal(LineOf(text, OneToSeven), said.Location!.Line);
    }

    [Fact]
    public void A_row_counting_one_two_three_under_a_row_of_numbers_without_a_label_is_said_too()
    {
        // The row above prints numbers from its first cell (no label): it is no header, so 1 … 7 under it are data.
        string text = InsertAfterRow(Text(), Row(ApplicationRow.StateSecret), "0\t0\t0\t0\t0\t0\t0\n" + OneToSeven);

        ReportImport import = Read(text);

        Assert.Equal(Base(), import.Report);
        Assert.Equal(
            [LineOf(text, "0\t0\t0\t0\t0\t0\t0"), LineOf(text, OneToSeven)],
            import.Findings.Where(d => d.Code == Rules.RowNotRecognised.Code).Select(d => d.Location!.Line));
    }

    [Theory]
    // Between the block title and the header: the row above prints text, no data.
    [InlineData(false)]
    // The table's first row, above its block title: no row above it.
    [InlineData(true)]
    public void Column_numbers_above_a_table_s_header_say_nothing(bool firstRow)
    {
        string text = Text();
        string[] lines = text.Split('\n');
        int two = Array.IndexOf(lines, ReportFormat.ProactiveDisclosure.LabelZh);
        string above = firstRow
            ? lines.Skip(two + 1).First(l => l.Contains('\t', StringComparison.Ordinal))
            : lines.First(l => l.StartsWith("信息内容\t本年制发件数", StringComparison.Ordinal));
        text = Replace(text, above, "\t1\t2\t3\n" + above);

        ReportImport import = Read(text);

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }

    [Fact]
    public void A_named_column_number_row_under_a_data_row_says_nothing()
    {
        // 栏次 names it: column numbers printed again under data (a table that repeats them) are no data.
        string text = InsertAfterRow(Text(), Row(ApplicationRow.StateSecret), "栏次" + OneToSeven);

        ReportImport import = Read(text);

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }

    [Fact]
    public void An_empty_row_between_a_data_row_and_one_two_three_does_not_hide_the_data_row()
    {
        // The row above that prints anything decides: an empty pipe row between is passed over, both ways.
        string text = InsertAfterRow(Text(), Row(ApplicationRow.StateSecret), "|  |  |  |  |  |  |  |  |  |\n" + OneToSeven);
        string header = text.Split('\n').First(l => l.StartsWith("信息内容\t本年制发件数", StringComparison.Ordinal));
        text = Replace(text, header, header + "\n|  |  |  |  |\n\t1\t2\t3");

        ReportImport import = Read(text);

        Assert.Equal(Base(), import.Report);
        Diagnostic said = Assert.Single(import.Findings);
        Assert.Equal((Rules.RowNotRecognised.Code, LineOf(text, OneToSeven)), (said.Code, said.Location!.Line));
    }

    [Theory]
    // The data row below the 1 … 15 prints a blank among its numbers: it is still a row of numbers alone.
    [InlineData("0\t\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0", true)]
    // A note below the cases, its cells after the text blank: the 1 … 15 are the cases.
    [InlineData("注：本表不含撤回的案件\t\t", false)]
    public void One_to_fifteen_above_section_four_s_data_row_numbers_the_columns_only_over_a_row_of_numbers(string below, bool numbering)
    {
        ReportImport import = Read(WithCaseDataRow(_ => string.Join('\t', Enumerable.Range(1, 15)) + "\n" + below));

        CaseOutcomes review = import.Report.ReviewAndLitigation.Review;
        Assert.Equal(numbering ? new int?[] { 0, null, 0 } : new int?[] { 1, 2, 3 }, new[] { review.Upheld, review.Corrected, review.Other });
    }

    [Fact]
    public void An_empty_row_after_section_four_s_data_row_of_one_to_fifteen_does_not_make_it_column_numbers()
    {
        // The row after the data prints nothing: the 1 … 15 are the cases, as when they end the table.
        List<DocumentBlock> blocks = [.. TextDocumentReader.Read(WithCaseTable(TabCaseTable), "report.txt").Blocks];
        int at = blocks.FindLastIndex(b => b is DocumentTable t && t.Rows[^1].Length == 15);
        var table = (DocumentTable)blocks[at];
        blocks[at] = new DocumentTable(
            [.. table.Rows.Select(r => (IEnumerable<DocumentCell>)r), Enumerable.Range(0, 15).Select(_ => new DocumentCell(string.Empty, table.Location))],
            table.Location, table.Number);

        ReportImport import = LayoutReader.Read(new SourceDocument("report.txt", blocks));

        Assert.Equal(new ReviewAndLitigation { Review = Numbered(1), LitigationWithoutReview = Numbered(6), LitigationAfterReview = Numbered(11) }, import.Report.ReviewAndLitigation);
    }

    [Fact]
    public void A_2021_other_handling_label_printing_nothing_and_no_sub_rows_is_no_one_row_form()
    {
        // （六）其他处理 alone with empty cells, its three rows not printed: nothing is read into 3.其他 and each row is
        // named as not printed (GID503), not the one-row form (GID509).
        string text = Text();
        string[] labels = [Row(ApplicationRow.NoCorrection), Row(ApplicationRow.FeeUnpaid), Row(ApplicationRow.OtherHandling)];
        string[] subRows = [.. text.Split('\n').Where(l => l.Split('\t').Intersect(labels).Any())];
        Assert.Equal(3, subRows.Length);
        text = Replace(text, string.Join('\n', subRows), "（六）其他处理\t\t\t\t\t\t\t\t");

        ReportImport import = Read(text);

        Assert.Equal(
            new[] { ApplicationRow.NoCorrection, ApplicationRow.FeeUnpaid, ApplicationRow.OtherHandling }.Select(r => (Rules.RowNotFound.Code, ReportFormat.Get(r).JsonPointer)),
            import.Findings.Select(d => (d.Code, d.Path)));
    }

    [Fact]
    public void A_row_the_template_does_not_have_in_one_table_for_all_sections_is_said_in_the_section_it_sits_in()
    {
        // One table for sections 二 to 四: a subtotal under section 三's rows belongs to 三, one above the first row read
        // to the first row's section (二).
        (List<DocumentBlock> blocks, _) = TextPrinter.OneTable(TextPrinter.Merged(Base()).Blocks);
        int at = blocks.FindIndex(b => b is DocumentTable);
        var one = (DocumentTable)blocks[at];
        int secret = Array.FindIndex([.. one.Rows], r => r.Any(c => c.Text == Row(ApplicationRow.StateSecret)));
        int first = Array.FindIndex([.. one.Rows], r => r.Any(c => c.Text == "规章"));
        DocumentCell[] Numbers(string label) =>
            [new DocumentCell(label, one.Location), .. Enumerable.Range(0, 3).Select(_ => new DocumentCell("1", one.Location))];
        var rows = one.Rows.Select(r => (IEnumerable<DocumentCell>)r).ToList();
        rows.Insert(secret + 1, Numbers("小计"));
        rows.Insert(first, Numbers("合计"));
        blocks[at] = new DocumentTable(rows, one.Location, one.Number);

        ReportImport import = LayoutReader.Read(new SourceDocument("one.docx", blocks));

        Assert.Equal(
            [ReportFormat.ProactiveDisclosure.JsonPointer, ReportFormat.Applications.JsonPointer],
            import.Findings.Where(d => d.Code == Rules.RowNotRecognised.Code).Select(d => d.Path));
    }
}
