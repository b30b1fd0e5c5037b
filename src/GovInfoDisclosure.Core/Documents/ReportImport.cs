using System.Collections.Immutable;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// A report read from a published document: the report (blanks where the document printed nothing readable), the import
/// findings that say what the reader could not read as printed or decided, and where every value came from.
/// </summary>
public sealed class ReportImport
{
    /// <summary>An import.</summary>
    /// <param name="report">The report read.</param>
    /// <param name="findings">The import findings, in document order.</param>
    /// <param name="locations">Where each value was printed, by JSON Pointer.</param>
    public ReportImport(AnnualReport report, ImmutableArray<Diagnostic> findings, IReadOnlyDictionary<string, SourceLocation> locations)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(locations);
        Report = report;
        Findings = findings.IsDefault ? [] : findings;
        Locations = locations;
    }

    /// <summary>The report read.</summary>
    public AnnualReport Report { get; }

    /// <summary>What the reader could not read as printed, or decided where a person may want to check (codes GID5xx).</summary>
    public ImmutableArray<Diagnostic> Findings { get; }

    /// <summary>Where each value was printed, by JSON Pointer (cells, dates, the title, narrative sections).</summary>
    public IReadOnlyDictionary<string, SourceLocation> Locations { get; }

    /// <summary>Where the value at a JSON Pointer was printed, or the nearest enclosing thing that was (a cell's table, a paragraph's section).</summary>
    /// <param name="jsonPointer">The JSON Pointer of a value.</param>
    /// <returns>The location, or <see langword="null"/>.</returns>
    public SourceLocation? LocationOf(string jsonPointer)
    {
        ArgumentNullException.ThrowIfNull(jsonPointer);
        for (string p = jsonPointer; p.Length > 0; p = p[..p.LastIndexOf('/')])
        {
            if (Locations.TryGetValue(p, out SourceLocation? location))
            {
                return location;
            }
        }

        return null;
    }

    /// <summary>
    /// Validates the report and returns the import findings followed by the validator's, each carrying the source
    /// location of the value it names.
    /// </summary>
    /// <param name="validator">The validator; <see cref="ReportValidator.Default"/> when null.</param>
    /// <returns>All findings.</returns>
    public ValidationResult Validate(ReportValidator? validator = null) =>
        new(Findings.AddRange(Locate((validator ?? ReportValidator.Default).Validate(Report)).Diagnostics));

    /// <summary>
    /// Gives each finding about this report that has no source location the location of the value it names: for
    /// findings made elsewhere than <see cref="Validate"/>, such as a series' (<see cref="Series.SeriesValidator"/>) or a
    /// consolidation's (<see cref="Consolidation.ConsolidationValidator"/>) findings on this report.
    /// </summary>
    /// <param name="result">Findings whose paths point into <see cref="Report"/>.</param>
    /// <returns>The same findings, in order, located where the document printed what they name.</returns>
    public ValidationResult Locate(ValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var all = ImmutableArray.CreateBuilder<Diagnostic>(result.Diagnostics.Length);
        foreach (Diagnostic d in result.Diagnostics)
        {
            all.Add(d.Location is null ? d.WithLocation(LocationOf(d.Path)) : d);
        }

        return new ValidationResult(all.MoveToImmutable());
    }
}
