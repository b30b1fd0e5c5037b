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
    public void A_grid_beyond_the_limit_is_refused()
    {
        DocumentCell[][] rows = [.. Enumerable.Range(0, 2000).Select(_ => new[] { Cell("x", columnSpan: 1000) })];

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => new DocumentTable(rows, Here, 1));
        Assert.Contains("1,000,000", e.Message, StringComparison.Ordinal);
    }
}
