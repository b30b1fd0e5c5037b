using System.Globalization;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using GovInfoDisclosure.Core;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// The size of the benchmarks' data. Every benchmark method does <see cref="Operations"/> operations per invocation
/// (one report each) and reports per-report figures through <c>OperationsPerInvoke</c>.
/// </summary>
/// <remarks>
/// <para>
/// The number of <em>distinct</em> reports generated is <see cref="ReportCount"/>: 10,000 by default, or the value of
/// the environment variable <c>GIDR_BENCH_REPORTS</c> (read in the benchmark process, which inherits it). A smaller
/// value makes the data set smaller and its generation faster (for a dry smoke run in CI); the methods then cycle over
/// the smaller set so that they still do <see cref="Operations"/> operations and the per-report figures stay per report
/// (<c>OperationsPerInvoke</c> must be a constant). Published results use the default.
/// </para>
/// </remarks>
public static class BenchData
{
    /// <summary>The number of reports processed per invocation; the <c>OperationsPerInvoke</c> of every data benchmark.</summary>
    public const int Operations = 10_000;

    /// <summary>The number of report files of the end-to-end benchmarks.</summary>
    public const int Files = 1_000;

    /// <summary>The environment variable that sets <see cref="ReportCount"/>.</summary>
    public const string ReportsVariable = "GIDR_BENCH_REPORTS";

    /// <summary>The number of distinct reports to generate: <c>GIDR_BENCH_REPORTS</c>, or 10,000.</summary>
    public static int ReportCount
    {
        get
        {
            string? value = Environment.GetEnvironmentVariable(ReportsVariable);
            if (string.IsNullOrWhiteSpace(value))
            {
                return Operations;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1 || count > Operations)
            {
                throw new InvalidOperationException($"{ReportsVariable} must be a whole number from 1 to {Operations}, not \"{value}\".");
            }

            return count;
        }
    }

    /// <summary>
    /// The cells the reconciliation rules GID101–GID105 add, pre-extracted as one flat array per report, for the floor:
    /// 25 × 7 cells of section 三 (row-major), 3 × 5 cells of section 四, then issued, abolished and in force of the two
    /// document rows of section 二.
    /// </summary>
    public static int[] ExtractCells(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        const int columns = ReportFormat.ApplicantColumnCount;
        var cells = new int[CellCount];
        for (int row = 0; row < ReportFormat.ApplicationRowCount; row++)
        {
            ApplicantBreakdown breakdown = report.Applications[(ApplicationRow)row];
            for (int column = 0; column < columns; column++)
            {
                cells[(row * columns) + column] = breakdown[(ApplicantColumn)column] ?? 0;
            }
        }

        for (int block = 0; block < 3; block++)
        {
            CaseOutcomes outcomes = report.ReviewAndLitigation[(CaseBlock)block];
            for (int column = 0; column < 5; column++)
            {
                cells[CaseOffset + (block * 5) + column] = outcomes[(CaseColumn)column] ?? 0;
            }
        }

        ProactiveDisclosure disclosure = report.ProactiveDisclosure;
        for (int k = 0; k < 6; k++)
        {
            cells[DocumentOffset + k] = (int)(disclosure[(DisclosureCell)k] ?? 0);
        }

        return cells;
    }

    /// <summary>Whether <see cref="WarmUp"/> runs; the dry smoke run (in process) turns it off, it measures nothing.</summary>
    public static bool WarmUpEnabled { get; set; } = true;

    /// <summary>
    /// Runs the workloads until the JIT has had the chance to promote them. An invocation here processes 10,000 reports
    /// and lasts tens of milliseconds, so BenchmarkDotNet's pilot picks one invocation per iteration and the three warm-up
    /// iterations of the short job can end before tiered compilation has replaced the tier-0 code of the library (which,
    /// unlike FluentValidation's ReadyToRun code, starts as tier 0): then the first measured iterations are tier-0 code
    /// and the figures scatter. This runs each workload for at least <paramref name="minimum"/> and leaves the background
    /// compiler a moment to finish. It warms no data: every measured invocation does all of its work again.
    /// </summary>
    public static void WarmUp(TimeSpan minimum, params Func<long>[] workloads)
    {
        ArgumentNullException.ThrowIfNull(workloads);
        if (!WarmUpEnabled)
        {
            return;
        }

        foreach (Func<long> workload in workloads)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            do
            {
                workload();
            }
            while (clock.Elapsed < minimum);
        }

        Thread.Sleep(300);
    }

    /// <summary>Where section 四 starts in <see cref="ExtractCells"/>.</summary>
    public const int CaseOffset = ReportFormat.ApplicationRowCount * ReportFormat.ApplicantColumnCount;

    /// <summary>Where the document rows of section 二 start in <see cref="ExtractCells"/>.</summary>
    public const int DocumentOffset = CaseOffset + 15;

    /// <summary>The length of <see cref="ExtractCells"/>.</summary>
    public const int CellCount = DocumentOffset + 6;

    /// <summary>
    /// Validates <see cref="Operations"/> reports, cycling over the given ones, and counts the invalid: the workload of
    /// <c>ValidationBenchmarks.Library</c> and of the diagnosis benchmarks alike.
    /// </summary>
    public static int CountInvalid(ReportValidator validator, AnnualReport[] reports)
    {
        int invalid = 0;
        for (int done = 0; done < Operations; done += reports.Length)
        {
            int take = Math.Min(reports.Length, Operations - done);
            for (int i = 0; i < take; i++)
            {
                invalid += validator.Validate(reports[i]).IsValid ? 0 : 1;
            }
        }

        return invalid;
    }

    /// <summary>
    /// Writes <see cref="Files"/> reports (shape <see cref="Shape.TenPercentInvalid"/>) as files into a new temporary
    /// folder named after the benchmark class and this process.
    /// </summary>
    public static (string Folder, string[] Files) WriteFiles(string owner)
    {
        string folder = Path.Combine(Path.GetTempPath(), $"gidr-bench-{owner}-{Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        Directory.CreateDirectory(folder);
        AnnualReport[] reports = ReportGenerator.Generate(Files, Shape.TenPercentInvalid).Reports;
        string[] files = new string[reports.Length];
        for (int i = 0; i < reports.Length; i++)
        {
            files[i] = Path.Combine(folder, $"report-{i:D5}.json");
            File.WriteAllBytes(files[i], Json.AnnualReportJson.ToUtf8Bytes(reports[i]));
        }

        Console.WriteLine($"// {owner}: {files.Length} files in {folder}, {Environment.ProcessorCount} cores");
        return (folder, files);
    }

    public static void DeleteFiles(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The work over every item, in a loop on this thread; returns the sum of what it returned.</summary>
    public static int OnOneCore<T>(T[] items, Func<T, int> work)
    {
        int sum = 0;
        foreach (T item in items)
        {
            sum += work(item);
        }

        return sum;
    }

    /// <summary>The same with <see cref="Parallel.ForEach{TSource, TLocal}(IEnumerable{TSource}, ParallelOptions, Func{TLocal}, Func{TSource, ParallelLoopState, TLocal, TLocal}, Action{TLocal})"/> on every core.</summary>
    public static int OnAllCores<T>(T[] items, Func<T, int> work)
    {
        int sum = 0;
        Parallel.ForEach(
            items,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => 0,
            (item, _, local) => local + work(item),
            local => Interlocked.Add(ref sum, local));
        return sum;
    }
}
