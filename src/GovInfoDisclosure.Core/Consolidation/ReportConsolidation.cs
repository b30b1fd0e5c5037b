using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Consolidation;

/// <summary>
/// Consolidates the reports of several bodies (a county's townships and departments, say) into one report whose every
/// table cell is the sum of the parts' cells.
/// </summary>
/// <remarks>
/// <para>
/// Every cell of sections 二, 三 and 四 is summed, the fee amount (万元) and the information processing fee (元) too, as exact
/// decimals. Totals are summed like every other cell, never recomputed: the consolidation of reports whose totals are
/// right has right totals. Narratives are not summed: the caller gives the consolidated report's agency, year and, if it
/// wishes, its text.
/// </para>
/// <para>
/// A blank is not a zero: a cell blank in any part is blank in the consolidation, and
/// <see cref="ConsolidationResult.Blanks"/> says which parts left it blank. The information processing fee is optional in a
/// report, so a part that does not state it makes the consolidated fee blank too (and is listed).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// ConsolidationResult county = ReportConsolidation.Consolidate(townships, 2022, new Agency { Name = "涞源县人民政府" });
/// foreach (ConsolidationBlank blank in county.Blanks) Console.WriteLine($"{blank.Path}: blank in parts {string.Join(", ", blank.Parts)}");
/// </code>
/// </example>
public static class ReportConsolidation
{
    /// <summary>Consolidates reports of one year and one edition.</summary>
    /// <param name="parts">The reports to consolidate, at least one, all of <paramref name="year"/> and of one edition.</param>
    /// <param name="year">The year of the parts and of the consolidated report.</param>
    /// <param name="agency">The body the consolidated report is of (the county, say).</param>
    /// <param name="overview">一、总体情况 of the consolidated report, if any.</param>
    /// <param name="problemsAndImprovements">五、存在的主要问题及改进情况 of the consolidated report, if any.</param>
    /// <param name="otherMatters">六、其他需要报告的事项 of the consolidated report, if any.</param>
    /// <returns>The consolidated report and the cells left blank, with the parts that were blank there.</returns>
    /// <exception cref="ArgumentException">
    /// No part; a part is <see langword="null"/>; a part is of another year than <paramref name="year"/> or of another edition
    /// than the first part; or a cell's sum does not fit a count (more than <see cref="int.MaxValue"/>) or a decimal.
    /// </exception>
    public static ConsolidationResult Consolidate(
        IEnumerable<AnnualReport> parts, int year, Agency agency, Narrative? overview = null, Narrative? problemsAndImprovements = null,
        Narrative? otherMatters = null)
    {
        Guard.Against.Null(parts, nameof(parts));
        Guard.Against.Null(agency, nameof(agency));
        Guard.Against.OutOfRange(year, nameof(year), AnnualReport.MinYear, AnnualReport.MaxYear);
        ImmutableArray<AnnualReport> list = [.. parts];
        if (list.IsEmpty)
        {
            throw new ArgumentException("There is nothing to consolidate: give at least one report.", nameof(parts));
        }

        for (int i = 0; i < list.Length; i++)
        {
            AnnualReport part = list[i] ?? throw new ArgumentException($"Part {i} is null.", nameof(parts));
            if (part.Year != year)
            {
                throw new ArgumentException(
                    $"Only reports of one year can be consolidated: part {i} ({part.Agency.Name}) is a report on {part.Year}, not on {year}.", nameof(parts));
            }

            if (part.Edition != list[0].Edition)
            {
                throw new ArgumentException(
                    $"Only reports of one edition of the format can be consolidated: part {i} ({part.Agency.Name}) follows the "
                    + $"{ReportFormat.EditionKey(part.Edition)} edition, part 0 ({list[0].Agency.Name}) the {ReportFormat.EditionKey(list[0].Edition)} edition.",
                    nameof(parts));
            }
        }

        TableCells cells = ReportFormat.Of(list[0].Edition).Cells;
        MoneyUnit? unit = CommonProcurementUnit(list);
        var sums = new decimal?[cells.Count];
        var blankParts = new List<int>?[cells.Count];
        var values = new decimal?[cells.Count];
        for (int i = 0; i < list.Length; i++)
        {
            cells.Read(list[i], values);
            ToUnit(list[i], values, cells, unit);
            for (int cell = 0; cell < cells.Count; cell++)
            {
                if (values[cell] is not { } value)
                {
                    (blankParts[cell] ??= []).Add(i);
                }
                else if (blankParts[cell] is null)
                {
                    sums[cell] = Add(cells, sums[cell] ?? 0m, value, cell, nameof(parts));
                }
            }
        }

        var blanks = ImmutableArray.CreateBuilder<ConsolidationBlank>();
        for (int cell = 0; cell < cells.Count; cell++)
        {
            if (blankParts[cell] is { } blank)
            {
                sums[cell] = null;
                blanks.Add(new ConsolidationBlank(cells.Pointers[cell], [.. blank]));
            }
        }

        AnnualReport report = cells.Build(sums, year, agency, overview, problemsAndImprovements, otherMatters, unit);
        return new ConsolidationResult(report, list.Length, blanks.ToImmutable());
    }

    /// <summary>The index of the 2019 edition's procurement amount among its cells: section 二's last, before section 三's.</summary>
    internal static int AmountCell(TableCells cells) => cells.ApplicationStart - 1;

    /// <summary>The unit of a 2019-edition report's procurement amount; <see langword="null"/> otherwise or when none is printed.</summary>
    internal static MoneyUnit? ProcurementUnit(AnnualReport report) => report.ProactiveDisclosure2019?.Procurement.AmountUnit;

