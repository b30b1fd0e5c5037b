using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using static GovInfoDisclosure.Core.Benchmarks.BenchData;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// Validating 10,000 distinct reports of the 2019 edition against the same reports in the 2021 edition (the same draws:
/// the 2019 edition's （六）其他处理 holds the three rows' counts, its section 二 the same numbers in its cells). The
/// 2021 edition is the baseline: the ratio is what a report of the 2019 edition costs against one of the 2021 edition.
/// </summary>
[MemoryDiagnoser]
public class EditionBenchmarks
{
    private AnnualReport[] _reports2021 = [];
    private AnnualReport[] _reports2019 = [];

    [Params(Shape.AllValid, Shape.TenPercentInvalid)]
    public Shape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _reports2021 = ReportGenerator.Generate(ReportCount, Shape).Reports;
        _reports2019 = ReportGenerator.Generate(ReportCount, Shape, edition: ReportEdition.Edition2019).Reports;
        WarmUp(TimeSpan.FromMilliseconds(500), () => Edition2021(), () => Edition2019());
        Console.WriteLine($"// {nameof(EditionBenchmarks)}: {_reports2019.Length} distinct reports of each edition, shape {Shape}, {Operations} per invocation");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public int Edition2021() => CountInvalid(ReportValidator.Default, _reports2021);

    [Benchmark(OperationsPerInvoke = Operations)]
    public int Edition2019() => CountInvalid(ReportValidator.Default, _reports2019);
}
