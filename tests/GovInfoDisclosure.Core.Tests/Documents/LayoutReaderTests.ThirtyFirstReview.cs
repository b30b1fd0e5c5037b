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
}