    /// <summary>
    /// Converts a 2019-edition report's procurement amount in <paramref name="values"/> to <paramref name="unit"/> (元 to
    /// 万元 and back are exact in decimal). An amount with no unit printed is left as it is, and so is every 2021 report.
    /// </summary>
    internal static void ToUnit(AnnualReport report, decimal?[] values, TableCells cells, MoneyUnit? unit)
    {
        int amount = AmountCell(cells);
        if (ProcurementUnit(report) is { } from && unit is { } to && from != to && values[amount] is { } value)
        {
            values[amount] = to == MoneyUnit.TenThousandYuan ? value / 10000m : value * 10000m;
        }
    }

    /// <summary>
    /// The unit of the consolidated procurement amount: the parts' own when they agree, 万元 when they print 元 and 万元.
    /// A part whose amount has no unit printed beside parts that print one cannot be added without a guess: refused.
    /// </summary>
    private static MoneyUnit? CommonProcurementUnit(ImmutableArray<AnnualReport> parts)
    {
        var units = parts.Where(p => p.ProactiveDisclosure2019?.Procurement.Amount is not null).Select(ProcurementUnit).Distinct().ToList();
        if (units.Count > 1 && units.Contains(null))
        {
            int i = parts.IndexOf(parts.First(p => p.ProactiveDisclosure2019?.Procurement is { Amount: not null, AmountUnit: null }));
            throw new ArgumentException(
                $"The parts cannot be consolidated: part {i} ({parts[i].Agency.Name}) prints its procurement amount (采购总金额) without a unit, and other parts print one; adding them would guess the unit.",
                nameof(parts));
        }

        return UnitOfSum(units);
    }

    /// <summary>
    /// The unit a sum of procurement amounts printed in <paramref name="units"/> is in: theirs when they agree (none when
    /// none is printed), 万元 when they print 元 and 万元.
    /// </summary>
    internal static MoneyUnit? UnitOfSum(IEnumerable<MoneyUnit?> units)
    {
        MoneyUnit? common = null;
        bool first = true;
        foreach (MoneyUnit? unit in units)
        {
            if (first)
            {
                (common, first) = (unit, false);
            }
            else if (unit != common)
            {
                return MoneyUnit.TenThousandYuan;
            }
        }

        return common;
    }

    private static decimal Add(TableCells cells, decimal sum, decimal value, int cell, string parameterName)
    {
        if (!TableCells.TryAddExact(sum, value, out decimal result))
        {
            throw new ArgumentException(
                $"The parts cannot be consolidated: the cell {cells.Pointers[cell]} ({cells.Entries[cell].QualifiedLabelZh}) adds up to more than a decimal can hold exactly.",
                parameterName);
        }

        if (!cells.IsAmount(cell) && (result > int.MaxValue || result < int.MinValue))
        {
            throw new ArgumentException(
                $"The parts cannot be consolidated: the cell {cells.Pointers[cell]} ({cells.Entries[cell].QualifiedLabelZh}) adds up to "
                + $"{result.ToString(CultureInfo.InvariantCulture)} or more, more than a count can hold ({int.MaxValue.ToString(CultureInfo.InvariantCulture)}).",
                parameterName);
        }

        return result;
    }
}

/// <summary>The outcome of <see cref="ReportConsolidation.Consolidate"/>: the consolidated report and where parts were blank.</summary>
public sealed class ConsolidationResult
{
    internal ConsolidationResult(AnnualReport report, int partCount, ImmutableArray<ConsolidationBlank> blanks)
    {
        Report = report;
        PartCount = partCount;
        Blanks = blanks;
    }

    /// <summary>The consolidated report: every table cell the sum of the parts', blank where any part is blank.</summary>
    public AnnualReport Report { get; }

    /// <summary>The number of parts consolidated.</summary>
    public int PartCount { get; }

    /// <summary>Every cell left blank because a part was blank there, in the catalogue's order.</summary>
    public ImmutableArray<ConsolidationBlank> Blanks { get; }

    /// <summary>Whether every cell of every part was filled, so that every consolidated cell is a sum.</summary>
    public bool IsComplete => Blanks.IsEmpty;
}

/// <summary>A cell of the consolidated report left blank, and the parts (by index, in the order given) that were blank there.</summary>
public sealed class ConsolidationBlank : IEquatable<ConsolidationBlank>
{
    /// <summary>Creates a blank record.</summary>
    /// <param name="path">The JSON Pointer of the cell.</param>
    /// <param name="parts">The indexes of the parts blank there, ascending.</param>
    public ConsolidationBlank(string path, ImmutableArray<int> parts)
    {
        Path = Guard.Against.NullOrWhiteSpace(path, nameof(path));
        Parts = parts.IsDefault ? [] : parts;
    }

    /// <summary>The JSON Pointer of the cell (<c>/applications/received/total</c>).</summary>
    public string Path { get; }

    /// <summary>The indexes of the parts that were blank there, ascending.</summary>
    public ImmutableArray<int> Parts { get; }

    /// <summary>The catalogue entry of the cell, for its printed label.</summary>
    public FormatEntry? Cell => ReportFormat.FindByPointerInAnyEdition(Path);

    /// <summary>Equality operator.</summary>
    /// <param name="left">One blank.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ConsolidationBlank? left, ConsolidationBlank? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">One blank.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ConsolidationBlank? left, ConsolidationBlank? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(ConsolidationBlank? other) =>
        other is not null && Path == other.Path && Parts.AsSpan().SequenceEqual(other.Parts.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConsolidationBlank);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Parts.Length);

    /// <inheritdoc />
    public override string ToString() => $"{Path}: blank in part(s) {string.Join(", ", Parts)}";
}
