using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Core.Validation;
using static GovInfoDisclosure.Core.Benchmarks.BenchData;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// Validating 10,000 distinct reports: the library (every per-report rule, narrative claims included), the same
/// reconciliation rules (GID101–GID105) in FluentValidation, and the floor: the same additions over pre-extracted
/// <c>int[]</c>. Figures are per report.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private AnnualReport[] _reports = [];
    private int[][] _cells = [];
    private FluentReportValidator _fluent = null!;

    [Params(Shape.AllValid, Shape.TenPercentInvalid, Shape.AllInvalid)]
    public Shape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _reports = ReportGenerator.Generate(ReportCount, Shape).Reports;
        _cells = [.. _reports.Select(ExtractCells)];
        _fluent = new FluentReportValidator();
        WarmUp(TimeSpan.FromMilliseconds(500), () => Library(), () => FluentValidation(), () => Floor());
        Console.WriteLine($"// {nameof(ValidationBenchmarks)}: {_reports.Length} distinct reports, shape {Shape}, {Operations} per invocation");
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Library() => BenchData.CountInvalid(ReportValidator.Default, _reports);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int FluentValidation()
    {
        FluentReportValidator validator = _fluent;
        AnnualReport[] reports = _reports;
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

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public int Floor()
    {
        int[][] all = _cells;
        int invalid = 0;
        for (int done = 0; done < Operations; done += all.Length)
        {
            int take = Math.Min(all.Length, Operations - done);
            for (int i = 0; i < take; i++)
            {
                invalid += Reconciles(all[i]) ? 0 : 1;
            }
        }

        return invalid;
    }

    /// <summary>GID101–GID105 over one report's cells: every sum the library adds, in 64 bits, no blank handling.</summary>
    private static bool Reconciles(int[] c)
    {
        const int columns = 7;
        bool ok = true;

        // GID101: 25 rows.
        for (int row = 0; row < 25; row++)
        {
            int at = row * columns;
            long sum = (long)c[at] + c[at + 1] + c[at + 2] + c[at + 3] + c[at + 4] + c[at + 5];
            ok &= sum == c[at + 6];
        }

        // GID102 and GID103: 7 columns; outcome rows 2–22, （七）总计 row 23, received 0, carried over 1, carried forward 24.
        for (int column = 0; column < columns; column++)
        {
            long sum = 0;
            for (int row = 2; row <= 22; row++)
            {
                sum += c[(row * columns) + column];
            }

            long total = c[(23 * columns) + column];
            ok &= sum == total;
            ok &= (long)c[column] + c[columns + column] - total == c[(24 * columns) + column];
        }

        // GID104: 3 blocks.
        for (int block = 0; block < 3; block++)
        {
            int at = CaseOffset + (block * 5);
            ok &= (long)c[at] + c[at + 1] + c[at + 2] + c[at + 3] == c[at + 4];
        }

        // GID105: 2 document rows.
        ok &= c[DocumentOffset + 2] >= (long)c[DocumentOffset] - c[DocumentOffset + 1];
        ok &= c[DocumentOffset + 5] >= (long)c[DocumentOffset + 3] - c[DocumentOffset + 4];
        return ok;
    }
}
