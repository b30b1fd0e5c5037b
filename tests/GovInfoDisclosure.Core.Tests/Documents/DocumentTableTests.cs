using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Core.Tests.Documents;

public class DocumentTableTests
{
    private static readonly SourceLocation Here = new() { File = "t.html", Line = 3, Column = 5 };

    private static DocumentCell Cell(string text, int rowSpan = 1, int columnSpan = 1) => new(text, Here, rowSpan, columnSpan);

    [Fact]
    public void Merged_cells_cover_every_slot_of_their_spans_and_start_at_one()
    {
        var table = new DocumentTable([[Cell("a", rowSpan: 2), Cell("b", columnSpan: 2)], [Cell("c"), Cell("d")]], Here, 2);

        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("a", table[1, 0].Cell!.Text);
        Assert.True(table[0, 0].IsOriginAt(0, 0));
        Assert.False(table[1, 0].IsOriginAt(1, 0));
        Assert.Equal("c", table[1, 1].Cell!.Text);
        Assert.Equal("b", table[0, 2].Cell!.Text);
        Assert.Equal("t.html:3:5 (table 2, row 2, column 3)", table.LocationOf(table[1, 2]).ToString());
    }

    [Fact]
    public void A_huge_rowspan_reaches_only_the_last_row()
    {
        var table = new DocumentTable([[Cell("a", rowSpan: 2_000_000_000), Cell("b")], [Cell("c")]], Here, 1);

        Assert.Equal(2, table.RowCount);
        Assert.Equal("a", table[1, 0].Cell!.Text);
        Assert.Equal("c", table[1, 1].Cell!.Text);
    }

    [Fact]
    public void A_rowspan_below_the_first_row_reaches_only_the_last_row()
    {
        var table = new DocumentTable([[Cell("a"), Cell("b")], [Cell("c", rowSpan: 5), Cell("d")], [Cell("e")]], Here, 1);

        Assert.Equal((3, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal("c", table[2, 0].Cell!.Text);
        Assert.Equal("e", table[2, 1].Cell!.Text);
    }

    [Fact]
    public void A_grid_of_exactly_the_limit_is_built_and_one_cell_more_is_refused()
    {
        // 1,000 rows of one cell 1,000 columns wide: 1,000,000 slots, counted with the merges expanded.
        DocumentCell[][] rows = [.. Enumerable.Range(0, 1000).Select(_ => new[] { Cell("x", columnSpan: 1000) })];
        var table = new DocumentTable(rows, Here, 1);
        Assert.Equal((1000, 1000), (table.RowCount, table.ColumnCount));

        // The same slots as one cell spanning every row and column.
        DocumentCell[][] merged = [[Cell("x", rowSpan: 1000, columnSpan: 1000)], .. Enumerable.Range(0, 999).Select(_ => Array.Empty<DocumentCell>())];
        var one = new DocumentTable(merged, Here, 1);
        Assert.Equal((1000, 1000, "x"), (one.RowCount, one.ColumnCount, one[999, 999].Cell!.Text));

        rows[^1] = [Cell("x", columnSpan: 1000), Cell("y")];
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => new DocumentTable(rows, Here, 1));
        Assert.Equal("The table's grid would have more than 1,000,000 cells (row 1000).", e.Message);
    }

    [Fact]
    public void A_table_without_merged_cells_is_its_own_grid_short_rows_included()
    {
        var table = new DocumentTable([[Cell("a"), Cell("b"), Cell("c")], [Cell("d")], []], Here, 4);

        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.True(table[0, 2].IsOriginAt(0, 2));
        Assert.Equal("d", table[1, 0].Cell!.Text);
        Assert.Equal(default, table[1, 1]);
        Assert.Equal(default, table[2, 0]);
        Assert.Equal("t.html:3:5 (table 4, row 1, column 3)", table.LocationOf(table[0, 2]).ToString());
    }

    [Fact]
    public void A_grid_without_merged_cells_of_exactly_the_limit_is_built_and_one_cell_more_is_refused()
    {
        DocumentCell x = Cell("x");
        DocumentCell[][] rows = [.. Enumerable.Range(0, 1000).Select(_ => Enumerable.Repeat(x, 1000).ToArray())];
        var table = new DocumentTable(rows, Here, 1);
        Assert.Equal((1000, 1000), (table.RowCount, table.ColumnCount));
        Assert.True(table[999, 999].IsOriginAt(999, 999));

        // Said at the first cell, as where merges make the grid (all rows' cells are counted first): here an empty row's next.
        rows[0] = [];
        rows[1] = [.. rows[1], .. Enumerable.Repeat(x, 1001)];
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => new DocumentTable(rows, Here, 1));
        Assert.Equal("The table's grid would have more than 1,000,000 cells (row 2).", e.Message);
    }

    [Theory]
    [InlineData(0, 1, "rowSpan")]
    [InlineData(1, -1, "columnSpan")]
    public void A_cell_spanning_no_row_or_column_is_refused(int rowSpan, int columnSpan, string parameter)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new DocumentCell("x", Here, rowSpan, columnSpan));
        Assert.Equal(parameter, e.ParamName);
        Assert.Equal($"Required input {parameter} cannot be zero or negative. (Parameter '{parameter}')", e.Message);
    }

    [Fact]
    public void A_grid_beyond_the_limit_is_refused()
    {
        DocumentCell[][] rows = [.. Enumerable.Range(0, 2000).Select(_ => new[] { Cell("x", columnSpan: 1000) })];

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => new DocumentTable(rows, Here, 1));
        Assert.Contains("1,000,000", e.Message, StringComparison.Ordinal);
    }
}
