using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// A published document as a format reader sees it, before any report is recognised in it: headings, paragraphs and
/// tables in reading order, each with its source location. HTML, Word and text readers produce this; one layout reader
/// recognises the report in it.
/// </summary>
public sealed class SourceDocument
{
    /// <summary>A document of the given blocks.</summary>
    /// <param name="file">The file's name as the user gave it, if any.</param>
    /// <param name="blocks">The blocks in reading order.</param>
    public SourceDocument(string? file, IEnumerable<DocumentBlock> blocks)
    {
        File = file;
        Blocks = [.. Guard.Against.Null(blocks, nameof(blocks))];
    }

    /// <summary>The file's name as the user gave it, if any.</summary>
    public string? File { get; }

    /// <summary>The blocks in reading order.</summary>
    public ImmutableArray<DocumentBlock> Blocks { get; }

    /// <summary>
    /// The page's own publication date where the page states one outside the report (a <c>发布日期：</c> line in the article's
    /// header, a <c>PubDate</c> meta tag), as printed; <see langword="null"/> when none.
    /// </summary>
    public string? PageDate { get; init; }

    /// <summary>Where <see cref="PageDate"/> was found.</summary>
    public SourceLocation? PageDateLocation { get; init; }

    /// <summary>The page's title (HTML <c>&lt;title&gt;</c>, Word's document title), if any.</summary>
    public string? PageTitle { get; init; }
}

/// <summary>A heading, paragraph or table of a <see cref="SourceDocument"/>.</summary>
public abstract class DocumentBlock
{
    private protected DocumentBlock(SourceLocation location) => Location = Guard.Against.Null(location, nameof(location));

    /// <summary>Where the block starts.</summary>
    public SourceLocation Location { get; }
}

/// <summary>A paragraph (or a heading) of text.</summary>
public sealed class DocumentParagraph : DocumentBlock
{
    /// <summary>A paragraph.</summary>
    /// <param name="text">Its text, as printed (line breaks inside it kept as <c>\n</c>).</param>
    /// <param name="location">Where it starts.</param>
    /// <param name="isHeading">Whether the format marks it as a heading (HTML <c>h1</c>–<c>h6</c>, a Word heading style).</param>
    public DocumentParagraph(string text, SourceLocation location, bool isHeading = false)
        : base(location)
    {
        Text = Guard.Against.Null(text, nameof(text));
        IsHeading = isHeading;
    }

    /// <summary>The text as printed.</summary>
    public string Text { get; }

