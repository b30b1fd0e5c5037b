using System.Globalization;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    /// <summary>The merged document of <see cref="DistinctCases"/> with 四 printed as two tables, each changed by <paramref name="change"/> (0 the first).</summary>
    private static List<DocumentBlock> CaseTablesChanged(bool litigationFirst, Func<int, DocumentTable, SourceLocation, DocumentTable> change)
    {
        AnnualReport report = DistinctCases();
        return [.. WithCaseTables(report, at =>
        {
            DocumentBlock[] apart = CaseTablesApart(at, report, litigationFirst, blankBetween: false);
            return [change(0, (DocumentTable)apart[0], at), change(1, (DocumentTable)apart[1], at)];
        }).Blocks];
    }

    /// <summary>The blocks with every section heading a marked heading (an h2), and 六's heading said again, unmarked, in 五's text.</summary>
    private static List<DocumentBlock> MarkedWithSixInFive(IEnumerable<DocumentBlock> blocks)
    {
        List<DocumentBlock> marked = [.. blocks.Select(b => b is DocumentParagraph p && ReportFormat.Sections.Any(s => s.LabelZh == p.Text)
            ? new DocumentParagraph(p.Text, p.Location, isHeading: true) : b)];
        int five = marked.FindIndex(b => b is DocumentParagraph p && p.Text == ReportFormat.ProblemsAndImprovements.LabelZh);
        marked.Insert(five + 1, new DocumentParagraph(ReportFormat.OtherMatters.LabelZh, marked[five].Location));
        return marked;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // an empty paragraph after it (Word puts one after a table)
    public void A_document_cut_off_after_section_si_s_review_table_is_read_as_far_as_it_goes(bool emptyParagraphAfter)
    {
        // Mutation testing of the thirty-first session's code: a document whose last table is 四's 行政复议 part (a page
        // printing 四 as two tables, saved before the second) has no table after it to join: its five values are not
        // placed (15 columns), 五 and 六 are missing, the rest is read.
        AnnualReport report = DistinctCases();
        List<DocumentBlock> blocks = [.. WithCaseTables(report, at => CaseTablesApart(at, report, litigationFirst: false, blankBetween: emptyParagraphAfter)).Blocks];
        int end = blocks.FindIndex(b => b is DocumentTable t && t.Rows[0][0].Text == "行政复议") + (emptyParagraphAfter ? 2 : 1);
        blocks.RemoveRange(end, blocks.Count - end);

        ReportImport import = LayoutReader.Read(new SourceDocument("cut.html", blocks));

        Assert.Equal(report.Applications, import.Report.Applications);
        Assert.Equal(report.ProactiveDisclosure, import.Report.ProactiveDisclosure);
        Assert.Contains(import.Findings, d => d.Code == Rules.RowNotPlaced.Code && d.Path == ReportFormat.ReviewAndLitigation.JsonPointer);
        Assert.Equal(
            [ReportFormat.ProblemsAndImprovements.JsonPointer, ReportFormat.OtherMatters.JsonPointer],
            import.Findings.Where(d => d.Code == Rules.SectionNotFound.Code).Select(d => d.Path));
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.CaseTablesJoined.Code);
    }

    [Fact]
    public void Section_si_as_two_tables_the_first_beginning_with_an_empty_row_is_read_as_one()
    {
        // Mutation testing of the thirty-first session's code: a Word table may begin with an empty row (a spacer); it
        // prints no heading to set apart, and the two tables are joined as without it.
        List<DocumentBlock> blocks = CaseTablesChanged(litigationFirst: false, (i, table, at) => i == 0
            ? new DocumentTable([[new DocumentCell(string.Empty, at, 1, table.ColumnCount)], .. table.Rows], at, table.Number)
            : table);

        ReportImport import = LayoutReader.Read(new SourceDocument("split.html", blocks));

        Assert.Equal(DistinctCases().ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
    }

    [Theory]
    [InlineData(0)] // 行政复议 in four cells and an empty one at the end
    [InlineData(1)] // 行政诉讼 in each of its ten columns
    public void Section_si_as_two_tables_whose_group_label_is_repeated_in_each_column_is_read_as_one(int part)
    {
        // Mutation testing of the thirty-first session's code: a merged cell comes out of some copies repeated in every
        // column it covered (an even number of times here); the table still names its group, and the two are joined.
        List<DocumentBlock> blocks = CaseTablesChanged(litigationFirst: false, (i, table, at) => i != part ? table
            : new DocumentTable(
                [i == 0
                    ? [.. Enumerable.Repeat("行政复议", 4).Select(t => new DocumentCell(t, at)), new DocumentCell(string.Empty, at)]
                    : [.. Enumerable.Repeat("行政诉讼", 10).Select(t => new DocumentCell(t, at))],
                 .. table.Rows.Skip(1)],
                at,
                table.Number));

        ReportImport import = LayoutReader.Read(new SourceDocument("split.html", blocks));

        Assert.Equal(DistinctCases().ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
    }

    [Fact]
    public void Section_si_s_heading_over_its_first_table_of_six_rows_is_its_heading_and_the_tables_are_joined()
    {
        // Mutation testing of the thirty-first session's code: 四's heading printed in a merged top row of 行政诉讼's table
        // (printed first), which ends in an empty row: six rows, as many as a part of 四 is taken to have.
        string four = ReportFormat.ReviewAndLitigation.LabelZh;
        List<DocumentBlock> blocks = CaseTablesChanged(litigationFirst: true, (i, table, at) => i != 0 ? table
            : new DocumentTable([[new DocumentCell(four, at, 1, table.ColumnCount)], .. table.Rows, [new DocumentCell(string.Empty, at, 1, table.ColumnCount)]], at, table.Number));
        int heading = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == four);
        blocks.RemoveAt(heading);
        Assert.Equal(6, ((DocumentTable)blocks[heading]).RowCount);

        ReportImport import = LayoutReader.Read(new SourceDocument("split.html", blocks));

        Assert.Equal(DistinctCases().ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
    }

    [Fact]
    public void Section_si_s_heading_in_the_top_row_of_its_first_table_counts_as_marked_where_the_others_are()
    {
        // Mutation testing of the thirty-first session's code: 四's heading in a merged top row of 行政复议's table (四
        // printed as two tables) is set apart as a table row is; with the other five marked, all six are, so a line of 五
        // that says 六's heading without being marked is 五's text, not section 六.
        string four = ReportFormat.ReviewAndLitigation.LabelZh;
        string six = ReportFormat.OtherMatters.LabelZh;
        List<DocumentBlock> blocks = MarkedWithSixInFive(CaseTablesChanged(litigationFirst: false, (i, table, at) => i != 0 ? table
            : new DocumentTable([[new DocumentCell(four, at, 1, table.ColumnCount)], .. table.Rows], at, table.Number)));
        blocks.RemoveAll(b => b is DocumentParagraph p && p.Text == four);

        ReportImport import = LayoutReader.Read(new SourceDocument("split.html", blocks));

        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
        Assert.Equal(DistinctCases().ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal(Base().OtherMatters, import.Report.OtherMatters);
        Assert.Contains(import.Report.ProblemsAndImprovements!.Paragraphs, p => p.Heading == six || p.Text == six);
    }

    [Theory]
    [InlineData(null)] // 四、 then its words across the rest of the row
    [InlineData("")] // and an empty cell at the row's end
    [InlineData("政府信息公开行政复议、行政诉讼情况")] // the words repeated in the last cell (a merged cell copied)
    public void Section_si_s_numeral_in_a_cell_of_its_own_over_its_table_is_its_marked_heading(string? last)
    {
        // Mutation testing of the thirty-first session's code: 四's heading in the table's first row, its numeral in a cell
        // of its own and its words in the next (as a text line 四、→政府信息公开…), is the heading, set apart as a table row
        // is: with the other five marked, a line of 五 saying 六's heading unmarked is 五's text.
        string four = ReportFormat.ReviewAndLitigation.LabelZh;
        string six = ReportFormat.OtherMatters.LabelZh;
        List<DocumentBlock> blocks = HeadingInTable(four, marked: true);
        int at = blocks.FindIndex(b => b is DocumentTable t && t.Rows[0][0].Text == four);
        var table = (DocumentTable)blocks[at];
        DocumentCell[] top = last is null
            ? [new DocumentCell("四、", table.Location), new DocumentCell(four[2..], table.Location, 1, table.ColumnCount - 1)]
            : [new DocumentCell("四、", table.Location), new DocumentCell(four[2..], table.Location, 1, table.ColumnCount - 2), new DocumentCell(last, table.Location)];
        blocks[at] = new DocumentTable([top, .. table.Rows.Skip(1)], table.Location, table.Number);
        int five = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == ReportFormat.ProblemsAndImprovements.LabelZh);
        blocks.Insert(five + 1, new DocumentParagraph(six, blocks[five].Location));

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Empty(import.Findings);
        Assert.Equal(Base().ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal(table.Location with { Table = table.Number, Row = 1, Cell = 1 }, import.LocationOf(ReportFormat.ReviewAndLitigation.JsonPointer));
        Assert.Equal(Base().OtherMatters, import.Report.OtherMatters);
        Assert.Contains(import.Report.ProblemsAndImprovements!.Paragraphs, p => p.Heading == six || p.Text == six);
    }

    [Fact]
    public void Lines_ending_with_a_stray_tab_are_read_as_paragraphs()
    {
        // Mutation testing of the thirty-first session's text reader: two short lines each ending with a tab (a cell, then
        // an empty one) print no value and one cell each: text, read as without the tabs, not a table.
        string plain = Replace(Text(), "问题。\n", "（一）存在的问题\n（二）改进情况\n");
        string tabbed = Replace(Text(), "问题。\n", "（一）存在的问题\t\n（二）改进情况\t\n");

        ReportImport import = Read(tabbed);

        Assert.Empty(import.Findings);
        Assert.Equal(Read(plain).Report, import.Report);
        Assert.Equal(["（一）存在的问题", "（二）改进情况"], import.Report.ProblemsAndImprovements!.Paragraphs.Select(p => (p.Heading + p.Text).Trim()));
    }

    [Fact]
    public void Numbered_lines_whose_number_is_followed_by_two_tabs_are_text()
    {
        // Mutation testing of the thirty-first session's text reader: a list saved as plain text, each line its number, a
        // tab and its words, is text; two tabs (an empty cell between) are no table either: 五's two sub-headings.
        string text = Replace(Text(), "问题。\n", "（一）\t\t存在的问题\n（二）\t\t改进情况\n");

        ReportImport import = Read(text);

        Assert.Empty(import.Findings);
        Assert.Equal(["（一）存在的问题", "（二）改进情况"], import.Report.ProblemsAndImprovements!.Paragraphs.Select(p => (p.Heading + p.Text).Replace("\t", string.Empty, StringComparison.Ordinal)));
        Assert.Equal(Base() with { ProblemsAndImprovements = import.Report.ProblemsAndImprovements }, import.Report);
    }

    [Fact]
    public void Section_er_printed_with_every_value_left_blank_is_read_as_its_table()
    {
        // Mutation testing of the thirty-first session's text reader: 二's rows printing their labels and no value (an
        // agency that left the table blank) are still its table, beside rows of one printed cell (第二十条第（一）项 …):
        // its cells are blank, the rest of the report is read, nothing is said.
        string text = Text();
        string[] lines = text.Split('\n');
        int two = Array.IndexOf(lines, ReportFormat.ProactiveDisclosure.LabelZh);
        int three = Array.IndexOf(lines, ReportFormat.Applications.LabelZh);
        foreach (string line in lines[two..three].Where(l => l.Split('\t').Skip(1).Any(c => c.Length > 0 && char.IsAsciiDigit(c[0]))))
        {
            text = Replace(text, line, line.Split('\t')[0] + new string('\t', line.Split('\t').Length - 1));
        }

        ReportImport import = Read(text);

        Assert.Empty(import.Findings);
        Assert.Equal(new[] { null, null, null, null, null, null, null, null, (decimal?)null }, new[]
        {
            import.Report.ProactiveDisclosure.Regulations.Issued, import.Report.ProactiveDisclosure.Regulations.Abolished, import.Report.ProactiveDisclosure.Regulations.InForce,
            import.Report.ProactiveDisclosure.NormativeDocuments.InForce, import.Report.ProactiveDisclosure.Licensing.Decisions, import.Report.ProactiveDisclosure.Penalties.Decisions,
            import.Report.ProactiveDisclosure.CompulsoryMeasures.Decisions, import.Report.ProactiveDisclosure.Fees.Amount, import.Report.ProactiveDisclosure.NormativeDocuments.Issued,
        });
        Assert.Equal(Base() with { ProactiveDisclosure = import.Report.ProactiveDisclosure }, import.Report);
    }

    [Fact]
    public void Section_wu_s_heading_printed_with_two_tabs_after_its_numeral_right_after_si_s_table_is_its_heading()
    {
        // Mutation testing of the thirty-first session's text reader: 五's heading saved as a numbered line (五、, two
        // tabs, its words) after 四's table: it is 五's heading, as with one tab.
        string five = ReportFormat.ProblemsAndImprovements.LabelZh;

        ReportImport import = Read(Replace(Text(), five, "五、\t\t" + five[2..]));

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }

    [Fact]
    public void Section_si_as_two_tables_whose_first_part_s_value_row_stops_short_is_read_as_one()
    {
        // Mutation testing of the thirty-first session's code: 行政复议's row of values printing four cells (its 总计 left
        // blank, the row ending there, as a Word table may): the rest of the row is filled, so that 行政诉讼's values stand
        // under their own columns: all fourteen printed values are read, 总计 blank.
        AnnualReport report = DistinctCases();
        List<DocumentBlock> blocks = CaseTablesChanged(litigationFirst: false, (i, table, at) => i != 0 ? table
            : new DocumentTable([.. table.Rows.Take(2), table.Rows[2].Take(4)], at, table.Number));

        ReportImport import = LayoutReader.Read(new SourceDocument("split.html", blocks));

        Assert.Equal(report.ReviewAndLitigation with { Review = report.ReviewAndLitigation.Review with { Total = null } }, import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Section_si_as_two_tables_one_holding_a_row_of_no_cells_is_read_as_one(int part)
    {
        // Mutation testing of the thirty-first session's code: a row of no cells (an empty <tr>) at a part's end is one
        // empty cell across the part's width in the joined table; the two are read as one.
        List<DocumentBlock> blocks = CaseTablesChanged(litigationFirst: false, (i, table, at) => i != part ? table
            : new DocumentTable([.. table.Rows, []], at, table.Number));

        ReportImport import = LayoutReader.Read(new SourceDocument("split.html", blocks));

        Assert.Equal(DistinctCases().ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Section_si_as_two_tables_whose_litigation_part_ends_in_an_empty_row_and_leaves_a_value_blank_is_read_as_one(bool litigationFirst)
    {
        // Mutation testing of the thirty-first session's code: the parts are aligned at their rows of values, each the last
        // row printing a value (one cell left blank does not make it no row of values), not at their last rows: 行政诉讼's
        // table ending in an empty row, its first 结果维持 left blank.
        AnnualReport report = DistinctCases();
        List<DocumentBlock> blocks = CaseTablesChanged(litigationFirst, (i, table, at) => table.Rows[0][0].Text != "行政诉讼" ? table
            : new DocumentTable(
                [.. table.Rows.Take(3), [new DocumentCell(string.Empty, at), .. table.Rows[3].Skip(1)], [new DocumentCell(string.Empty, at, 1, table.ColumnCount)]],
                at,
                table.Number));

        ReportImport import = LayoutReader.Read(new SourceDocument("split.html", blocks));

        Assert.Equal(
            report.ReviewAndLitigation with { LitigationWithoutReview = report.ReviewAndLitigation.LitigationWithoutReview with { Upheld = null } },
            import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
    }

    [Fact]
    public void Section_si_s_heading_over_its_first_table_spanning_two_rows_is_its_heading()
    {
        // Mutation testing of the thirty-first session's code: 四's heading printed in a top row of 行政复议's table that
        // spans two rows (the second empty): the heading is 四's, the two tables are read as one.
        string four = ReportFormat.ReviewAndLitigation.LabelZh;
        List<DocumentBlock> blocks = CaseTablesChanged(litigationFirst: false, (i, table, at) => i != 0 ? table
            : new DocumentTable([[new DocumentCell(four, at, 2, table.ColumnCount)], [], .. table.Rows], at, table.Number));
        blocks.RemoveAll(b => b is DocumentParagraph p && p.Text == four);

        ReportImport import = LayoutReader.Read(new SourceDocument("split.html", blocks));

        Assert.Equal(DistinctCases().ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
    }

    [Fact]
    public void Section_si_s_numeral_in_parentheses_in_a_cell_of_its_own_over_its_table_is_its_heading()
    {
        // Mutation testing of the thirty-first session's code: 四's heading in the table's first row as （四） and its words
        // in the next cell: read as 四's heading printed otherwise (said, as for the same heading on a line).
        string four = ReportFormat.ReviewAndLitigation.LabelZh;
        List<DocumentBlock> blocks = HeadingInTable(four);
        int at = blocks.FindIndex(b => b is DocumentTable t && t.Rows[0][0].Text == four);
        var table = (DocumentTable)blocks[at];
        blocks[at] = new DocumentTable(
            [[new DocumentCell("（四）", table.Location), new DocumentCell(four[2..], table.Location, 1, table.ColumnCount - 1)], .. table.Rows.Skip(1)],
            table.Location,
            table.Number);

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Diagnostic said = Assert.Single(import.Findings);
        Assert.Equal((Rules.LabelVariant.Code, ReportFormat.ReviewAndLitigation.JsonPointer), (said.Code, said.Path));
        Assert.Contains("“（四）" + four[2..] + "”", said.Message, StringComparison.Ordinal);
        Assert.Equal(Base(), import.Report);
    }

    [Fact]
    public void Section_si_as_two_tables_whose_second_ends_in_a_note_is_read_as_one()
    {
        // Mutation testing of the thirty-first session's code: 行政诉讼's table ending with a row of a note under its
        // values: the parts are aligned at their values, 行政复议's column left empty beside the note.
        List<DocumentBlock> blocks = CaseTablesChanged(litigationFirst: false, (i, table, at) => i != 1 ? table
            : new DocumentTable([.. table.Rows, [new DocumentCell("注：本表数据截至12月31日。", at, 1, table.ColumnCount)]], at, table.Number));

        ReportImport import = LayoutReader.Read(new SourceDocument("split.html", blocks));

        Assert.Equal(DistinctCases().ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.Equal([Rules.CaseTablesJoined.Code], import.Findings.Select(d => d.Code));
    }
}
