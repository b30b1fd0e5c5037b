using System.Globalization;
using FsCheck.Xunit;
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
        { -5m, "-5" }, // a signed change of the 2019 edition
        { int.MinValue, "-2147483648" },
        { 4294967296m, "4294967296" }, // the first whole number that needs the decimal's second 32 bits
        { 18446744073709551615m, "18446744073709551615" }, // the largest held in two
        { 18446744073709551616m, "18446744073709551616" }, // the smallest that needs the third
        { -18446744073709551615m, "-18446744073709551615" },
        { 5.0m, "5.0" }, // trailing zeros are kept: a scale is printed
        { -0.5m, "-0.5" },
    };

    [Property(MaxTest = 2000)]
    public void A_value_formatted_into_a_buffer_prints_as_the_decimal_does(int lo, int mid, int hi, bool negative, byte scale)
    {
        // Every decimal: its 96-bit integer from three random words and a scale of 0–28 (whole numbers half the time).
        var value = new decimal(lo, mid, hi & (scale % 4 == 0 ? 0 : -1), negative, (byte)(scale % 2 == 0 ? 0 : scale % 29));
        Span<char> buffer = stackalloc char[40];

        Assert.True(PrintedDocument.TryFormatValue(value, buffer, out int written));
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), buffer[..written].ToString());
    }

    [Fact]
    public void A_buffer_too_small_is_reported_not_overrun()
    {
        Span<char> buffer = stackalloc char[3];
        Assert.False(PrintedDocument.TryFormatValue(1234m, buffer, out _));
        Assert.False(PrintedDocument.TryFormatValue(-123m, buffer, out _));
        Assert.True(PrintedDocument.TryFormatValue(-12m, buffer, out int written));
        Assert.Equal("-12", buffer[..written].ToString());
        Assert.False(PrintedDocument.TryFormatValue(-1m, [], out _));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_prints_exactly_as_stored_and_a_blank_prints_nothing(decimal? value, string printed)
    {
        Span<char> buffer = stackalloc char[40];

        Assert.True(PrintedDocument.TryFormatValue(value, buffer, out int written));
        Assert.Equal(printed, buffer[..written].ToString());
        Assert.Equal(printed, PrintedDocument.FormatValue(value));
    }

    // Negative zero has a case of its own: in the theory above xUnit would display it as `value: 0`, the same as 0m, and
    // skip it as a duplicate.
    [Fact]
    public void A_negative_zero_prints_as_zero()
    {
        decimal negativeZero = decimal.Negate(0m);
        Assert.True(decimal.IsNegative(negativeZero));
        Span<char> buffer = stackalloc char[40];

        Assert.True(PrintedDocument.TryFormatValue(negativeZero, buffer, out int written));
        Assert.Equal("0", buffer[..written].ToString());
        Assert.Equal("0", PrintedDocument.FormatValue(negativeZero));
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

    [Theory]
    [InlineData("某县财政局2022年政府信息公开工作年度报告", "某县财政局2022年政府信息公开工作年度报告")]
    [InlineData("2022年某县财政局政府信息公开工作年度报告", "某县财政局2022年政府信息公开工作年度报告")] // the year first
    [InlineData("  2022年度报告", "某县财政局2022年政府信息公开工作年度报告")] // only blanks before the year
    [InlineData("某县财政局\n2022年度报告", "某县财政局2022年政府信息公开工作年度报告")] // a line break before the year
    [InlineData("政府信息公开工作年度报告", "某县财政局2022年政府信息公开工作年度报告")] // no year
    public void A_documents_metadata_title_names_the_agency_before_the_year(string printed, string metadata)
    {
        AnnualReport report = TestReports.ValidBuilder().ForAgency("某县财政局").WithTitle(printed).Build();

        Assert.Equal(metadata, PrintedDocument.MetadataTitle(report));
    }

    [Fact]
    public void A_sections_paragraphs_that_print_nothing_are_left_out_and_a_section_of_only_those_prints_none()
    {
        var heading = new Paragraph { Heading = "（一）主动公开", Text = string.Empty };
        var text = new Paragraph { Text = "本年度主动公开信息12条。" };
        var blank = new Paragraph { Text = " \n " };
        AnnualReport report = TestReports.Valid() with
        {
            ProblemsAndImprovements = new Narrative([blank, heading, blank, text]),
            OtherMatters = new Narrative([blank, new Paragraph { Text = string.Empty }]),
        };

        Assert.Equal(new Narrative([heading, text]), PrintedDocument.Narrative(report, ReportFormat.ProblemsAndImprovements));
        Assert.Null(PrintedDocument.Narrative(report, ReportFormat.OtherMatters));
        Assert.Null(PrintedDocument.Narrative(report, ReportFormat.ProactiveDisclosure));
    }
}
