using System.Collections.Immutable;

namespace GovInfoDisclosure.Core.Format;

/// <summary>What a cell of the printed template holds.</summary>
public enum PrintedCellKind
{
    /// <summary>A block title spanning the table (<c>第二十条第（一）项</c>).</summary>
    BlockTitle,

    /// <summary>A column header (<c>自然人</c>, <c>本年制发件数</c>, <c>行政复议</c>).</summary>
    ColumnHeader,

    /// <summary>A row label (<c>规章</c>, <c>（三）不予公开</c>, <c>1.属于国家秘密</c>).</summary>
    RowHeader,

    /// <summary>The note printed in the corner of section 三 (the 勾稽关系 it asks for).</summary>
    Note,

    /// <summary>A number of the report: the cell <see cref="PrintedCell.CellIndex"/> names.</summary>
    Value,
}

/// <summary>
/// One cell of the printed template: a label or a number, where it starts in the table's grid and how many rows and
/// columns it spans.
/// </summary>
public sealed class PrintedCell
{
    internal PrintedCell(PrintedCellKind kind, string text, int row, int column, int rowSpan, int columnSpan, FormatEntry? entry, int cellIndex, ReportEdition edition)
    {
        _edition = edition;
        Kind = kind;
        Text = text;
        Row = row;
        Column = column;
        RowSpan = rowSpan;
        ColumnSpan = columnSpan;
        Entry = entry;
        CellIndex = cellIndex;
    }

    /// <summary>What the cell holds.</summary>
    public PrintedCellKind Kind { get; }

    /// <summary>The printed text of a label (empty for a value).</summary>
    public string Text { get; }

    /// <summary>The grid row the cell starts in, from 0.</summary>
    public int Row { get; }

    /// <summary>The grid column the cell starts in, from 0.</summary>
    public int Column { get; }

    /// <summary>How many grid rows the cell spans (<c>rowspan</c>).</summary>
    public int RowSpan { get; }

    /// <summary>How many grid columns the cell spans (<c>colspan</c>).</summary>
    public int ColumnSpan { get; }

    /// <summary>
    /// The catalogue entry a label stands for (a row, a column, a group or a block of the format); <see langword="null"/>
    /// for a label the catalogue has no entry for (<c>信息内容</c>, <c>申请人情况</c>) and for values.
    /// </summary>
    public FormatEntry? Entry { get; }

    /// <summary>For a value, its index in <see cref="PrintedLayout.CellValues(AnnualReport)"/> and <see cref="PrintedLayout.CellPointer(ReportEdition, int)"/>; otherwise −1.</summary>
    public int CellIndex { get; }

    /// <summary>Whether the cell is a column or row header (a <c>&lt;th&gt;</c>).</summary>
    public bool IsHeader => Kind is PrintedCellKind.ColumnHeader or PrintedCellKind.RowHeader or PrintedCellKind.BlockTitle or PrintedCellKind.Note;

    /// <inheritdoc/>
    public override string ToString() => Kind == PrintedCellKind.Value ? $"[{Row},{Column}] {PrintedLayout.CellPointer(_edition, CellIndex)}" : $"[{Row},{Column}] {Text}";

    /// <summary>The edition whose layout the cell is of (for <see cref="ToString"/>).</summary>
    private readonly ReportEdition _edition;
}

/// <summary>One table of the printed template: its section and its cells row by row.</summary>
public sealed class PrintedTable
{
    internal PrintedTable(FormatEntry section, int columnCount, ImmutableArray<ImmutableArray<PrintedCell>> rows)
    {
        Section = section;
        ColumnCount = columnCount;
        Rows = rows;
    }

    /// <summary>The section the table belongs to (二, 三 or 四).</summary>
    public FormatEntry Section { get; }

    /// <summary>The width of the table's grid (4, 10 or 15).</summary>
    public int ColumnCount { get; }

    /// <summary>The rows as printed: each row lists the cells that start in it, left to right (as HTML's <c>&lt;tr&gt;</c> does).</summary>
    public ImmutableArray<ImmutableArray<PrintedCell>> Rows { get; }

    /// <summary>The number of grid rows.</summary>
    public int RowCount => Rows.Length;

