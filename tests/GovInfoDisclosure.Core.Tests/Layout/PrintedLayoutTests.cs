using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Layout;

public class PrintedLayoutTests
{
    private static readonly IReadOnlyList<PrintedTable> Tables = PrintedLayout.Tables(ReportEdition.Edition2021);

    [Fact]
    public void The_three_tables_have_the_templates_sizes()
    {
        Assert.Equal([ReportFormat.ProactiveDisclosure, ReportFormat.Applications, ReportFormat.ReviewAndLitigation], Tables.Select(t => t.Section));
        Assert.Equal([4, 10, 15], Tables.Select(t => t.ColumnCount));
        Assert.Equal([14, 3 + 25, 4], Tables.Select(t => t.RowCount));
    }

    [Fact]
    public void Every_table_cell_of_the_report_is_printed_exactly_once()
    {
        int[] printed = [.. Tables.SelectMany(t => t.Cells).Where(c => c.Kind == PrintedCellKind.Value).Select(c => c.CellIndex).Order()];

        // Every cell but the information processing fee, which section 六 states in words.
        Assert.Equal(Enumerable.Range(0, PrintedLayout.CellCount - 1), printed);
    }

    [Theory]
    [InlineData(ReportEdition.Edition2021)]
    [InlineData(ReportEdition.Edition2019)]
    public void A_label_names_no_value_of_the_report(ReportEdition edition)
    {
        PrintedCell[] labels = [.. PrintedLayout.Tables(edition).SelectMany(t => t.Cells).Where(c => c.Kind != PrintedCellKind.Value)];

        Assert.NotEmpty(labels);
        Assert.All(labels, c => Assert.Equal(-1, c.CellIndex));
    }

    [Theory]
    [InlineData(TestReports.Yanshi)]
    [InlineData(TestReports.Shouyang2019)]
    public void A_reports_values_copied_into_a_span_are_those_of_the_array(string sample)
    {
        AnnualReport report = TestReports.Sample(sample);
        var values = new decimal?[PrintedLayout.CellCountOf(report.Edition) + 2];
        values[^1] = 7;

        PrintedLayout.CellValues(report, values);

        Assert.Equal(PrintedLayout.CellValues(report), values[..^2]);
        Assert.Equal(7, values[^1]); // nothing written past the report's cells
        Assert.Contains(values[..^2], v => v is null); // the sample's blanks stay blank
        ArgumentException ex = Assert.Throws<ArgumentException>(() => PrintedLayout.CellValues(report, new decimal?[PrintedLayout.CellCountOf(report.Edition) - 1]));
        Assert.Equal("values", ex.ParamName);
    }

