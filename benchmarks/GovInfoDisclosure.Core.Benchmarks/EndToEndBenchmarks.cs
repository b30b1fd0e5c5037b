using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;
using static GovInfoDisclosure.Core.Benchmarks.BenchData;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// What a user does with a folder of reports: read every file from disk and validate it, on one core and on all
/// cores, and the same through the command line (<see cref="Cli"/>). 1,000 files (shape <see cref="Shape.TenPercentInvalid"/>) are written once to a temporary folder; every
/// invocation opens and reads them again (nothing of the previous pass is kept by the benchmark; the operating
/// system's page cache is warm, as it is for a user who runs the tool twice). Figures are per file.
/// </summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private string _folder = string.Empty;
    private string[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "gidr-bench-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(_folder);
        AnnualReport[] reports = ReportGenerator.Generate(Files, Shape.TenPercentInvalid).Reports;
        _files = new string[reports.Length];
        for (int i = 0; i < reports.Length; i++)
        {
            _files[i] = Path.Combine(_folder, $"report-{i:D5}.json");
            File.WriteAllBytes(_files[i], AnnualReportJson.ToUtf8Bytes(reports[i]));
        }

        Console.WriteLine($"// {nameof(EndToEndBenchmarks)}: {_files.Length} files in {_folder}, {Environment.ProcessorCount} cores");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Files)]
    public int OneCore()
    {
        int invalid = 0;
        foreach (string file in _files)
        {
            invalid += ReadAndValidate(file);
        }

        return invalid;
    }

    [Benchmark(OperationsPerInvoke = Files)]
    public int AllCores()
    {
        int invalid = 0;
        Parallel.ForEach(
            _files,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            () => 0,
            (file, _, local) => local + ReadAndValidate(file),
            local => Interlocked.Add(ref invalid, local));
        return invalid;
    }

    /// <summary>
    /// The command line as a user runs it: <c>gidr validate FOLDER --format json</c>, listing the folder, reading and
    /// validating in parallel, merging the results in order and writing them (to a null writer here).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Files)]
    public int Cli() => GovInfoDisclosure.Cli.GidrApp.Run(["validate", _folder, "--format", "json"], TextWriter.Null, TextWriter.Null, () => Stream.Null);

    /// <summary>The same as <see cref="Cli"/> with the default text output, to tell the output's cost from the rest.</summary>
    [Benchmark(OperationsPerInvoke = Files)]
    public int CliText() => GovInfoDisclosure.Cli.GidrApp.Run(["validate", _folder], TextWriter.Null, TextWriter.Null, () => Stream.Null);

    private static int ReadAndValidate(string file) =>
        ReportValidator.Default.Validate(AnnualReportJson.ReadFile(file)).IsValid ? 0 : 1;
}
