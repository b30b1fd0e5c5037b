using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Series;

/// <summary>
/// Checks one agency's reports across years (GID301–GID306), across the change of edition too. Stateless and thread-safe: one instance serves every thread.
/// </summary>
/// <remarks>
/// <para>
/// A finding belongs to the <b>later</b> year's report, and its path is into that report's document:
/// GID301 (<c>carriedForward</c> of year N = <c>carriedOver</c> of N+1, per column) at
/// <c>/applications/carriedOver/&lt;column&gt;</c> of N+1; GID302 (<c>inForce</c>(N+1) = <c>inForce</c>(N) +
/// <c>issued</c>(N+1) − <c>abolished</c>(N+1), for 规章 and 行政规范性文件, in 64 bits) at N+1's <c>inForce</c>;
/// GID303 (section 五 repeats year N's text, by <see cref="TextSimilarity"/>) at <c>/problemsAndImprovements</c> of N+1;
/// GID304 (years missing before this report) and GID305 (a second report of the same year) at <c>/year</c>; GID306
/// (between two 2019-edition years, <c>previousYearItems</c>(N+1) = <c>previousYearItems</c>(N) + <c>change</c>(N)) at
/// N+1's <c>previousYearItems</c>.
/// </para>
/// <para>
/// Across the change of edition (a 2020 report of the 2019 edition, then a 2021 report) GID301 holds as between any two
/// years, for section 三's carry-over rows are the same in both editions; GID302 compares only two 2021-edition reports
/// and GID306 only two 2019-edition reports, as their section 二 cells exist only there.
/// </para>
/// <para>
/// A cell blank in either year is skipped (GID001 reports it). The checks across years run only between reports of
/// consecutive years that are each the only report of their year: a gap or a duplicate year makes the comparison
/// ambiguous, and GID304 or GID305 says so instead.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var series = new ReportSeries(reports);
/// ImmutableArray&lt;ValidationResult&gt; results = SeriesValidator.Default.Validate(series);
/// // results[i] holds the findings of series[i].
/// </code>
/// </example>
public sealed class SeriesValidator
{
    private static readonly (FormatEntry Row, DisclosureCell Issued, DisclosureCell Abolished, DisclosureCell InForce)[] DocumentRows =
    [
        (ReportFormat.DisclosureRows[0], DisclosureCell.RegulationsIssued, DisclosureCell.RegulationsAbolished, DisclosureCell.RegulationsInForce),
        (ReportFormat.DisclosureRows[1], DisclosureCell.NormativeDocumentsIssued, DisclosureCell.NormativeDocumentsAbolished, DisclosureCell.NormativeDocumentsInForce),
    ];

    // The 2019 edition's rows with 上一年项目数量 and 本年增/减 (the change is the next cell).
    private static readonly DisclosureCell2019[] ItemRows =
    [
        DisclosureCell2019.LicensingPreviousYearItems, DisclosureCell2019.OtherServicesPreviousYearItems, DisclosureCell2019.PenaltiesPreviousYearItems,
        DisclosureCell2019.CompulsoryMeasuresPreviousYearItems, DisclosureCell2019.FeesPreviousYearItems,
    ];

    /// <summary>Creates a validator.</summary>
    /// <param name="options">Which rules, which severities; <see cref="ValidatorOptions.Default"/> when omitted.</param>
    /// <param name="repeatedTextThreshold">
    /// The similarity (0 to 1) at and above which GID303 flags section 五; <see cref="TextSimilarity.RepeatedTextThreshold"/> by default.
    /// </param>
    public SeriesValidator(ValidatorOptions? options = null, double repeatedTextThreshold = TextSimilarity.RepeatedTextThreshold)
    {
        Options = options ?? ValidatorOptions.Default;
        if (double.IsNaN(repeatedTextThreshold) || repeatedTextThreshold <= 0 || repeatedTextThreshold > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(repeatedTextThreshold), repeatedTextThreshold, "The threshold is a similarity above 0 and at most 1.");
        }

