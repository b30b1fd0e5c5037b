using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Fact]
    public void A_page_s_table_then_contents_numbered_one_to_six_above_the_report_begin_no_second_report()
    {
        // Mutation testing of the thirty-third session's code: a table counts towards a report only after its 一. A page's
        // own table above the report (索引号, 发布机构), then a list of the sections numbered 1. to 6. (a table of contents:
        // its 5. and 6. read as 五 and 六 by the section search, its 1. not 一 as the template prints it), then the report:
        // one report, read as if printed alone, no second report said.
        string text = Text();
        string contents = string.Join("\n", ReportFormat.Sections.Select((s, i) => $"{i + 1}.{s.LabelZh[2..]}"));
        string page = "索引号\t11330000/2023-00001\n发布机构\t测试县人民政府\n\n目录\n" + contents + "\n\n" + text;

        ReportImport import = Read(page);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(Base().Applications, import.Report.Applications);
        Assert.Equal(Base().OtherMatters, import.Report.OtherMatters);
    }

    /// <summary>
    /// The report as the HTML and Word readers give it (merged cells), section 三's header and rows printing 商业企业 and
    /// 科研机构 the other way round (a header in an order of its own, its numbers under it), and the table broken after
    /// the row 二、上年结转… by a line 续表: its second part, from 三、本年度办理结果 (a group label spanning rows), prints no
    /// header.
    /// </summary>
    private static List<DocumentBlock> MergedApplicationsSwappedAndBroken()
    {
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(Base()).Blocks];
        int at = blocks.FindIndex(b => b is DocumentTable t && t.Rows.Any(row => row.Any(c => c.Text == "商业企业")));
        var table = (DocumentTable)blocks[at];
        static string Swapped(string text) => text switch { "商业企业" => "科研机构", "科研机构" => "商业企业", _ => text };
        List<DocumentCell[]> rows = [.. table.Rows.Select(row =>
        {
            DocumentCell[] cells = [.. row.Select(c => new DocumentCell(Swapped(c.Text), c.Location, c.RowSpan, c.ColumnSpan, c.IsHeader))];
            if (cells.Length >= 7 && cells[^7..].All(c => c.Text.Length > 0 && c.Text.All(char.IsAsciiDigit)))
            {
                (cells[^6], cells[^5]) = (cells[^5], cells[^6]);
            }

            return cells;
        })];
        int split = rows.FindIndex(row => row.Any(c => c.Text == Row(ApplicationRow.CarriedOver))) + 1;
        Assert.True(split > 0);
        Assert.Contains(rows[split..], row => row.Any(c => c.RowSpan > 1));
        blocks[at] = new DocumentTable(rows[..split], table.Location, table.Number);
        blocks.Insert(at + 1, new DocumentParagraph("续表", table.Location));
        blocks.Insert(at + 2, new DocumentTable(rows[split..], table.Location, table.Number + 1));
        return blocks;
    }

    [Fact]
    public void Section_three_s_merged_table_broken_in_two_reads_its_headerless_part_by_the_header_above()
    {
        // Mutation testing of the thirty-fourth session's code (the headerless part's `!merged`): a table with merged cells
        // (HTML, Word) broken by a page, its second part printing no header, the header printing 商业企业 and 科研机构 in
        // an order of its own. The second part's numbers are under the columns of the header above, as a reader turning
        // the page reads them, as they are for a table without merges. Failed before the same session's fix (a defect):
        // the part was read in the template's column order, said (GID514), so 商业企业's numbers from 三、本年度办理结果
        // to 四、结转下年度继续办理 were read as 科研机构's and the other way round; no total tells (the columns' sums are
        // swapped with them).
        AnnualReport expected = Base();
        Assert.NotEqual(expected.Applications.Outcomes.Disclosed.CommercialEnterprise, expected.Applications.Outcomes.Disclosed.ResearchInstitution);

        ReportImport import = LayoutReader.Read(new SourceDocument("broken.html", MergedApplicationsSwappedAndBroken()));

        Assert.Equal(expected.Applications, import.Report.Applications);
    }

    [Fact]
    public void Section_three_s_merged_table_read_whole_reads_its_swapped_columns_by_its_header()
    {
        // The same table not broken: read by its header, every number under its column.
        List<DocumentBlock> blocks = MergedApplicationsSwappedAndBroken();
        int at = blocks.FindIndex(b => b is DocumentParagraph { Text: "续表" });
        var first = (DocumentTable)blocks[at - 1];
        var second = (DocumentTable)blocks[at + 1];
        blocks[at - 1] = new DocumentTable([.. first.Rows.Select(r => (IEnumerable<DocumentCell>)r), .. second.Rows.Select(r => (IEnumerable<DocumentCell>)r)], first.Location, first.Number);
        blocks.RemoveRange(at, 2);

        ReportImport import = LayoutReader.Read(new SourceDocument("whole.html", blocks));

        Assert.Equal(Base().Applications, import.Report.Applications);
    }

    [Theory]
    [InlineData(ApplicationRow.StateSecret, "3")] // the next row 2.其他法律行政法规禁止公开: 32. is a numbering too
    [InlineData(ApplicationRow.ProhibitedByLaw, "7")]
    [InlineData(ApplicationRow.NotHeld, "3")]
    [InlineData(ApplicationRow.Duplicate, "3")]
    [InlineData(ApplicationRow.StateSecret, "12")]
    [InlineData(ApplicationRow.Duplicate, "12")]
    public void A_page_number_printed_alone_between_two_parts_of_section_three_s_table_is_no_label_s_start(ApplicationRow after, string page)
    {
        // Mutation testing of the thirty-fourth session's code: a line between two parts of a table is a wrapped label's
        // start only where it is two characters or more and its words begin a row's label. A page's number on a line of
        // its own (a PDF's text, the table broken by the page) is not joined with the numbering of the row below it
        // (3 and 2.其他法律… make a label renumbered 32.): every row read as printed, nothing said.
        string[] lines = Text().Split('\n');
        int at = Array.FindIndex(lines, l => l.Split('\t').Contains(Row(after)));
        Assert.Matches(@"^\t*\d\.", lines[at + 1]);
        string text = string.Join('\n', lines[..(at + 1)].Append(page).Concat(lines[(at + 1)..]));

        ReportImport import = Read(text);

        Assert.Equal(Base(), import.Report);
        Assert.Empty(import.Findings);
    }
}
