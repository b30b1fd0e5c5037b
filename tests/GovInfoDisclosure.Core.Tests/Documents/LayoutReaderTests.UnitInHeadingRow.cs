using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Theory]
    [InlineData(false, "单位：件")]
    [InlineData(false, "（单位：件）")]
    [InlineData(true, "单位：件")]
    [InlineData(true, "单位:件")]
    public void Section_si_s_heading_row_ending_in_its_unit_is_its_heading(bool numeralApart, string unit)
    {
        // Issue 10's thirty-sixth session (noticed by a mutation helper): 四's heading in its table's first row, the unit of
        // the counts printed at the row's end as the template prints it over the table (四、政府信息公开行政复议、行政诉讼情况
        // | 单位：件), was no heading (the unit a second label): 四 was not found (GID501) and its values not read.
        string four = ReportFormat.ReviewAndLitigation.LabelZh;
        List<DocumentBlock> blocks = HeadingInTable(four);
        int at = blocks.FindIndex(b => b is DocumentTable t && t.Rows[0][0].Text == four);
        var table = (DocumentTable)blocks[at];
        DocumentCell[] top = numeralApart
            ? [new DocumentCell("四、", table.Location), new DocumentCell(four[2..], table.Location, 1, table.ColumnCount - 2), new DocumentCell(unit, table.Location)]
            : [new DocumentCell(four, table.Location, 1, table.ColumnCount - 1), new DocumentCell(unit, table.Location)];
        blocks[at] = new DocumentTable([top, .. table.Rows.Skip(1)], table.Location, table.Number);

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Empty(import.Findings);
        Assert.Equal(Base().ReviewAndLitigation, import.Report.ReviewAndLitigation);
    }

    [Fact]
    public void A_row_printing_a_label_and_a_unit_that_is_no_section_s_heading_is_read_as_before()
    {
        // The unit is passed over only to find a section's heading: a header row such as 本年收费金额 | 单位：万元 begins no
        // section, and the report reads as without the unit's row.
        string three = ReportFormat.Applications.LabelZh;
        List<DocumentBlock> blocks = [.. TextPrinter.Merged(Base()).Blocks];
        int at = blocks.FindIndex(b => b is DocumentParagraph p && p.Text == three) + 1;
        var table = (DocumentTable)blocks[at];
        blocks[at] = new DocumentTable(
            [[new DocumentCell("本年收费金额", table.Location, 1, table.ColumnCount - 1), new DocumentCell("单位：万元", table.Location)], .. table.Rows],
            table.Location,
            table.Number);

        ReportImport import = LayoutReader.Read(new SourceDocument("merged.html", blocks));

        Assert.Equal(Base().Applications, import.Report.Applications);
        Assert.Equal(Base().ReviewAndLitigation, import.Report.ReviewAndLitigation);
    }
}