        RepeatedTextThreshold = repeatedTextThreshold;
    }

    /// <summary>A validator with default options and threshold.</summary>
    public static SeriesValidator Default { get; } = new();

    /// <summary>The options this validator applies.</summary>
    public ValidatorOptions Options { get; }

    /// <summary>The similarity at and above which GID303 flags section 五.</summary>
    public double RepeatedTextThreshold { get; }

    /// <summary>Checks a series across years.</summary>
    /// <param name="series">The series.</param>
    /// <returns>One result per report, in the series' order: <c>results[i]</c> holds the findings that belong to <c>series[i]</c>.</returns>
    public ImmutableArray<ValidationResult> Validate(ReportSeries series)
    {
        Guard.Against.Null(series, nameof(series));
        var results = ImmutableArray.CreateBuilder<ValidationResult>(series.Count);
        ImmutableArray<AnnualReport> reports = series.Reports;
        for (int i = 0; i < reports.Length; i++)
        {
            var diagnostics = new DiagnosticCollector(Options);
            AnnualReport current = reports[i];
            if (i > 0)
            {
                AnnualReport previous = reports[i - 1];
                bool unique = !series.DuplicateYears.Contains(previous.Year) && !series.DuplicateYears.Contains(current.Year);
                if (current.Year == previous.Year + 1 && unique)
                {
                    CheckPair(previous, current, ref diagnostics);
                }
                else if (current.Year > previous.Year + 1)
                {
                    string missing = current.Year == previous.Year + 2
                        ? (previous.Year + 1).ToString(CultureInfo.InvariantCulture)
                        : $"{(previous.Year + 1).ToString(CultureInfo.InvariantCulture)}–{(current.Year - 1).ToString(CultureInfo.InvariantCulture)}";
                    diagnostics.Report(
                        Rules.MissingYear, ReportFormat.Year.JsonPointer, previous.Year + 1, current.Year, [ReportFormat.Year.JsonPointer],
                        [new("missing", missing), new("previousYear", previous.Year), new("year", current.Year)]);
                }
                else if (current.Year == previous.Year)
                {
                    int count = reports.Count(r => r.Year == current.Year);
                    diagnostics.Report(
                        Rules.DuplicateYear, ReportFormat.Year.JsonPointer, cells: [ReportFormat.Year.JsonPointer],
                        arguments: [new("count", count), new("year", current.Year)]);
                }
            }

            results.Add(diagnostics.ToResult());
        }

        return results.MoveToImmutable();
    }

    /// <summary>Checks two reports of consecutive years of one agency (GID301–GID303); the findings belong to <paramref name="current"/>.</summary>
    /// <param name="previous">The report of year N.</param>
    /// <param name="current">The report of year N+1.</param>
    /// <returns>The findings, with paths into <paramref name="current"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="current"/> is not of the year after <paramref name="previous"/>'s.</exception>
    public ValidationResult Validate(AnnualReport previous, AnnualReport current)
    {
        Guard.Against.Null(previous, nameof(previous));
        Guard.Against.Null(current, nameof(current));
        if (current.Year != previous.Year + 1)
        {
            throw new ArgumentException(
                $"The reports are not of consecutive years: the current report is on {current.Year}, the previous one on {previous.Year}.", nameof(current));
        }

        var diagnostics = new DiagnosticCollector(Options);
        CheckPair(previous, current, ref diagnostics);
        return diagnostics.ToResult();
    }

    private void CheckPair(AnnualReport previous, AnnualReport current, ref DiagnosticCollector diagnostics)
    {
        CarryOver(previous, current, ref diagnostics);
        if (previous.Edition == ReportEdition.Edition2021 && current.Edition == ReportEdition.Edition2021)
        {
            InForce(previous, current, ref diagnostics);
        }

        RepeatedText(previous, current, ref diagnostics);
        if (previous.ProactiveDisclosure2019 is { } before && current.ProactiveDisclosure2019 is { } after)
        {
            Items(previous.Year, before, current.Year, after, ref diagnostics);
        }
    }

    /// <summary>GID301: carried forward of N = carried over of N+1, per column.</summary>
    private static void CarryOver(AnnualReport previous, AnnualReport current, ref DiagnosticCollector diagnostics)
    {
        // Both editions print these two rows alike, so the rule holds from a 2020 report into a 2021 one.
        ApplicantBreakdown forward = previous.FindApplicationRow(ApplicationRow.CarriedForward)!;
        ApplicantBreakdown over = current.FindApplicationRow(ApplicationRow.CarriedOver)!;
        for (int column = 0; column < ReportFormat.ApplicantColumnCount; column++)
        {
            var c = (ApplicantColumn)column;
            if (forward[c] is { } expected && over[c] is { } actual && expected != actual)
            {
                string path = ReportFormat.CellPointer(ApplicationRow.CarriedOver, c);
                diagnostics.Report(
                    Rules.CarryOver, path, expected, actual, [path],
                    [new("column", ReportFormat.ApplicantColumns[column]), new("previousYear", previous.Year), new("year", current.Year)]);
            }
        }
    }

    /// <summary>GID302: in force (N+1) = in force (N) + issued (N+1) − abolished (N+1), in 64 bits.</summary>
    private static void InForce(AnnualReport previous, AnnualReport current, ref DiagnosticCollector diagnostics)
    {
        foreach (var (row, issuedCell, abolishedCell, inForceCell) in DocumentRows)
        {
            if (previous.ProactiveDisclosure[inForceCell] is { } before && current.ProactiveDisclosure[issuedCell] is { } issued
                && current.ProactiveDisclosure[abolishedCell] is { } abolished && current.ProactiveDisclosure[inForceCell] is { } inForce)
            {
                long expected = (long)before + (long)issued - (long)abolished;
                if (expected != (long)inForce)
                {
                    string path = ReportFormat.CellPointer(inForceCell);
                    diagnostics.Report(
                        Rules.InForceSeries, path, expected, inForce,
                        [ReportFormat.CellPointer(issuedCell), ReportFormat.CellPointer(abolishedCell), path],
                        [new("row", row), new("previousYear", previous.Year), new("year", current.Year), new("previous", before),
                            new("issued", issued), new("abolished", abolished)]);
                }
            }
        }
    }

    /// <summary>GID306: between two 2019-edition years, the items of the previous year = last year's items + last year's change.</summary>
    private static void Items(int previousYear, ProactiveDisclosure2019 previous, int year, ProactiveDisclosure2019 current, ref DiagnosticCollector diagnostics)
    {
        foreach (DisclosureCell2019 items in ItemRows)
        {
            if (previous[items] is { } before && previous[items + 1] is { } change && current[items] is { } actual)
            {
                long expected = (long)before + (long)change;
                if (expected != (long)actual)
                {
                    string path = ReportFormat.CellPointer(items);
                    diagnostics.Report(
                        Rules.ItemsSeries, path, expected, actual, [path],
                        [new("row", ReportFormat.Get(items).Parent!), new("previousYear", previousYear), new("year", year), new("previous", before),
                            new("change", change)]);
                }
            }
        }
    }

    /// <summary>GID303: section 五 repeats the previous year's text.</summary>
    private void RepeatedText(AnnualReport previous, AnnualReport current, ref DiagnosticCollector diagnostics)
    {
        if (!diagnostics.IsEnabled(Rules.RepeatedText))
        {
            return;
        }

        if (TextSimilarity.Compare(previous.ProblemsAndImprovements, current.ProblemsAndImprovements) is { } similarity
            && similarity >= RepeatedTextThreshold)
        {
            string path = ReportFormat.ProblemsAndImprovements.JsonPointer;
            diagnostics.Report(
                Rules.RepeatedText, path, cells: [path],
                arguments: [new("year", current.Year), new("previousYear", previous.Year), new("similarity", TextSimilarity.Percent(similarity)),
                    new("threshold", TextSimilarity.Percent(RepeatedTextThreshold))]);
        }
    }
}
