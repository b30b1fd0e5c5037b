using System.Collections.Immutable;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Format;

/// <summary>
/// Every number of a report as one flat, catalogue-ordered list of cells: the ten cells of section 二, the 175 cells of
/// section 三 (row by row), the 15 cells of section 四 (block by block) and the information processing fee. Consolidation
/// and comparison walk this list instead of the typed model, so one loop handles every cell.
/// </summary>
internal static class TableCells
{
    public const int DisclosureStart = 0;
    public const int ApplicationStart = DisclosureStart + (int)DisclosureCell.FeesAmount + 1;
    public const int CaseStart = ApplicationStart + (ReportFormat.ApplicationRowCount * ReportFormat.ApplicantColumnCount);
    public const int CaseColumnCount = (int)CaseColumn.Total + 1;
    public const int InformationProcessingFee = CaseStart + ((int)CaseBlock.LitigationAfterReview + 1) * CaseColumnCount;

    /// <summary>The number of cells (201).</summary>
    public const int Count = InformationProcessingFee + 1;

    /// <summary>The JSON Pointer of every cell, by index.</summary>
    public static readonly ImmutableArray<string> Pointers;

    /// <summary>The catalogue entry of every cell, labelled with its row (or block) and column, by index.</summary>
    public static readonly ImmutableArray<FormatEntry> Entries;

#pragma warning disable CA1810 // Both arrays are built in one pass over the catalogue.
    static TableCells()
#pragma warning restore CA1810
    {
        var entries = new FormatEntry[Count];
        for (int cell = 0; cell <= (int)DisclosureCell.FeesAmount; cell++)
        {
            entries[DisclosureStart + cell] = ReportFormat.Get((DisclosureCell)cell);
        }

        for (int row = 0; row < ReportFormat.ApplicationRowCount; row++)
        {
            for (int column = 0; column < ReportFormat.ApplicantColumnCount; column++)
            {
                entries[ApplicationStart + (row * ReportFormat.ApplicantColumnCount) + column] =
                    FormatEntry.Cell(ReportFormat.ApplicationRows[row], ReportFormat.ApplicantColumns[column]);
            }
        }

        for (int block = 0; block < ReportFormat.CaseBlocks.Length; block++)
        {
            for (int column = 0; column < CaseColumnCount; column++)
            {
                entries[CaseStart + (block * CaseColumnCount) + column] = FormatEntry.Cell(ReportFormat.CaseBlocks[block], ReportFormat.CaseColumns[column]);
            }
        }

        entries[InformationProcessingFee] = ReportFormat.InformationProcessingFee;
        Entries = [.. entries];
        Pointers = [.. entries.Select(e => e.JsonPointer)];
    }

    /// <summary>Whether the cell holds an amount (a decimal) rather than a count.</summary>
    public static bool IsAmount(int index) => index is DisclosureStart + (int)DisclosureCell.FeesAmount or InformationProcessingFee;

    /// <summary>Copies every cell of a report into <paramref name="values"/> (blanks as <see langword="null"/>).</summary>
    public static void Read(AnnualReport report, Span<decimal?> values)
    {
        ProactiveDisclosure disclosure = report.ProactiveDisclosure;
        for (int cell = 0; cell <= (int)DisclosureCell.FeesAmount; cell++)
        {
            values[DisclosureStart + cell] = disclosure[(DisclosureCell)cell];
        }

        Applications applications = report.Applications;
        for (int row = 0; row < ReportFormat.ApplicationRowCount; row++)
        {
            ApplicantBreakdown breakdown = applications[(ApplicationRow)row];
            for (int column = 0; column < ReportFormat.ApplicantColumnCount; column++)
            {
                values[ApplicationStart + (row * ReportFormat.ApplicantColumnCount) + column] = breakdown[(ApplicantColumn)column];
            }
        }

        for (int block = 0; block < ReportFormat.CaseBlocks.Length; block++)
        {
            CaseOutcomes outcomes = report.ReviewAndLitigation[(CaseBlock)block];
            for (int column = 0; column < CaseColumnCount; column++)
            {
                values[CaseStart + (block * CaseColumnCount) + column] = outcomes[(CaseColumn)column];
            }
        }

        values[InformationProcessingFee] = report.InformationProcessingFeeYuan;
    }

    /// <summary>A report whose tables hold <paramref name="values"/>; every count must be a whole number that fits an <see cref="int"/>.</summary>
    public static AnnualReport Build(
        decimal?[] values, ReportEdition edition, int year, Agency agency, Narrative? overview, Narrative? problemsAndImprovements, Narrative? otherMatters)
    {
        int? CountAt(int index) => values[index] is { } v ? (int)v : null;

        var applicationCells = new int?[ReportFormat.ApplicationRowCount * ReportFormat.ApplicantColumnCount];
        for (int i = 0; i < applicationCells.Length; i++)
        {
            applicationCells[i] = CountAt(ApplicationStart + i);
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

        DocumentCounts Documents(DisclosureCell issued) => new()
        {
            Issued = CountAt(DisclosureStart + (int)issued),
            Abolished = CountAt(DisclosureStart + (int)issued + 1),
            InForce = CountAt(DisclosureStart + (int)issued + 2),
        };

        return new AnnualReport
        {
            Edition = edition,
            Year = year,
            Agency = agency,
            Overview = overview,
            ProactiveDisclosure = new ProactiveDisclosure
            {
                Regulations = Documents(DisclosureCell.RegulationsIssued),
                NormativeDocuments = Documents(DisclosureCell.NormativeDocumentsIssued),
                Licensing = new DecisionCount { Decisions = CountAt(DisclosureStart + (int)DisclosureCell.LicensingDecisions) },
                Penalties = new DecisionCount { Decisions = CountAt(DisclosureStart + (int)DisclosureCell.PenaltiesDecisions) },
                CompulsoryMeasures = new DecisionCount { Decisions = CountAt(DisclosureStart + (int)DisclosureCell.CompulsoryMeasuresDecisions) },
                Fees = new FeeAmount { Amount = values[DisclosureStart + (int)DisclosureCell.FeesAmount] },
            },
            Applications = AnnualReportBuilder.BuildApplications(applicationCells),
            ReviewAndLitigation = new ReviewAndLitigation
            {
                Review = Block(CaseBlock.Review),
                LitigationWithoutReview = Block(CaseBlock.LitigationWithoutReview),
                LitigationAfterReview = Block(CaseBlock.LitigationAfterReview),
            },
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