    /// <summary>Every cell, row by row.</summary>
    public IEnumerable<PrintedCell> Cells => Rows.SelectMany(r => r);
}

/// <summary>
/// The printed layout of the national template (《政府信息公开工作年度报告格式》): the three tables of sections 二, 三 and
/// 四 with their block titles, header rows, row labels, merged cells and column order, built from the catalogue
/// (<see cref="ReportFormat"/>). Readers recognise published tables by it and writers print by it, so no label, span or
/// order is typed a second time in either.
/// </summary>
public static class PrintedLayout
{
    /// <summary>The note printed in the top-left corner of section 三.</summary>
    public const string ApplicationsNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>The header over section 三's number columns.</summary>
    public const string ApplicantsHeader = "申请人情况";

    /// <summary>The header over the first column of each block of section 二.</summary>
    public const string ContentHeader = "信息内容";

    private static readonly Lazy<ImmutableArray<PrintedTable>> Tables2021 = new(() => Build(ReportFormat.Edition2021Format));
    private static readonly Lazy<ImmutableArray<PrintedTable>> Tables2019 = new(() => Build(ReportFormat.Edition2019Format));

    private static readonly TableCells Cells2021 = ReportFormat.Edition2021Format.Cells;

    /// <summary>The number of values the 2021 layout prints and <see cref="CellValues(AnnualReport)"/> returns for a 2021 report (201).</summary>
    public static int CellCount => Cells2021.Count;

