using System.Collections.Immutable;

namespace GovInfoDisclosure.Core.Format;

/// <summary>
/// Every number of a report of one edition as one flat, printed-order list of cells: the cells of section 二, the cells
/// of section 三 row by row (the rows the edition prints), the 15 cells of section 四 block by block and the information
/// processing fee (201 cells in the 2021 edition, 199 in the 2019 edition). Consolidation, comparison and the printed
/// layout walk this list instead of the typed model, so one loop handles every cell of either edition.
/// </summary>
internal sealed class TableCells
{
    public const int DisclosureStart = 0;
    public const int CaseColumnCount = (int)CaseColumn.Total + 1;
    private const int Columns = ReportFormat.ApplicantColumnCount;

    private readonly int[] _rowStart;

    public TableCells(EditionFormat format)
    {
        Format = format;
        ApplicationStart = DisclosureStart + format.DisclosureCells.Length;
        CaseStart = ApplicationStart + (format.ApplicationRows.Length * Columns);
        InformationProcessingFee = CaseStart + (ReportFormat.CaseBlocks.Length * CaseColumnCount);
        Count = InformationProcessingFee + 1;
        AmountCell = DisclosureStart + format.DisclosureCells.Length - 1;

        _rowStart = new int[ReportFormat.ApplicationRowCount];
        Array.Fill(_rowStart, -1);
        var entries = new List<FormatEntry>(Count);
        entries.AddRange(format.DisclosureCells);
        foreach (ApplicationRow row in format.ApplicationRows)
        {
            _rowStart[(int)row] = entries.Count;
            for (int column = 0; column < Columns; column++)
            {
                entries.Add(format.CellEntry(row, (ApplicantColumn)column));
            }
        }

        for (int block = 0; block < ReportFormat.CaseBlocks.Length; block++)
        {
            for (int column = 0; column < CaseColumnCount; column++)
            {
                entries.Add(FormatEntry.Cell(ReportFormat.CaseBlocks[block], ReportFormat.CaseColumns[column]));
            }
        }

        entries.Add(ReportFormat.InformationProcessingFee);
        Entries = [.. entries];
        Pointers = [.. entries.Select(e => e.JsonPointer)];
    }

    public EditionFormat Format { get; }

    public int ApplicationStart { get; }

    public int CaseStart { get; }

    public int InformationProcessingFee { get; }

    /// <summary>The number of cells.</summary>
    public int Count { get; }

    /// <summary>The JSON Pointer of every cell, by index.</summary>
    public ImmutableArray<string> Pointers { get; }

    /// <summary>The catalogue entry of every cell, labelled with its row (or block) and column, by index.</summary>
    public ImmutableArray<FormatEntry> Entries { get; }

    /// <summary>Section 二's amount (the fee amount in 2021, the procurement amount in 2019): the last cell of section 二.</summary>
    private int AmountCell { get; }

    /// <summary>The index of a cell of section 三; the row must be one the edition prints.</summary>
    public int ApplicationCell(ApplicationRow row, ApplicantColumn column) => _rowStart[(int)row] + (int)column;

    /// <summary>Whether the cell holds an amount (a decimal) rather than a count.</summary>
    public bool IsAmount(int index) => index == AmountCell || index == InformationProcessingFee;

    /// <summary>Whether the cell is a signed count (the 2019 edition's 本年增/减).</summary>
    public bool IsSigned(int index) => Entries[index].IsSigned;

