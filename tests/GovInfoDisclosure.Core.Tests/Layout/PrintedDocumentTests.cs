using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Layout;

public class PrintedDocumentTests
{
    public static TheoryData<decimal?, string> Values => new()
    {
        { null, "" },
        { 0m, "0" },
        { int.MaxValue, "2147483647" },
        { 1835.50m, "1835.50" },
        { 0.0001m, "0.0001" },
        { 79228162514264337593543950335m, "79228162514264337593543950335" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_prints_exactly_as_stored_and_a_blank_prints_nothing(decimal? value, string printed)
    {
        Span<char> buffer = stackalloc char[40];

        Assert.True(PrintedDocument.TryFormatValue(value, buffer, out int written));
        Assert.Equal(printed, buffer[..written].ToString());
        Assert.Equal(printed, PrintedDocument.FormatValue(value));
    }

    [Fact]
    public void The_title_is_the_reports_own_or_the_templates()
    {
        AnnualReport report = TestReports.Valid();

        Assert.Equal(report.Title, PrintedDocument.Title(report));
        Assert.Equal("某某镇人民政府2022年政府信息公开工作年度报告", PrintedDocument.Title(report with { Title = null }));
    }

    [Fact]
    public void Each_section_is_a_narrative_or_a_table_never_both()
    {
        AnnualReport report = TestReports.Valid();

        Assert.All(ReportFormat.Sections, s => Assert.True(PrintedDocument.Narrative(report, s) is null || PrintedDocument.Table(report.Edition, s) is null));
        Assert.Equal(3, ReportFormat.Sections.Count(s => PrintedDocument.Table(report.Edition, s) is not null));
        Assert.Equal(report.OtherMatters, PrintedDocument.Narrative(report, ReportFormat.OtherMatters));
        Assert.Equal("2023年1月5日", PrintedDocument.FormatDate(new DateOnly(2023, 1, 5)));
    }

    [Fact]
    public void The_grid_puts_each_merged_cell_in_every_slot_it_covers()
    {
        foreach (PrintedTable table in PrintedLayout.Tables(ReportEdition.Edition2021))
        {
            var grid = PrintedDocument.Grid(table);
            foreach (PrintedCell cell in table.Cells)
            {
                for (int r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                {
                    for (int c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                    {
                        Assert.Same(cell, grid[r][c]);
                    }
                }
            }
        }
    }
}