    /// <summary>The three tables of an edition, in printed order (sections 二, 三, 四).</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The tables.</returns>
    public static ImmutableArray<PrintedTable> Tables(ReportEdition edition) => edition switch
    {
        ReportEdition.Edition2021 => Tables2021.Value,
        ReportEdition.Edition2019 => Tables2019.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(edition), edition, "Unknown format edition."),
    };

    /// <summary>The JSON Pointer of the value at <paramref name="cellIndex"/> (<see cref="PrintedCell.CellIndex"/>).</summary>
    /// <param name="cellIndex">The index.</param>
    /// <returns>The JSON Pointer.</returns>
    public static string CellPointer(int cellIndex) => Cells2021.Pointers[cellIndex];

    /// <summary>The JSON Pointer of the value at <paramref name="cellIndex"/> in an edition's layout.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="cellIndex">The index.</param>
    /// <returns>The JSON Pointer.</returns>
    public static string CellPointer(ReportEdition edition, int cellIndex) => ReportFormat.Of(edition).Cells.Pointers[cellIndex];

    /// <summary>The catalogue entry of the value at <paramref name="cellIndex"/> in an edition's layout.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="cellIndex">The index.</param>
    /// <returns>The entry.</returns>
    public static FormatEntry CellEntry(ReportEdition edition, int cellIndex) => ReportFormat.Of(edition).Cells.Entries[cellIndex];

    /// <summary>Whether the value at <paramref name="cellIndex"/> in an edition's layout is an amount (a decimal).</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="cellIndex">The index.</param>
    /// <returns><see langword="true"/> for an amount.</returns>
    public static bool IsAmount(ReportEdition edition, int cellIndex) => ReportFormat.Of(edition).Cells.IsAmount(cellIndex);

    /// <summary>The number of values an edition's layout prints (201 in 2021, 199 in 2019).</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The count.</returns>
    public static int CellCountOf(ReportEdition edition) => ReportFormat.Of(edition).Cells.Count;

    /// <summary>The catalogue entry of the value at <paramref name="cellIndex"/>, labelled with its row (or block) and column.</summary>
    /// <param name="cellIndex">The index.</param>
    /// <returns>The entry.</returns>
    public static FormatEntry CellEntry(int cellIndex) => Cells2021.Entries[cellIndex];

    /// <summary>Whether the value at <paramref name="cellIndex"/> is an amount (a decimal) rather than a count.</summary>
    /// <param name="cellIndex">The index.</param>
    /// <returns><see langword="true"/> for an amount.</returns>
    public static bool IsAmount(int cellIndex) => Cells2021.IsAmount(cellIndex);

    /// <summary>
    /// Every value of a report's tables, indexed by <see cref="PrintedCell.CellIndex"/> of its edition's layout; blanks are
    /// <see langword="null"/>.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <returns>The values.</returns>
    public static decimal?[] CellValues(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var values = new decimal?[CellCountOf(report.Edition)];
        CellValues(report, values);
        return values;
    }

    /// <summary>
    /// Copies every value of a report's tables into <paramref name="values"/>, indexed by <see cref="PrintedCell.CellIndex"/>
    /// of its edition's layout (blanks as <see langword="null"/>), without allocating: a writer can keep them on its stack.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="values">At least <see cref="CellCountOf"/> of the report's edition.</param>
    /// <exception cref="ArgumentException"><paramref name="values"/> is too short.</exception>
    public static void CellValues(AnnualReport report, Span<decimal?> values)
    {
        ArgumentNullException.ThrowIfNull(report);
        TableCells cells = ReportFormat.Of(report.Edition).Cells;
        if (values.Length < cells.Count)
        {
            throw new ArgumentException($"A report of the {ReportFormat.EditionKey(report.Edition)} edition has {cells.Count} values; the span holds {values.Length}.", nameof(values));
        }

        cells.Read(report, values);
    }

    /// <summary>The part of a qualified label after its group (<c>法人或其他组织 · 商业企业</c> → <c>商业企业</c>).</summary>
    internal static string ShortLabel(FormatEntry entry)
    {
        int dot = entry.LabelZh.LastIndexOf(" · ", StringComparison.Ordinal);
        return dot < 0 ? entry.LabelZh : entry.LabelZh[(dot + 3)..];
    }

    /// <summary>The group part of a qualified label (<c>法人或其他组织 · 商业企业</c> → <c>法人或其他组织</c>), or null.</summary>
    internal static string? GroupLabel(FormatEntry entry)
    {
        int dot = entry.LabelZh.LastIndexOf(" · ", StringComparison.Ordinal);
        return dot < 0 ? null : entry.LabelZh[..dot];
    }

    private static ImmutableArray<PrintedTable> Build(EditionFormat format) =>
        [format.Edition == ReportEdition.Edition2019 ? BuildProactiveDisclosure2019() : BuildProactiveDisclosure(), BuildApplications(format), BuildReviewAndLitigation(format.Cells)];

    private static PrintedTable BuildProactiveDisclosure()
    {
        var t = new TableWriter(ReportFormat.ProactiveDisclosure, 4, ReportEdition.Edition2021);

        // 第二十条第（一）项: 规章 and 行政规范性文件, three counts each; one decision count a row under 第二十条第（五）项 and
        // 第（六）项, the fee amount under 第（八）项.
        Block(t, "第二十条第（一）项", ReportFormat.DisclosureCells, [(int)DisclosureCell.RegulationsIssued, (int)DisclosureCell.NormativeDocumentsIssued], 3);
        Block(t, "第二十条第（五）项", ReportFormat.DisclosureCells, [(int)DisclosureCell.LicensingDecisions], 1);
        Block(t, "第二十条第（六）项", ReportFormat.DisclosureCells, [(int)DisclosureCell.PenaltiesDecisions, (int)DisclosureCell.CompulsoryMeasuresDecisions], 1);
        Block(t, "第二十条第（八）项", ReportFormat.DisclosureCells, [(int)DisclosureCell.FeesAmount], 1, "本年收费金额（单位：万元）");
        return t.ToTable();
    }

    private static PrintedTable BuildProactiveDisclosure2019()
    {
        // The trial format's section 二: five blocks, each row's cells in the block's columns; the fee row has two cells
        // and the procurement row two, the last spanning the remaining columns.
        var t = new TableWriter(ReportFormat.ProactiveDisclosure, 4, ReportEdition.Edition2019);
        ImmutableArray<FormatEntry> cells = ReportFormat.DisclosureCells2019;
        Block(t, "第二十条第（一）项", cells, [(int)DisclosureCell2019.RegulationsMade, (int)DisclosureCell2019.NormativeDocumentsMade], 3);
        Block(t, "第二十条第（五）项", cells, [(int)DisclosureCell2019.LicensingPreviousYearItems, (int)DisclosureCell2019.OtherServicesPreviousYearItems], 3);
        Block(t, "第二十条第（六）项", cells, [(int)DisclosureCell2019.PenaltiesPreviousYearItems, (int)DisclosureCell2019.CompulsoryMeasuresPreviousYearItems], 3);
        Block(t, "第二十条第（八）项", cells, [(int)DisclosureCell2019.FeesPreviousYearItems], 2);
        Block(t, "第二十条第（九）项", cells, [(int)DisclosureCell2019.ProcurementProjects], 2);
        return t.ToTable();
    }

    /// <summary>
    /// A block of section 二: its title, a header row (信息内容 and the cells' labels) and one row a label with its
    /// <paramref name="width"/> values; the last header and value span what is left of the table's three number columns.
    /// </summary>
    private static void Block(TableWriter t, string title, ImmutableArray<FormatEntry> cells, int[] firstCells, int width, string? lastHeader = null)
    {
        const int NumberColumns = 3;
        int lastSpan = NumberColumns - width + 1;
        if (t.HasCells)
        {
            t.NextRow();
        }

        t.Cell(PrintedCellKind.BlockTitle, title, columnSpan: NumberColumns + 1);
        t.NextRow();
        t.Cell(PrintedCellKind.ColumnHeader, ContentHeader);
        for (int c = 0; c < width; c++)
        {
            FormatEntry cell = cells[firstCells[0] + c];
            t.Cell(PrintedCellKind.ColumnHeader, c == width - 1 && lastHeader is not null ? lastHeader : cell.LabelZh, columnSpan: c == width - 1 ? lastSpan : 1, entry: cell);
        }

        foreach (int first in firstCells)
        {
            FormatEntry row = cells[first].Parent!;
            t.NextRow();
            t.Cell(PrintedCellKind.RowHeader, row.LabelZh, entry: row);
            for (int c = 0; c < width; c++)
            {
                t.Value(TableCells.DisclosureStart + first + c, columnSpan: c == width - 1 ? lastSpan : 1);
            }
        }
    }

    private static PrintedTable BuildApplications(EditionFormat format)
    {
        const int Columns = ReportFormat.ApplicantColumnCount;
        TableCells cells = format.Cells;
        var t = new TableWriter(ReportFormat.Applications, 3 + Columns, format.Edition);
        ImmutableArray<FormatEntry> columns = ReportFormat.ApplicantColumns;

        t.Cell(PrintedCellKind.Note, ApplicationsNote, rowSpan: 3, columnSpan: 3);
        t.Cell(PrintedCellKind.ColumnHeader, ApplicantsHeader, columnSpan: Columns);
        t.NextRow();
        t.Cell(PrintedCellKind.ColumnHeader, columns[0].LabelZh, rowSpan: 2, entry: columns[0]);
        t.Cell(PrintedCellKind.ColumnHeader, GroupLabel(columns[1])!, columnSpan: ReportFormat.ApplicantDetailColumnCount - 1);
        t.Cell(PrintedCellKind.ColumnHeader, columns[^1].LabelZh, rowSpan: 2, entry: columns[^1]);
        t.NextRow();
        for (int c = 1; c < ReportFormat.ApplicantDetailColumnCount; c++)
        {
            t.Cell(PrintedCellKind.ColumnHeader, ShortLabel(columns[c]), entry: columns[c]);
        }

        FormatEntry? group = null;
        FormatEntry outcomes = format.Get(ApplicationRow.Disclosed).Parent!;
        foreach (ApplicationRow r in format.ApplicationRows)
        {
            FormatEntry row = format.Get(r);
            t.NextRow();
            if (row.Parent == outcomes)
            {
                if (r == ReportFormat.FirstOutcomeRow)
                {
                    // The outcome rows and （七）总计 beside 三、本年度办理结果.
                    t.Cell(PrintedCellKind.RowHeader, outcomes.LabelZh, rowSpan: format.OutcomeRows.Length + 1, entry: outcomes);
                }

                t.Cell(PrintedCellKind.RowHeader, row.LabelZh, columnSpan: 2, entry: row);
            }
            else if (row.Parent!.Parent == outcomes)
            {
                if (row.Parent != group)
                {
                    group = row.Parent;
                    int span = format.ApplicationRows.Count(e => format.Get(e).Parent == group);
                    t.Cell(PrintedCellKind.RowHeader, group.LabelZh, rowSpan: span, entry: group);
                }

                t.Cell(PrintedCellKind.RowHeader, row.LabelZh, entry: row);
            }
            else
            {
                t.Cell(PrintedCellKind.RowHeader, row.LabelZh, columnSpan: 3, entry: row);
            }

            for (int c = 0; c < Columns; c++)
            {
                t.Value(cells.ApplicationCell(r, (ApplicantColumn)c));
            }
        }

        return t.ToTable();
    }

    private static PrintedTable BuildReviewAndLitigation(TableCells cells)
    {
        const int Columns = TableCells.CaseColumnCount;
        ImmutableArray<FormatEntry> blocks = ReportFormat.CaseBlocks;
        var t = new TableWriter(ReportFormat.ReviewAndLitigation, blocks.Length * Columns, cells.Format.Edition);
        t.Cell(PrintedCellKind.ColumnHeader, blocks[0].LabelZh, columnSpan: Columns, entry: blocks[0]);
        t.Cell(PrintedCellKind.ColumnHeader, GroupLabel(blocks[1])!, columnSpan: (blocks.Length - 1) * Columns);
        t.NextRow();
        foreach (FormatEntry column in ReportFormat.CaseColumns)
        {
            t.Cell(PrintedCellKind.ColumnHeader, column.LabelZh, rowSpan: 2, entry: FormatEntry.Cell(blocks[0], column));
        }

        for (int b = 1; b < blocks.Length; b++)
        {
            t.Cell(PrintedCellKind.ColumnHeader, ShortLabel(blocks[b]), columnSpan: Columns, entry: blocks[b]);
        }

        t.NextRow();
        for (int b = 1; b < blocks.Length; b++)
        {
            foreach (FormatEntry column in ReportFormat.CaseColumns)
            {
                t.Cell(PrintedCellKind.ColumnHeader, column.LabelZh, entry: FormatEntry.Cell(blocks[b], column));
            }
        }

        t.NextRow();
        for (int i = 0; i < blocks.Length * Columns; i++)
        {
            t.Value(cells.CaseStart + i);
        }

        return t.ToTable();
    }

    /// <summary>Lays cells out row by row, skipping the grid slots that cells of earlier rows span into.</summary>
    private sealed class TableWriter(FormatEntry section, int width, ReportEdition edition)
    {
        private readonly List<ImmutableArray<PrintedCell>> _rows = [];
        private readonly List<PrintedCell> _current = [];
        private readonly List<int> _occupiedUntil = [.. Enumerable.Repeat(0, width)];
        private int _row;
        private int _column;

        public bool HasCells => _current.Count > 0 || _rows.Count > 0;

        public void Cell(PrintedCellKind kind, string text, int rowSpan = 1, int columnSpan = 1, FormatEntry? entry = null) =>
            Add(kind, text, rowSpan, columnSpan, entry, -1);

        public void Value(int cellIndex, int columnSpan = 1) => Add(PrintedCellKind.Value, string.Empty, 1, columnSpan, null, cellIndex);

        public void NextRow()
        {
            if (_column + SkipOccupied(_column) < width)
            {
                throw new InvalidOperationException($"Printed layout of {section.Id}: row {_row} ends at column {_column} of {width}.");
            }

            _rows.Add([.. _current]);
            _current.Clear();
            _row++;
            _column = 0;
        }

        public PrintedTable ToTable()
        {
            NextRow();
            return new PrintedTable(section, width, [.. _rows]);
        }

        private int SkipOccupied(int from)
        {
            int skipped = 0;
            while (from + skipped < width && _occupiedUntil[from + skipped] > _row)
            {
                skipped++;
            }

            return skipped;
        }

        private void Add(PrintedCellKind kind, string text, int rowSpan, int columnSpan, FormatEntry? entry, int cellIndex)
        {
            _column += SkipOccupied(_column);
            if (_column + columnSpan > width)
            {
                throw new InvalidOperationException($"Printed layout of {section.Id}: row {_row} overflows at '{text}'.");
            }

            _current.Add(new PrintedCell(kind, text, _row, _column, rowSpan, columnSpan, entry, cellIndex, edition));
            for (int c = _column; c < _column + columnSpan; c++)
            {
                _occupiedUntil[c] = _row + rowSpan;
            }

            _column += columnSpan;
        }
    }
}
