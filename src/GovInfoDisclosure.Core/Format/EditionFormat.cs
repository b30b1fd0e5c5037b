using System.Collections.Immutable;

namespace GovInfoDisclosure.Core.Format;

/// <summary>
/// The catalogue of one edition of the national format: its section 二 (rows and cells), the rows of section 三 it
/// prints and their cells. The sections, the columns of section 三 and section 四 are common to both editions and stay
/// on <see cref="ReportFormat"/>. Get one with <see cref="ReportFormat.Of"/>.
/// </summary>
public sealed class EditionFormat
{
    private readonly FormatEntry?[] _rows;
    private readonly FormatEntry?[] _cells;
    private readonly Lazy<TableCells> _tableCells;
    private readonly Lazy<Dictionary<string, FormatEntry>> _byPointer;

    internal EditionFormat(ReportEdition edition, ImmutableArray<FormatEntry> disclosureRows, ImmutableArray<FormatEntry> disclosureCells, FormatEntry?[] rows)
    {
        Edition = edition;
        DisclosureRows = disclosureRows;
        DisclosureCells = disclosureCells;
        _rows = rows;
        _cells = new FormatEntry?[rows.Length * ReportFormat.ApplicantColumnCount];
        for (int r = 0; r < rows.Length; r++)
        {
            for (int c = 0; c < ReportFormat.ApplicantColumnCount && rows[r] is { } row; c++)
            {
                _cells[(r * ReportFormat.ApplicantColumnCount) + c] = FormatEntry.Cell(row, ReportFormat.ApplicantColumns[c]);
            }
        }

        ApplicationRows = [.. Enumerable.Range(0, rows.Length).Where(r => rows[r] is not null).Select(r => (ApplicationRow)r)];
        OutcomeRows = [.. ApplicationRows.Where(r => r is >= ReportFormat.FirstOutcomeRow and <= ReportFormat.LastOutcomeRow)];
        _tableCells = new(() => new TableCells(this));
        _byPointer = new(BuildPointerIndex);
    }

    /// <summary>The edition.</summary>
    public ReportEdition Edition { get; }

    /// <summary>The edition's value of the document key <c>edition</c> (<c>"2021"</c>, <c>"2019"</c>).</summary>
    public string Key => ReportFormat.EditionKey(Edition);

    /// <summary>The rows of section 二, in printed order.</summary>
    public ImmutableArray<FormatEntry> DisclosureRows { get; }

    /// <summary>
    /// The number cells of section 二, in printed order: indexed by <see cref="DisclosureCell"/> in the 2021 edition and
    /// by <see cref="DisclosureCell2019"/> in the 2019 edition.
    /// </summary>
    public ImmutableArray<FormatEntry> DisclosureCells { get; }

    /// <summary>The rows of section 三 the edition prints, in printed order (25 in 2021, 23 in 2019).</summary>
    public ImmutableArray<ApplicationRow> ApplicationRows { get; }

    /// <summary>The rows of section 三 that add up to （七）总计 (21 in 2021, 19 in 2019).</summary>
    public ImmutableArray<ApplicationRow> OutcomeRows { get; }

    /// <summary>Whether the edition prints a row of section 三 (the 2019 edition has no rows 1 and 2 under （六）其他处理).</summary>
    /// <param name="row">The row.</param>
    /// <returns><see langword="true"/> when printed.</returns>
    public bool Prints(ApplicationRow row) => (uint)row < (uint)_rows.Length && _rows[(int)row] is not null;

    /// <summary>The entry of a row of section 三 in this edition (the 2019 edition's <see cref="ApplicationRow.OtherHandling"/> is <c>（六）其他处理</c>).</summary>
    /// <param name="row">A row the edition prints.</param>
    /// <returns>The catalogue entry.</returns>
    public FormatEntry Get(ApplicationRow row) =>
        Prints(row) ? _rows[(int)row]! : throw new ArgumentOutOfRangeException(nameof(row), row, $"The {Key} edition does not print this row of section 三.");

    /// <summary>The entry of a cell of section 三, labelled with its row and column.</summary>
    /// <param name="row">A row the edition prints.</param>
    /// <param name="column">The column.</param>
    /// <returns>The catalogue entry.</returns>
    public FormatEntry CellEntry(ApplicationRow row, ApplicantColumn column) =>
        (uint)column < ReportFormat.ApplicantColumnCount && Prints(row)
            ? _cells[((int)row * ReportFormat.ApplicantColumnCount) + (int)column]!
            : throw new ArgumentOutOfRangeException(nameof(row), row, $"The {Key} edition does not print this cell of section 三.");

    /// <summary>The JSON Pointer of a cell of section 三 in this edition.</summary>
    /// <param name="row">A row the edition prints.</param>
    /// <param name="column">The column.</param>
    /// <returns>The JSON Pointer.</returns>
    public string CellPointer(ApplicationRow row, ApplicantColumn column) => CellEntry(row, column).JsonPointer;

    /// <summary>
    /// The entry of a cell, row, group or section of this edition by its JSON Pointer, labelled for messages;
    /// <see langword="null"/> when the pointer names nothing of the edition's catalogue.
    /// </summary>
    /// <param name="jsonPointer">The JSON Pointer.</param>
    /// <returns>The entry, or <see langword="null"/>.</returns>
    public FormatEntry? FindByPointer(string jsonPointer) =>
        jsonPointer is not null && _byPointer.Value.TryGetValue(jsonPointer, out FormatEntry? entry) ? entry : null;

    /// <summary>Every number of a report of this edition as one flat, printed-order list.</summary>
    internal TableCells Cells => _tableCells.Value;

    /// <inheritdoc/>
    public override string ToString() => Key;

    private Dictionary<string, FormatEntry> BuildPointerIndex()
    {
        var index = new Dictionary<string, FormatEntry>(StringComparer.Ordinal);
        foreach (FormatEntry e in DisclosureRows.Concat(DisclosureCells).Concat(_rows.OfType<FormatEntry>()).Concat(Cells.Entries))
        {
            index.TryAdd(e.JsonPointer, e);
        }

        if (Edition == ReportEdition.Edition2019)
        {
            index.TryAdd(ReportFormat.ProcurementAmountUnit.JsonPointer, ReportFormat.ProcurementAmountUnit);
        }

        // What both editions share (sections, groups, section 四, the document's own keys) comes from the common catalogue.
        foreach (FormatEntry e in ReportFormat.CommonEntries())
        {
            index.TryAdd(e.JsonPointer, e);
        }

        return index;
    }
}
