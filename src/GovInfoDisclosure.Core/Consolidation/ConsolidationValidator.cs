using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Consolidation;

/// <summary>
/// Checks a consolidated report (a county's, say) against the reports it consolidates, cell by cell (GID401). Stateless and
/// thread-safe: one instance serves every thread.
/// </summary>
/// <remarks>
/// Every cell of sections 二, 三 and 四 and the information processing fee is compared with the exact sum of the parts'
/// cells. A cell blank in any part, or in the consolidated report, is skipped: a blank is reported once, by GID001, and
/// never makes another rule fire. The findings' paths are into the consolidated report, in the catalogue's order.
/// </remarks>
/// <example>
/// <code>
/// ValidationResult result = ConsolidationValidator.Default.Validate(county, townships);
/// </code>
/// </example>
public sealed class ConsolidationValidator
{
    /// <summary>Creates a validator.</summary>
    /// <param name="options">Which rules, which severities; <see cref="ValidatorOptions.Default"/> when omitted.</param>
    public ConsolidationValidator(ValidatorOptions? options = null)
    {
        Options = options ?? ValidatorOptions.Default;
    }

    /// <summary>A validator with default options.</summary>
    public static ConsolidationValidator Default { get; } = new();

    /// <summary>The options this validator applies.</summary>
    public ValidatorOptions Options { get; }

    /// <summary>Checks a consolidated report against its parts (GID401).</summary>
    /// <param name="consolidated">The consolidated report.</param>
    /// <param name="parts">The reports it consolidates.</param>
    /// <returns>A GID401 finding for every cell that differs from the sum of the parts.</returns>
    public ValidationResult Validate(AnnualReport consolidated, IEnumerable<AnnualReport> parts)
    {
        Guard.Against.Null(consolidated, nameof(consolidated));
        Guard.Against.Null(parts, nameof(parts));
        var diagnostics = new DiagnosticCollector(Options);
        if (!diagnostics.IsEnabled(Rules.Consolidation))
        {
            return ValidationResult.Empty;
        }

        TableCells cells = ReportFormat.Of(consolidated.Edition).Cells;
        var sums = new decimal?[cells.Count];
        var blank = new bool[cells.Count];
        var overflow = new bool[cells.Count];
        var values = new decimal?[cells.Count];
        // The procurement amounts are added in the consolidated report's unit; where it prints none, in the unit
        // consolidating the parts would give it (theirs when they agree, 万元 when they print 元 and 万元), never 元 and 万元
        // added as they stand.
        IReadOnlyList<AnnualReport> list = parts as IReadOnlyList<AnnualReport> ?? [.. parts];
        MoneyUnit? unit = ReportConsolidation.ProcurementUnit(consolidated) ?? ReportConsolidation.UnitOfSum(
            list.Where(p => p?.ProactiveDisclosure2019?.Procurement is { Amount: not null, AmountUnit: not null }).Select(ReportConsolidation.ProcurementUnit));
        int count = 0;
        foreach (AnnualReport part in list)
        {
            Guard.Against.Null(part, nameof(parts));
            if (part.Year != consolidated.Year || part.Edition != consolidated.Edition)
            {
                throw new ArgumentException(
                    $"Part {count} is a report on {part.Year} ({ReportFormat.EditionKey(part.Edition)} edition); the consolidated report is on {consolidated.Year} ({ReportFormat.EditionKey(consolidated.Edition)} edition). A consolidation sums reports of one year and one edition.",
                    nameof(parts));
            }

            count++;
            cells.Read(part, values);
            ReportConsolidation.ToUnit(part, values, cells, unit);
            for (int cell = 0; cell < cells.Count; cell++)
            {
                if (values[cell] is { } value)
                {
                    if (!overflow[cell])
                    {
                        overflow[cell] = !TableCells.TryAddExact(sums[cell] ?? 0m, value, out decimal sum);
                        sums[cell] = sum;
                    }
                }
                else
                {
                    blank[cell] = true;
                }
            }
        }

        if (count == 0)
        {
            return ValidationResult.Empty;
        }

        cells.Read(consolidated, values);
        for (int cell = 0; cell < cells.Count; cell++)
        {
            if (!blank[cell] && overflow[cell] && values[cell] is { } big)
            {
                // The parts add up beyond what a decimal holds exactly: no consolidated value can be right.
                string path = cells.Pointers[cell];
                diagnostics.Report(
                    Rules.Consolidation, path, null, big, [path],
                    [new("cell", cells.Entries[cell]), new("parts", count), new("expected", "more than a decimal holds exactly")]);
            }
            else if (!blank[cell] && values[cell] is { } actual && sums[cell] is { } expected && actual != expected)
            {
                string path = cells.Pointers[cell];
                diagnostics.Report(
                    Rules.Consolidation, path, expected, actual, [path],
                    [new("cell", cells.Entries[cell]), new("parts", count)]);
            }
        }

        return diagnostics.ToResult();
    }
}