    [Fact]
    public void Every_grid_slot_is_covered_by_exactly_one_cell()
    {
        foreach (PrintedTable table in Tables)
        {
            var cover = new int[table.RowCount, table.ColumnCount];
            foreach (PrintedCell cell in table.Cells)
            {
                for (int r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                {
                    for (int c = cell.Column; c < cell.Column + cell.ColumnSpan; c++)
                    {
                        cover[r, c]++;
                    }
                }
            }

            Assert.All(cover.Cast<int>(), n => Assert.Equal(1, n));
        }
    }

    [Fact]
    public void Section_two_is_printed_row_by_row_as_the_template_draws_it()
    {
        // documents.md's drawing of section 二: each cell its text, or n for a value, and its column span after a colon.
        string[] drawn =
        [
            "第二十条第（一）项:4",
            "信息内容 本年制发件数 本年废止件数 现行有效件数",
            "规章 n n n",
            "行政规范性文件 n n n",
            "第二十条第（五）项:4",
            "信息内容 本年处理决定数量:3",
            "行政许可 n:3",
            "第二十条第（六）项:4",
            "信息内容 本年处理决定数量:3",
            "行政处罚 n:3",
            "行政强制 n:3",
            "第二十条第（八）项:4",
            "信息内容 本年收费金额（单位：万元）:3",
            "行政事业性收费 n:3",
        ];

        string[] printed = [.. Tables[0].Rows.Select(row => string.Join(' ', row.Select(c =>
            (c.Kind == PrintedCellKind.Value ? "n" : c.Text) + (c.ColumnSpan > 1 ? ":" + c.ColumnSpan : string.Empty))))];

        Assert.Equal(drawn, printed);
        Assert.All(Tables[0].Cells, c => Assert.Equal(1, c.RowSpan));
    }

    [Fact]
    public void Section_three_has_the_templates_merges()
    {
        PrintedTable applications = Tables[1];
        PrintedCell Label(string text) => Assert.Single(applications.Cells, c => c.Text == text);

        Assert.Equal((3, 3), (Label(PrintedLayout.ApplicationsNote).RowSpan, Label(PrintedLayout.ApplicationsNote).ColumnSpan));
        Assert.Equal(7, Label(PrintedLayout.ApplicantsHeader).ColumnSpan);
        Assert.Equal(2, Label("自然人").RowSpan);
        Assert.Equal(5, Label("法人或其他组织").ColumnSpan);
        Assert.Equal(22, Label("三、本年度办理结果").RowSpan);
        Assert.Equal(8, Label("（三）不予公开").RowSpan);
        Assert.Equal(3, Label("（四）无法提供").RowSpan);
        Assert.Equal(5, Label("（五）不予处理").RowSpan);
        Assert.Equal(3, Label("（六）其他处理").RowSpan);
        Assert.Equal(2, Label("（七）总计").ColumnSpan);
        Assert.Equal(3, Label("四、结转下年度继续办理").ColumnSpan);
    }

    [Fact]
    public void A_value_sits_under_its_column_header_and_beside_its_row_label()
    {
        PrintedTable applications = Tables[1];
        int index = Array.IndexOf([.. Enumerable.Range(0, PrintedLayout.CellCount).Select(PrintedLayout.CellPointer)],
            ReportFormat.CellPointer(ApplicationRow.SecurityOrStability, ApplicantColumn.LegalServiceProvider));
        PrintedCell value = Assert.Single(applications.Cells, c => c.CellIndex == index);
        PrintedCell header = Assert.Single(applications.Cells, c => c.Text == "法律服务机构");
        PrintedCell label = Assert.Single(applications.Cells, c => c.Text == ReportFormat.Get(ApplicationRow.SecurityOrStability).LabelZh);

        Assert.Equal(header.Column, value.Column);
        Assert.Equal(label.Row, value.Row);
    }

    [Fact]
    public void Section_four_prints_fifteen_numbers_under_three_header_rows()
    {
        PrintedTable cases = Tables[2];
        Assert.Equal(15, cases.Rows[3].Length);
        Assert.All(cases.Rows[3], c => Assert.Equal(PrintedCellKind.Value, c.Kind));
        Assert.Equal(["行政复议", "行政诉讼"], cases.Rows[0].Select(c => c.Text));
        Assert.Equal(["未经复议直接起诉", "复议后起诉"], cases.Rows[1].Where(c => c.ColumnSpan == 5).Select(c => c.Text));
    }

    [Fact]
    public void A_cell_describes_itself_by_its_place_and_its_pointer_or_text()
    {
        PrintedCell value = Tables[2].Cells.First(c => c.Kind == PrintedCellKind.Value);
        PrintedCell header = Tables[2].Cells.First(c => c.Kind != PrintedCellKind.Value);

        Assert.Equal($"[{value.Row},{value.Column}] /reviewAndLitigation/review/upheld", value.ToString());
        Assert.Equal($"[{header.Row},{header.Column}] {header.Text}", header.ToString());
    }

    [Fact]
    public void The_values_of_no_report_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => PrintedLayout.CellValues(null!));
        Assert.Throws<ArgumentNullException>(() => PrintedLayout.CellValues(null!, new decimal?[PrintedLayout.CellCountOf(ReportEdition.Edition2021)]));
    }

    [Fact]
    public void An_edition_prints_no_row_beyond_section_three_and_finds_its_rows_the_shared_entries_and_the_2019_amounts_unit_by_their_pointers()
    {
        EditionFormat current = ReportFormat.Of(ReportEdition.Edition2021);
        EditionFormat old = ReportFormat.Of(ReportEdition.Edition2019);

        Assert.True(current.Prints((ApplicationRow)(ReportFormat.ApplicationRowCount - 1)));
        Assert.False(current.Prints((ApplicationRow)ReportFormat.ApplicationRowCount));
        Assert.False(current.Prints((ApplicationRow)(-1)));
        Assert.Same(ReportFormat.ProcurementAmountUnit, old.FindByPointer(ReportFormat.ProcurementAmountUnit.JsonPointer));
        Assert.Null(current.FindByPointer(ReportFormat.ProcurementAmountUnit.JsonPointer));
        foreach (EditionFormat edition in new[] { current, old })
        {
            // Every row of section 三 the edition prints, as the edition labels it (the 2019 （六）其他处理 is one row).
            FormatEntry[] rows = [.. Enum.GetValues<ApplicationRow>().Where(edition.Prints).Select(edition.Get)];
            Assert.All(rows, r => Assert.Same(r, edition.FindByPointer(r.JsonPointer)));

            // What both editions share: the sections, the document's own keys, the outcome groups, section 四's blocks.
            FormatEntry[] shared =
            [
                .. ReportFormat.Sections, ReportFormat.Edition, ReportFormat.Year, ReportFormat.Agency, ReportFormat.Kind, ReportFormat.Title,
                ReportFormat.PublishedOn, ReportFormat.InformationProcessingFee, .. ReportFormat.OutcomeGroups, ReportFormat.OutcomeGroups[0].Parent!,
                .. ReportFormat.CaseBlocks,
            ];
            // (The 2019 edition's single-row （六）其他处理 is found as its row, not as the 2021 edition's group.)
            Assert.All(shared.Where(e => !rows.Any(r => r.JsonPointer == e.JsonPointer)), e => Assert.Same(e, edition.FindByPointer(e.JsonPointer)));
            Assert.All(shared, e => Assert.Same(e, ReportFormat.FindByPointer(e.JsonPointer)));
        }
    }

    [Fact]
    public void The_catalogue_finds_every_row_and_cell_of_the_2021_edition_by_its_pointer()
    {
        FormatEntry[] entries =
        [
            .. ReportFormat.DisclosureRows, .. ReportFormat.DisclosureCells, .. ReportFormat.ApplicationRows,
            .. Enumerable.Range(0, PrintedLayout.CellCountOf(ReportEdition.Edition2021)).Select(i => ReportFormat.FindByPointer(PrintedLayout.CellPointer(ReportEdition.Edition2021, i))!),
        ];

        Assert.All(entries, e => Assert.Same(e, ReportFormat.FindByPointer(e.JsonPointer)));
        Assert.Equal(
            [.. Enum.GetValues<CaseBlock>().SelectMany(b => Enum.GetValues<CaseColumn>().Select(c => ReportFormat.CellPointer(b, c)))],
            entries.Select(e => e.JsonPointer).Where(p => p.StartsWith(ReportFormat.ReviewAndLitigation.JsonPointer + "/", StringComparison.Ordinal)));
    }
}
