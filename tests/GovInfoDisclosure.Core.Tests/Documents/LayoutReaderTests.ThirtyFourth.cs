using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    /// <summary>
    /// The first report read alone and with 另一镇's report printed after it, and the one GID526 said then, which quotes the
    /// second's title; the first is read as if it were alone.
    /// </summary>
    private static (ReportImport Alone, ReportImport Both, Diagnostic Said) SecondReportAfter(string first)
    {
        ReportImport alone = Read(first);
        ReportImport both = Read(first + "\n\n" + Text(Other()));

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Contains("“另一镇2022年政府信息公开工作年度报告”", said.Message, StringComparison.Ordinal);
        Assert.Equal(alone.Report, both.Report);
        return (alone, both, said);
    }

    /// <summary>The printed report with <paramref name="row"/>'s label wrapped after <paramref name="after"/> onto a line of its own, without the cell's tab.</summary>
    private static string WrappedOntoParagraph(string text, ApplicationRow row, char after)
    {
        string label = Row(row);
        int cut = label.IndexOf(after, StringComparison.Ordinal) + 1;
        string line = text.Split('\n').Single(l => l.Split('\t').Contains(label));
        return Replace(text, line, label[..cut] + "\n" + line.Replace(label, label[cut..], StringComparison.Ordinal).TrimStart('\t'));
    }

    [Theory]
    [InlineData("其他需要报告的事项")] // without its numeral
    [InlineData("6.其他需要报告的事项")] // numbered otherwise, as the section search reads it
    [InlineData("第六部分 其他需要报告的事项")]
    public void A_second_report_after_a_first_whose_six_has_no_numeral_is_said(string six)
    {
        // Left by the thirty-third session: a first report had to print its 六 with its numeral (or as a variant with it)
        // for a second report after it to be cut, so a first report whose 六 is printed without it (or numbered as 6.) ran
        // on into the second: the second's text read as the first's 五 and 六, its tables each a row printed again. The
        // first report's 五 after its tables now ends it as its 六 does.
        string first = Replace(Text(), ReportFormat.OtherMatters.LabelZh, six);

        (ReportImport alone, ReportImport both, Diagnostic said) = SecondReportAfter(first);

        Assert.Equal(first.Split('\n').Length + 2, said.Location?.Line);
        Assert.Equal(alone.Findings.Select(d => d.Message), both.Findings.Where(d => d != said).Select(d => d.Message));
        Assert.DoesNotContain(both.Findings, d => d.Code == Rules.RowRepeated.Code);
    }

    [Theory]
    [InlineData("5.", "6.")]
    [InlineData("第五部分 ", "第六部分 ")]
    public void A_second_report_after_a_first_whose_five_and_six_are_numbered_otherwise_is_said(string five, string six)
    {
        // Neither 五 nor 六 printed with its numeral: the section search reads them by their other numbering, and so does
        // the cut (without it, the first report ran on into the second).
        string first = Replace(
            Replace(Text(), ReportFormat.OtherMatters.LabelZh, six + ReportFormat.OtherMatters.LabelZh[2..]),
            ReportFormat.ProblemsAndImprovements.LabelZh,
            five + ReportFormat.ProblemsAndImprovements.LabelZh[2..]);

        (ReportImport alone, _, _) = SecondReportAfter(first);

        Assert.NotNull(alone.Report.OtherMatters);
    }

    [Fact]
    public void A_second_report_after_a_first_without_six_is_said()
    {
        // The first report prints no 六 at all (its 五 is its last section): the second begins at its title all the same.
        string text = Text();
        string first = text[..text.IndexOf(ReportFormat.OtherMatters.LabelZh, StringComparison.Ordinal)];

        (ReportImport alone, _, _) = SecondReportAfter(first);

        Assert.Contains(alone.Findings, d => d.Code == Rules.SectionNotFound.Code);
    }

    [Fact]
    public void Section_headings_listed_after_the_title_and_before_the_tables_begin_no_second_report()
    {
        // The 五 that ends a first report is one after its tables: a list of the sections (一 to 六, no table among them)
        // above the report's own 一 is no report, whatever it lists last.
        string text = Text();
        string title = Base().Title!;
        string contents = string.Join("\n", ReportFormat.Sections.Take(5).Select(s => s.LabelZh));
        string listed = Replace(text, title, title + "\n\n" + contents);

        ReportImport import = Read(listed);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(Read(text).Report.Applications, import.Report.Applications);
    }

    [Theory]
    [InlineData(ApplicationRow.FeeUnpaid, '其')]
    [InlineData(ApplicationRow.PartiallyDisclosed, '，')]
    [InlineData(ApplicationRow.ThirdPartyRights, '合')]
    [InlineData(ApplicationRow.Received, '信')] // a row of the table's first part
    public void A_row_label_wrapped_onto_a_line_without_the_cell_s_tab_is_the_row_s_label(ApplicationRow row, char after)
    {
        // Left by issue 10's thirtieth session: a long label wrapped in the extraction, its start on a line of its own
        // without the cell's tab (a paragraph: the table ends there) and its end before the row's numbers. The row's
        // numbers were dropped (GID503) and the table's rows below read as a second table. A paragraph between two parts
        // of a table that joined with the first text of the second part's first row makes a row's label is that label's
        // start: the two parts are one table again.
        ReportImport import = Read(WrappedOntoParagraph(Text(), row, after));

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData("另有", ApplicationRow.Duplicate, "申请")] // the two do not make a row's label
    [InlineData("（一）关于重", ApplicationRow.Duplicate, "复申请")] // nor begins the start one
    public void A_paragraph_between_two_parts_of_a_table_that_makes_no_row_s_label_is_a_paragraph(string start, ApplicationRow row, string end)
    {
        // A line between two tab rows that only resembles a wrapped label's start stays a paragraph: the row under it is
        // not read and is said, as before.
        string label = Row(row);
        string text = Text();
        string line = text.Split('\n').Single(l => l.Split('\t').Contains(label));

        ReportImport import = Read(Replace(text, line, start + "\n" + line.Replace(label, end, StringComparison.Ordinal).TrimStart('\t')));

        Assert.Contains(import.Findings, d => d.Code == Rules.RowNotFound.Code && d.Path == ReportFormat.Get(row).JsonPointer);
    }

    [Fact]
    public void A_sub_heading_between_two_tables_of_section_one_is_not_joined_to_the_second()
    {
        // The second review of the thirtieth session: a narrative's sub-heading between two small tables of 一 was swallowed
        // into a table. A paragraph joins two tables only where it begins a row's label that the next row ends.
        string text = Text();
        string[] lines = text.Split('\n');
        int firstRow = Array.FindIndex(lines, l => l.StartsWith("规章\t", StringComparison.Ordinal));
        Assert.True(firstRow > 0);
        string split = string.Join('\n', lines[..(firstRow + 1)].Append("（二）规范性文件").Concat(lines[(firstRow + 1)..]));

        ReportImport import = Read(split);

        Assert.Equal(Read(text).Report.ProactiveDisclosure, import.Report.ProactiveDisclosure);
    }

    [Theory]
    [InlineData(ApplicationRow.StateSecret, '国')]
    [InlineData(ApplicationRow.Complaint, '投')]
    [InlineData(ApplicationRow.NotHeld, '掌')]
    [InlineData(ApplicationRow.NoCorrection, '其')]
    public void A_tab_row_whose_label_wrapped_onto_the_next_line_with_the_numbers_is_read(ApplicationRow row, char after)
    {
        // Left by issue 10's thirty-first session: a row printing its group and its label's start (（三）不予公开, then
        // 1.属于国家), its label's end and numbers on the next line (秘密, then the seven numbers), as a text extraction
        // wraps a long cell. The row above printing more than the label's start alone, its numbers were dropped (GID503).
        string label = Row(row);
        int cut = label.IndexOf(after, StringComparison.Ordinal) + 1;
        string text = Text();
        string line = text.Split('\n').Single(l => l.Split('\t').Contains(label));
        int at = line.IndexOf(label, StringComparison.Ordinal);
        string group = line[..at].Trim('\t');
        Assert.NotEmpty(group); // a row printing its group before the label
        string wrapped = line[..at] + label[..cut] + "\n" + label[cut..] + line[(at + label.Length)..];

        ReportImport import = Read(Replace(text, line, wrapped));

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData(ApplicationRow.Duplicate, ApplicationRow.Publication)]
    [InlineData(ApplicationRow.Received, ApplicationRow.CarriedOver)]
    [InlineData(ApplicationRow.FeeUnpaid, ApplicationRow.OtherHandling)]
    [InlineData(ApplicationRow.OutcomesTotal, ApplicationRow.CarriedForward)]
    public void Two_rows_run_together_in_cell_a_line_text_are_read_as_two_and_said(ApplicationRow row, ApplicationRow next)
    {
        // Left by issue 10's thirtieth session: a text printing a cell a line, rows apart by blank lines, lost the blank line
        // between two rows: the two read as one, under the second's label, the first said as not printed (GID503) though
        // every number of it is there. A row whose cells print a second row's label after numbers is two rows, said.
        string text = Text(Base(), TextPrinter.Style.CellLines);
        string label = Row(next);
        string together = Replace(text, "\n\n\t" + label + "\n", "\n\t" + label + "\n");
        int line = together.Split('\n').ToList().IndexOf("\t" + label) + 1;

        ReportImport import = Read(together);

        Assert.Equal(Base(), import.Report);
        Diagnostic said = Assert.Single(import.Findings);
        Assert.Equal((Rules.RowsRunTogether.Code, ReportFormat.Get(next).JsonPointer), (said.Code, said.Path));
        Assert.Equal(line, said.Location?.Line);
        Assert.Contains($"“{label}”", said.Message, StringComparison.Ordinal);
        Assert.Contains($"“{Row(row)}”", said.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_tab_rows_run_together_on_one_line_are_read_as_two_and_said()
    {
        // The same in tab rows: a line break lost between two rows, a tab left in its place.
        string text = Text();
        string first = text.Split('\n').Single(l => l.Split('\t').Contains(Row(ApplicationRow.Duplicate)));
        string second = text.Split('\n').Single(l => l.Split('\t').Contains(Row(ApplicationRow.Publication)));

        ReportImport import = Read(Replace(text, first + "\n" + second, first + "\t" + second.TrimStart('\t')));

        Assert.Equal(Base(), import.Report);
        Assert.Equal([Rules.RowsRunTogether.Code], import.Findings.Select(d => d.Code));
    }

    [Fact]
    public void A_note_after_a_row_s_numbers_that_is_no_row_s_label_as_printed_splits_nothing()
    {
        // Only a row's label as the template prints it begins a second row: a note after the numbers (here resembling a
        // row's words) is the row's own text.
        string text = Text();
        string line = text.Split('\n').Single(l => l.Split('\t').Contains(Row(ApplicationRow.Duplicate)));

        ReportImport import = Read(Replace(text, line, line + "\t重复申请已告知"));

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.RowsRunTogether.Code);
    }

    /// <summary>
    /// The printed report with section 三's 商业企业 and 科研机构 columns swapped, header and rows (a header in an order of
    /// its own, its numbers under it), and the table broken after the row <paramref name="after"/> by a line of
    /// <paramref name="between"/> (a page's break in the extraction: 续表, a page number).
    /// </summary>
    private static string ApplicationsSwappedAndBroken(ApplicationRow after, string between)
    {
        string[] lines = Text().Split('\n');
        int header = Array.FindIndex(lines, l => l.Contains("商业企业\t科研机构", StringComparison.Ordinal));
        int total = Array.FindIndex(lines, l => l.Split('\t').Contains(Row(ApplicationRow.CarriedForward)));
        Assert.True(header > 0 && total > header);
        lines[header] = lines[header].Replace("商业企业\t科研机构", "科研机构\t商业企业", StringComparison.Ordinal);
        for (int i = header + 1; i <= total; i++)
        {
            string[] cells = lines[i].Split('\t');
            int first = Array.FindIndex(cells, c => c.Length > 0 && char.IsAsciiDigit(c[0]) && c.All(char.IsAsciiDigit));
            if (first >= 0 && cells.Length - first == 7)
            {
                (cells[first + 1], cells[first + 2]) = (cells[first + 2], cells[first + 1]);
                lines[i] = string.Join('\t', cells);
            }
        }

        int at = Array.FindIndex(lines, l => l.Split('\t').Contains(Row(after)));
        return string.Join('\n', lines[..(at + 1)].Append(between).Concat(lines[(at + 1)..]));
    }

    [Theory]
    [InlineData(ApplicationRow.Duplicate, "续表")]
    [InlineData(ApplicationRow.PartiallyDisclosed, "- 3 -")]
    public void Section_three_s_table_broken_in_two_reads_its_headerless_part_by_the_header_above(ApplicationRow after, string between)
    {
        // Left by issue 10's thirtieth session: section 三's table broken by a page (a line between its parts), its second
        // part printing no header. Its rows were read in the template's column order (said, GID514), so that where the
        // header printed its columns in an order of its own the second part's numbers went under other columns. A
        // headerless part of a table without merges is read by the header of the part above it.
        AnnualReport expected = Base();
        Assert.NotEqual(expected.Applications.Received.CommercialEnterprise, expected.Applications.Received.ResearchInstitution);

        ReportImport import = Read(ApplicationsSwappedAndBroken(after, between));

        Assert.Equal(expected.Applications, import.Report.Applications);
        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.TemplateColumnOrder.Code);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_finding_in_section_si_s_second_table_names_the_table_and_row_it_is_printed_in(bool litigationFirst)
    {
        // Found with the session's review of the tables it joins and splits: section 四 printed as two tables (GID525) was
        // read as one table with the first's number, and a finding on a cell of the second named the first table and the
        // joined grid's row and column, a place the document does not have (in a Word document the only place given).
        AnnualReport report = DistinctCases();
        SourceDocument document = WithCaseTables(report, at =>
        {
            DocumentBlock[] parts = CaseTablesApart(at, report, litigationFirst, blankBetween: false);
            var litigation = (DocumentTable)parts[litigationFirst ? 0 : 1];
            parts[litigationFirst ? 0 : 1] = new DocumentTable(
                litigation.Rows.Select((row, r) => r == 3 ? row.Select((c, i) => i == 2 ? new DocumentCell("x", c.Location, c.RowSpan, c.ColumnSpan) : c) : row.AsEnumerable()),
                litigation.Location,
                litigation.Number);
            return parts;
        });

        ReportImport import = LayoutReader.Read(document);

        Diagnostic said = Assert.Single(import.Findings, d => d.Code == Rules.CellNotNumber.Code);
        Assert.Equal((21, 4, 3), (said.Location?.Table, said.Location?.Row, said.Location?.Cell));
    }

    [Fact]
    public void Two_labels_wrapped_onto_paragraphs_in_one_table_are_both_read()
    {
        // Mutation testing of the session's code: a table broken twice by wrapped labels' starts (three parts) is one table,
        // each start joined with the row below it.
        string text = WrappedOntoParagraph(WrappedOntoParagraph(Text(), ApplicationRow.PartiallyDisclosed, '，'), ApplicationRow.FeeUnpaid, '其');

        ReportImport import = Read(text);

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }

    [Fact]
    public void Rows_run_together_in_two_tables_are_split_in_both()
    {
        // Mutation testing of the session's code: section 二's table and section 三's, each with two rows run together.
        string text = Text();
        foreach ((string a, string b) in new[] { ("规章", "行政规范性文件"), (Row(ApplicationRow.Duplicate), Row(ApplicationRow.Publication)) })
        {
            string first = text.Split('\n').First(l => l.Split('\t').Contains(a));
            string second = text.Split('\n').First(l => l.Split('\t').Contains(b));
            text = Replace(text, first + "\n" + second, first + "\t" + second.TrimStart('\t'));
        }

        ReportImport import = Read(text);

        Assert.Equal(Base(), import.Report);
        Assert.Equal([Rules.RowsRunTogether.Code, Rules.RowsRunTogether.Code], import.Findings.Select(d => d.Code));
    }

    [Fact]
    public void An_empty_table_after_a_label_s_start_is_no_part_to_join()
    {
        // A page's empty table (no row) after a paragraph that begins a row's label: nothing to join, and no failure.
        SourceDocument text = TextDocumentReader.Read(Text(), "report.txt");
        List<DocumentBlock> blocks = [.. text.Blocks];
        int table = blocks.FindIndex(b => b is DocumentTable t && t.Rows.Any(r => r.Any(c => c.Text == Row(ApplicationRow.FeeUnpaid))));
        SourceLocation at = blocks[table].Location;
        blocks.InsertRange(table + 1, [new DocumentParagraph("（二）部分公开", at), new DocumentTable([], at, 99)]);

        ReportImport import = LayoutReader.Read(new SourceDocument("report.html", blocks));

        Assert.Equal(Base().Applications, import.Report.Applications);
    }

    [Theory]
    [InlineData("\t", "")] // the row of the label's end begins with an empty cell
    [InlineData("", "\t\t\t")] // the row of the label's start ends with empty cells (its values' tabs kept)
    public void A_wrapped_label_is_read_with_empty_cells_around_its_parts(string beforeEnd, string afterStart)
    {
        // Mutation testing of the session's code: the first text of the row below and the last text of the row above are
        // their first and last cells with text, not their first and last cells.
        string label = Row(ApplicationRow.StateSecret);
        int cut = label.IndexOf('国', StringComparison.Ordinal) + 1;
        string text = Text();
        string line = text.Split('\n').Single(l => l.Split('\t').Contains(label));
        int at = line.IndexOf(label, StringComparison.Ordinal);
        string wrapped = line[..at] + label[..cut] + afterStart + "\n" + beforeEnd + label[cut..] + line[(at + label.Length)..];

        ReportImport import = Read(Replace(text, line, wrapped));

        Assert.Equal(Base(), import.Report);
    }

    [Fact]
    public void A_label_s_start_on_a_paragraph_over_a_row_beginning_with_an_empty_cell_is_read()
    {
        // Mutation testing of the session's code: the label's end is the next table's first cell with text (its row may
        // begin with the tab of an empty cell).
        string label = Row(ApplicationRow.FeeUnpaid);
        string wrapped = WrappedOntoParagraph(Text(), ApplicationRow.FeeUnpaid, '其');
        string end = label[(label.IndexOf('其', StringComparison.Ordinal) + 1)..];

        ReportImport import = Read(Replace(wrapped, "\n" + end + "\t", "\n\t" + end + "\t"));

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }

    [Fact]
    public void Section_headings_listed_under_a_table_of_the_page_s_metadata_begin_no_second_report()
    {
        // Mutation testing of the session's code: a table counts for a report only after its 一 (a site's table of the
        // page's metadata, 索引号 and 发布机构, stands above the report); a list of the sections under it, then the report,
        // is one report.
        string text = Text();
        string title = Base().Title!;
        string contents = string.Join("\n", ReportFormat.Sections.Select(s => s.LabelZh));
        string listed = "索引号\t000014348/2023-00012\n发布机构\t测试县人民政府\n\n" + Replace(text, title, title + "\n\n" + contents);

        ReportImport import = Read(listed);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(Read(text).Report.Applications, import.Report.Applications);
    }
}