    /// <summary>Whether the format marks it as a heading; a reader of plain text never does.</summary>
    public bool IsHeading { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>A cell of a <see cref="DocumentTable"/> as printed: its text and the rows and columns it spans.</summary>
public sealed class DocumentCell
{
    /// <summary>A cell.</summary>
    /// <param name="text">Its text (the text of its paragraphs joined by <c>\n</c>).</param>
    /// <param name="location">Where it is in the source.</param>
    /// <param name="rowSpan">The rows it spans (at least 1).</param>
    /// <param name="columnSpan">The columns it spans (at least 1).</param>
    /// <param name="isHeader">Whether the format marks it as a header (<c>&lt;th&gt;</c>).</param>
    public DocumentCell(string text, SourceLocation location, int rowSpan = 1, int columnSpan = 1, bool isHeader = false)
    {
        Text = Guard.Against.Null(text, nameof(text));
        Location = Guard.Against.Null(location, nameof(location));
        RowSpan = Positive(rowSpan, nameof(rowSpan));
        ColumnSpan = Positive(columnSpan, nameof(columnSpan));
        IsHeader = isHeader;
    }

    /// <summary>
    /// <paramref name="span"/> if it is at least 1; otherwise the <see cref="ArgumentException"/> that
    /// <c>Guard.Against.NegativeOrZero</c> throws. Written out because that guard boxes its argument, and every cell of
    /// every document is made here.
    /// </summary>
    private static int Positive(int span, string name) =>
        span > 0 ? span : throw new ArgumentException($"Required input {name} cannot be zero or negative.", name);

    /// <summary>The text as printed.</summary>
    public string Text { get; }

    /// <summary>Where it is in the source, as the format reader gave it (<see cref="DocumentTable.LocationOf"/> adds the grid position).</summary>
    public SourceLocation Location { get; }

    /// <summary>The rows it spans, as given by the document (the table's grid clamps it to the rows there are).</summary>
    public int RowSpan { get; }

    /// <summary>The columns it spans, as given by the document (the table's grid clamps it to <see cref="DocumentTable.MaxColumnSpan"/>).</summary>
    public int ColumnSpan { get; }

    /// <summary>Whether the format marks it as a header.</summary>
    public bool IsHeader { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>
/// A table of a <see cref="SourceDocument"/>: its rows as printed, and the grid those rows make once merged cells are
/// expanded (the HTML table model: a cell occupies every slot its spans cover).
/// </summary>
public sealed class DocumentTable : DocumentBlock
{
    /// <summary>The largest column span honoured (HTML's limit); a larger one counts as this.</summary>
    public const int MaxColumnSpan = 1000;

    /// <summary>The largest grid built (rows × columns of slots, merges expanded); a larger table is refused.</summary>
    public const int MaxGridSlots = 1_000_000;

    private readonly GridSlot[][] _grid;

    /// <summary>A table of the given rows.</summary>
    /// <param name="rows">The rows, each the cells that start in it, left to right.</param>
    /// <param name="location">Where the table starts.</param>
    /// <param name="number">The table's number in the document, from 1.</param>
    /// <exception cref="InvalidDataException">The grid would exceed <see cref="MaxGridSlots"/>.</exception>
    public DocumentTable(IEnumerable<IEnumerable<DocumentCell>> rows, SourceLocation location, int number)
        : base(location)
    {
        Guard.Against.Null(rows, nameof(rows));
        Number = Guard.Against.NegativeOrZero(number, nameof(number));
        Rows = [.. rows.Select(r => r.ToImmutableArray())];
        _grid = BuildGrid(Rows, out int columns);
        ColumnCount = columns;
    }

    /// <summary>The table's number in the document, from 1.</summary>
    public int Number { get; }

    /// <summary>The rows as printed.</summary>
    public ImmutableArray<ImmutableArray<DocumentCell>> Rows { get; }

    /// <summary>The number of grid rows (that of <see cref="Rows"/>).</summary>
    public int RowCount => _grid.Length;

    /// <summary>The number of grid columns (the widest row, spans counted).</summary>
    public int ColumnCount { get; }

    /// <summary>The grid slot at a row and column: the cell covering it (or none) and whether the cell starts there.</summary>
    /// <param name="row">The grid row, from 0.</param>
    /// <param name="column">The grid column, from 0.</param>
    /// <returns>The slot.</returns>
    public GridSlot this[int row, int column] => column < _grid[row].Length ? _grid[row][column] : default;

    /// <summary>
    /// The source location of a slot's cell, with this table's number and the cell's first grid row and column; where the
    /// cell's own location names a table already (a cell of a table made of others' rows, kept where it is printed), that.
    /// </summary>
    /// <param name="slot">A slot of this table.</param>
    /// <returns>The location, or the table's own where the slot holds no cell.</returns>
    public SourceLocation LocationOf(GridSlot slot) => slot.Cell is { } cell
        ? cell.Location.Table is null ? cell.Location with { Table = Number, Row = slot.OriginRow + 1, Cell = slot.OriginColumn + 1 } : cell.Location
        : Location with { Table = Number };

    private static GridSlot[][] BuildGrid(ImmutableArray<ImmutableArray<DocumentCell>> rows, out int columns)
    {
        // The HTML table-forming algorithm, without its growth of rows: a rowspan reaches at most the last row. The slots
        // are counted before they are made, so that a hostile span cannot exhaust memory.
        long slots = 0;
        bool merged = false;
        foreach (ImmutableArray<DocumentCell> row in rows)
        {
            slots += row.Length;
            foreach (DocumentCell cell in row)
            {
                merged |= cell.RowSpan > 1 || cell.ColumnSpan > 1;
            }
        }

        if (!merged)
        {
            // No cell spans more than its slot (every text table, most rows of pages): the grid is the rows.
            if (slots > MaxGridSlots)
            {
                // Named as the general case names it: at the first cell, every row's cells being counted first.
                int first = 0;
                while (rows[first].IsEmpty)
                {
                    first++;
                }

                throw new InvalidDataException($"The table's grid would have more than {MaxGridSlots:N0} cells (row {first + 1}).");
            }

            var plain = new GridSlot[rows.Length][];
            columns = 0;
            for (int r = 0; r < rows.Length; r++)
            {
                plain[r] = new GridSlot[rows[r].Length];
                for (int c = 0; c < plain[r].Length; c++)
                {
                    plain[r][c] = new GridSlot(rows[r][c], r, c);
                }

                columns = Math.Max(columns, plain[r].Length);
            }

            return plain;
        }

        var grid = new List<GridSlot>[rows.Length];
        for (int r = 0; r < rows.Length; r++)
        {
            grid[r] = new List<GridSlot>(rows[r].Length);
        }

        columns = 0;
        for (int r = 0; r < rows.Length; r++)
        {
            int c = 0;
            foreach (DocumentCell cell in rows[r])
            {
                while (c < grid[r].Count && grid[r][c].Cell is not null)
                {
                    c++;
                }

                int rowSpan = Math.Min(cell.RowSpan, rows.Length - r);
                int columnSpan = Math.Min(cell.ColumnSpan, MaxColumnSpan);
                slots += ((long)rowSpan * columnSpan) - 1;
                if (slots > MaxGridSlots)
                {
                    throw new InvalidDataException($"The table's grid would have more than {MaxGridSlots:N0} cells (row {r + 1}).");
                }

                for (int dr = 0; dr < rowSpan; dr++)
                {
                    List<GridSlot> line = grid[r + dr];
                    while (line.Count < c + columnSpan)
                    {
                        line.Add(default);
                    }

                    for (int dc = 0; dc < columnSpan; dc++)
                    {
                        line[c + dc] = new GridSlot(cell, r, c);
                    }
                }

                c += columnSpan;
            }

            columns = Math.Max(columns, grid[r].Count);
        }

        return [.. grid.Select(l => l.ToArray())];
    }
}

/// <summary>A slot of a <see cref="DocumentTable"/>'s grid.</summary>
/// <param name="Cell">The cell covering the slot, or <see langword="null"/> where no cell reaches (a short row).</param>
/// <param name="OriginRow">The grid row the cell starts in, from 0.</param>
/// <param name="OriginColumn">The grid column the cell starts in, from 0.</param>
public readonly record struct GridSlot(DocumentCell? Cell, int OriginRow, int OriginColumn)
{
    /// <summary>Whether the slot is where its cell starts (false in the slots that the cell's spans cover).</summary>
    /// <param name="row">The slot's grid row.</param>
    /// <param name="column">The slot's grid column.</param>
    /// <returns><see langword="true"/> at the cell's top-left slot.</returns>
    public bool IsOriginAt(int row, int column) => Cell is not null && row == OriginRow && column == OriginColumn;
}