    /// <summary>Copies every cell of a report of this edition into <paramref name="values"/> (blanks as <see langword="null"/>).</summary>
    public void Read(AnnualReport report, Span<decimal?> values)
    {
        if (report.ProactiveDisclosure2019 is { } disclosure2019)
        {
            for (int cell = 0; cell < ApplicationStart; cell++)
            {
                values[DisclosureStart + cell] = disclosure2019[(DisclosureCell2019)cell];
            }
        }
        else
        {
            ProactiveDisclosure disclosure = report.ProactiveDisclosure;
            for (int cell = 0; cell < ApplicationStart; cell++)
            {
                values[DisclosureStart + cell] = disclosure[(DisclosureCell)cell];
            }
        }

        var buffer = default(ApplicationRowBuffer);
        Span<ApplicantBreakdown> rows = buffer;
        report.CopyApplicationRows(rows);
        foreach (ApplicationRow row in Format.ApplicationRows)
        {
            rows[(int)row].CopyTo(values[_rowStart[(int)row]..]);
        }

        ReviewAndLitigation review = report.ReviewAndLitigation;
        review.Review.CopyTo(values[CaseStart..]);
        review.LitigationWithoutReview.CopyTo(values[(CaseStart + CaseColumnCount)..]);
        review.LitigationAfterReview.CopyTo(values[(CaseStart + (2 * CaseColumnCount))..]);

        values[InformationProcessingFee] = report.InformationProcessingFeeYuan;
    }

    /// <summary>
    /// A report of this edition whose tables hold <paramref name="values"/>; every count must be a whole number that fits
    /// an <see cref="int"/>. <paramref name="procurementUnit"/> is the 2019 edition's unit of the procurement amount.
    /// </summary>
    public AnnualReport Build(
        decimal?[] values, int year, Agency agency, Narrative? overview, Narrative? problemsAndImprovements, Narrative? otherMatters,
        MoneyUnit? procurementUnit = null)
    {
        int? CountAt(int index) => values[index] is { } v ? (int)v : null;

        var applicationCells = new int?[ReportFormat.ApplicationRowCount * Columns];
        foreach (ApplicationRow row in Format.ApplicationRows)
        {
            for (int column = 0; column < Columns; column++)
            {
                applicationCells[((int)row * Columns) + column] = CountAt(_rowStart[(int)row] + column);
            }
        }

        var caseCells = new int?[CaseColumnCount];
        CaseOutcomes Block(CaseBlock block)
        {
            for (int column = 0; column < CaseColumnCount; column++)
            {
                caseCells[column] = CountAt(CaseStart + ((int)block * CaseColumnCount) + column);
            }

            return CaseOutcomes.FromCells(caseCells);
        }

        var review = new ReviewAndLitigation
        {
            Review = Block(CaseBlock.Review),
            LitigationWithoutReview = Block(CaseBlock.LitigationWithoutReview),
            LitigationAfterReview = Block(CaseBlock.LitigationAfterReview),
        };

        if (Format.Edition == ReportEdition.Edition2019)
        {
            var disclosure = AnnualReportBuilder.BuildDisclosure2019(cell => CountAt(DisclosureStart + (int)cell), values[AmountCell], procurementUnit);
            return new AnnualReport(year, agency, disclosure, AnnualReportBuilder.BuildApplications2019(applicationCells), review)
            {
                Overview = overview,
                ProblemsAndImprovements = problemsAndImprovements,
                OtherMatters = otherMatters,
                InformationProcessingFeeYuan = values[InformationProcessingFee],
            };
        }

        return new AnnualReport
        {
            Edition = Format.Edition,
            Year = year,
            Agency = agency,
            Overview = overview,
            ProactiveDisclosure = AnnualReportBuilder.BuildDisclosure(cell => CountAt(DisclosureStart + (int)cell), values[AmountCell]),
            Applications = AnnualReportBuilder.BuildApplications(applicationCells),
            ReviewAndLitigation = review,
            ProblemsAndImprovements = problemsAndImprovements,
            OtherMatters = otherMatters,
            InformationProcessingFeeYuan = values[InformationProcessingFee],
        };
    }

    /// <summary>
    /// Adds two cell values exactly: false when the sum is beyond a decimal or would be rounded (a decimal holds 28–29
    /// significant digits), so that a sum is never silently altered.
    /// </summary>
    public static bool TryAddExact(decimal a, decimal b, out decimal sum)
    {
        try
        {
            sum = a + b;
        }
        catch (OverflowException)
        {
            sum = 0;
            return false;
        }

        return sum - b == a && sum - a == b;
    }
}
