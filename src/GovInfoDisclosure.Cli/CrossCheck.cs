using System.Collections.Immutable;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Consolidation;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Series;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Cli;

/// <summary>
/// <c>gidr validate --series</c> and <c>gidr validate FILE --part PART...</c>: the per-report rules on each file, then the
/// rules across reports, whose findings are added to the file they belong to. These read every file first: a series or a
/// consolidation is checked as a whole.
/// </summary>
internal static class CrossCheck
{
    /// <summary>Each file's per-report findings, followed by the GID3xx findings that belong to it (the later year's file).</summary>
    public static IEnumerable<FileResult> Series(IEnumerable<string> files, ReportValidator validator)
    {
        List<(string File, AnnualReport? Report, ReportImport? Import, string? Error)> read = [.. files
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(file =>
            {
                (AnnualReport? report, ReportImport? import, string? error) = ReportFiles.ReadWithImport(file, ImportOptions.Default);
                return (file, report, import, error);
            })];

        var index = new Dictionary<AnnualReport, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < read.Count; i++)
        {
            if (read[i].Report is { } report)
            {
                index[report] = i;
            }
        }

        var series = new ReportSeries(read.Where(r => r.Report is not null).Select(r => r.Report!));
        ValidatorOptions options = validator.Options;
        if (read.Any(r => r.Report is null) && !options.DisabledRules.Contains(Rules.MissingYear.Code))
        {
            // A year whose file could not be read is not missing: GID304 would say so wrongly.
            options = options.Disable(Rules.MissingYear.Code);
        }

        ImmutableArray<ValidationResult> across = new SeriesValidator(options).Validate(series);
        var acrossByFile = new ValidationResult?[read.Count];
        for (int i = 0; i < series.Count; i++)
        {
            acrossByFile[index[series[i]]] = across[i];
        }

        for (int i = 0; i < read.Count; i++)
        {
            (string file, AnnualReport? report, ReportImport? import, string? error) = read[i];
            yield return report is null
                ? new FileResult(file, null, error)
                : new FileResult(file, Merge(ValidateCommand.PerReport(report, import, validator), acrossByFile[i], import), null) { Report = report };
        }
    }

    /// <summary>The consolidated file's per-report findings followed by GID401; a part that cannot be read is a result of its own.</summary>
    public static IEnumerable<FileResult> Consolidation(string file, string[] parts, ReportValidator validator, TextWriter stderr)
    {
        (AnnualReport? consolidated, ReportImport? consolidatedImport, string? fileError) = ReportFiles.ReadWithImport(file, ImportOptions.Default);
        var partReports = new List<AnnualReport>();
        var unreadable = new List<FileResult>();
        foreach (string part in ReportFiles.Expand(parts))
        {
            (AnnualReport? report, string? error) = ReportFiles.Read(part);
            if (report is not null && consolidated is not null && (report.Year != consolidated.Year || report.Edition != consolidated.Edition))
            {
                // A part of another year or edition cannot be part of this consolidation: refused, naming the file.
                error = report.Year != consolidated.Year
                    ? $"gidr: '{part}' is a report on {report.Year}, '{file}' on {consolidated.Year}: a consolidation sums reports of one year and one edition."
                    : $"gidr: '{part}' follows the {ReportFormat.EditionKey(report.Edition)} edition, '{file}' the {ReportFormat.EditionKey(consolidated.Edition)} edition: a consolidation sums reports of one year and one edition.";
                report = null;
            }

            if (report is null)
            {
                unreadable.Add(new FileResult(part, null, error));
            }
            else
            {
                partReports.Add(report);
            }
        }

        if (consolidated is null)
        {
            yield return new FileResult(file, null, fileError);
        }
        else
        {
            ValidationResult? across = null;
            if (unreadable.Count == 0)
            {
                across = new ConsolidationValidator(validator.Options).Validate(consolidated, partReports);
            }
            else
            {
                lock (stderr)
                {
                    stderr.WriteLine($"gidr: GID401 not checked for '{file}': {unreadable.Count} part(s) could not be read.");
                }
            }

            yield return new FileResult(file, Merge(ValidateCommand.PerReport(consolidated, consolidatedImport, validator), across, consolidatedImport), null) { Report = consolidated };
        }

        foreach (FileResult r in unreadable)
        {
            yield return r;
        }
    }

    /// <summary>A file's own findings, then those across files (located in the file when it is a published document).</summary>
    private static ValidationResult Merge(ValidationResult own, ValidationResult? across, ReportImport? import) =>
        across is null || across.Diagnostics.IsEmpty
            ? own
            : new ValidationResult(own.Diagnostics.AddRange((import?.Locate(across) ?? across).Diagnostics));
}
