using System.Globalization;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Fact]
    public void A_paragraph_holding_a_tab_followed_by_a_line_of_tabs_stays_a_paragraph()
    {
        // A narrative line holding a tab, then a line of tabs alone (an indented blank line of a text export): until the
        // thirty-first session the one-row "table" was a paragraph; now the line of tabs is a second row of empty cells,
        // the two rows stay a table, and the paragraph is gone from 一 without a word.
        string text = Replace(Text(), "本年主动公开信息100条。", "本年主动公开信息\t共计一百条。\n\t\t");

        ReportImport import = Read(text);

        Assert.Contains(import.Report.Overview!.Paragraphs, p => p.Text.Contains("共计一百条", StringComparison.Ordinal));
    }

    [Fact]
    public void Section_si_split_in_two_tables_with_its_heading_as_the_first_table_s_top_row_keeps_its_heading()
    {
        // Word documents print a section's heading in a merged row over its table (documents.md). With 四 printed as two
        // tables of four rows each, the heading row of the first stands beside 行政诉讼 in the joined row, is no heading
        // row any more, and 四 is "not found" (GID501, an error); at 8936343 the heading was found.
        AnnualReport report = DistinctCases();
        string four = ReportFormat.ReviewAndLitigation.LabelZh;
        SourceDocument document = WithCaseTables(report, at =>
        {
            DocumentBlock[] apart = CaseTablesApart(at, report, litigationFirst: false, blankBetween: true);
            var review = (DocumentTable)apart[0];
            apart[0] = new DocumentTable([[new DocumentCell(four, at, 1, 5)], .. review.Rows], review.Location, review.Number);
            return apart;
        });
        document = new SourceDocument(document.File, [.. document.Blocks.Where(b => b is not DocumentParagraph p || p.Text != four)]);

        ReportImport import = LayoutReader.Read(document);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SectionNotFound.Code);
        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
    }

    [Fact]
    public void Section_si_split_in_two_tables_with_an_empty_last_row_reads_the_first_table_s_values()
    {
        // Tables pasted from Word often end in an empty row. The two tables are aligned at their last rows, so 行政复议's
        // values stand beside 行政诉讼's header and are not read (GID521), though GID525 says each value is read under its
        // own header.
        AnnualReport report = DistinctCases();
        SourceDocument document = WithCaseTables(report, at =>
        {
            DocumentBlock[] apart = CaseTablesApart(at, report, litigationFirst: false, blankBetween: true);
            var review = (DocumentTable)apart[0];
            apart[0] = new DocumentTable([.. review.Rows, [.. Enumerable.Range(0, 5).Select(_ => new DocumentCell(string.Empty, at))]], review.Location, review.Number);
            return apart;
        });

        ReportImport import = LayoutReader.Read(document);

        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
    }

    [Fact]
    public void A_narrative_heading_holding_a_tab_after_a_table_is_its_heading_when_its_paragraphs_are_indented_with_a_tab_too()
    {
        // documents.md: a heading "indented with one [tab]" runs on as the last line of 四's text table and is 五's heading.
        // A text whose paragraphs are indented with a tab as its heading is: the paragraph "\t问题。" runs on as a row of
        // 四's table too, the heading is no longer the table's last row, 五 is "not found" (GID501) and its text is lost.
        string text = Replace(Replace(Text(), ReportFormat.ProblemsAndImprovements.LabelZh, "\t" + ReportFormat.ProblemsAndImprovements.LabelZh), "问题。", "\t问题。");

        ReportImport import = Read(text);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SectionNotFound.Code);
        Assert.Equal(Base().ProblemsAndImprovements, import.Report.ProblemsAndImprovements);
    }

    [Fact]
    public void A_section_heading_and_its_sub_heading_both_numbered_with_a_tab_are_read()
    {
        // Word's "save as plain text" writes a list's number and a tab before its text: 一、→总体情况, then （一）→主动公开情况.
        // The two lines form one table, the heading is not its last row, and 一 is "not found" (GID501): the new rule only
        // takes a narrative heading that is a table's last row.
        string text = Replace(Replace(Text(), ReportFormat.Overview.LabelZh, "一、\t总体情况"), "（一）主动公开情况", "（一）\t主动公开情况");

        ReportImport import = Read(text);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SectionNotFound.Code);
    }

    // The session's second review.
    private static string Codes(ReportImport import) => string.Join(", ", import.Findings.Select(d => $"{d.Code} {d.Path}"));

    [Fact]
    public void A_sub_heading_between_two_small_tables_of_the_overview_stays_narrative()
    {
        // 一 holding two small tables with a sub-heading right between them (no blank line). At 3ca967d the sub-heading was a
        // paragraph of 一; now it is a one-cell row joining the two tables, and 一 loses it without a word.
        string text = Replace(Text(), "本年主动公开信息100条。\n第二段。\n",
            "本年主动公开信息100条。\n项目\t数量\n主动公开信息\t100\n（二）依申请公开情况\n项目\t数量\n收到申请\t5\n第二段。\n");

        ReportImport import = Read(text);

        Assert.True(import.Report.Overview!.Paragraphs.Any(p => (p.Heading + p.Text).Contains("依申请公开情况", StringComparison.Ordinal)), Codes(import));
    }

    [Theory]
    [InlineData("\t\t问题。")] // indented with two tabs
    [InlineData("问题。\t")] // a trailing tab
    [InlineData("\t1.\t问题。")] // an indented list line as Word saves it
    public void A_narrative_heading_right_after_si_s_table_over_a_paragraph_holding_an_empty_cell_is_found(string body)
    {
        // 五's heading right under 四's data row (no blank line), its paragraph a line holding tabs with an empty cell. At
        // 3ca967d the heading was a paragraph ending the table; now it is a one-cell row (a short line between two tab rows),
        // the paragraph's empty cell keeps the trailing rows in the table, and 五 is "not found" (GID501), its text lost.
        string five = ReportFormat.ProblemsAndImprovements.LabelZh;
        string text = Replace(Text(), "\n\n" + five + "\n\n问题。", "\n" + five + "\n" + body);

        ReportImport import = Read(text);

        Assert.True(!import.Findings.Any(d => d.Code == Rules.SectionNotFound.Code), Codes(import));
        Assert.Contains("问题。", string.Concat(import.Report.ProblemsAndImprovements!.Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_fee_row_printing_text_for_its_amount_stays_a_row_of_the_table()
    {
        // 行政事业性收费 printing 不涉及 (text, not a value) after the last value of 二's table: at 3ca967d its amount was "not a
        // number" (GID504) at the cell; now it and its header row (信息内容, 本年收费金额（单位：万元）) become paragraphs, and the
        // finding says the row is not printed at all (GID503).
        string text = ReplaceRow(Text(), "行政事业性收费", "不涉及");

        ReportImport import = Read(text);

        Assert.Contains(import.Findings, d => d.Code == Rules.CellNotNumber.Code && d.Path == "/proactiveDisclosure/fees/amount");
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.RowNotFound.Code);
    }

    [Fact]
    public void Section_si_split_in_two_tables_with_a_column_number_row_and_review_left_blank_reads_no_column_number()
    {
        // Both parts print a column-number row (栏次 1…5, 6…15) under their headers; 行政复议's data row is left blank. The
        // parts are aligned at their "last row printing a value", which for 行政复议 is its column-number row: its numbers
        // 1 to 5 are read as 行政复议's five values (at 3ca967d, aligned at the last rows, they were blank).
        AnnualReport report = DistinctCases();
        SourceDocument document = WithCaseTables(report, at =>
        {
            string[] leaves = [.. ReportFormat.CaseColumns.Select(c => c.LabelZh)];
            DocumentCell C(string text, int columns = 1) => new(text, at, 1, columns);
            IEnumerable<DocumentCell> Numbers(int from, int count) => Enumerable.Range(from, count).Select(i => C(i.ToString(CultureInfo.InvariantCulture)));
            IEnumerable<DocumentCell> Values(CaseOutcomes o) =>
                new[] { o.Upheld, o.Corrected, o.Other, o.Pending, o.Total }.Select(v => C(v?.ToString(CultureInfo.InvariantCulture) ?? string.Empty));
            ReviewAndLitigation cases = report.ReviewAndLitigation;
            var review = new DocumentTable([[C("行政复议", 5)], leaves.Select(l => C(l)), Numbers(1, 5), leaves.Select(_ => C(string.Empty))], at, 20);
            var litigation = new DocumentTable(
                [[C("行政诉讼", 10)], [C("未经复议直接起诉", 5), C("复议后起诉", 5)], leaves.Concat(leaves).Select(l => C(l)), Numbers(6, 10),
                    Values(cases.LitigationWithoutReview).Concat(Values(cases.LitigationAfterReview))], at, 21);
            return [review, new DocumentParagraph(string.Empty, at), litigation];
        });

        ReportImport import = LayoutReader.Read(document);

        Assert.Equal(report.ReviewAndLitigation.LitigationWithoutReview, import.Report.ReviewAndLitigation.LitigationWithoutReview);
        Assert.Equal(report.ReviewAndLitigation.LitigationAfterReview, import.Report.ReviewAndLitigation.LitigationAfterReview);
        Assert.True(import.Report.ReviewAndLitigation.Review.Upheld is null, $"{import.Report.ReviewAndLitigation.Review} {Codes(import)}");
    }
}
