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
public class EndToEndBenchmarks : FolderBenchmarks
{
    [Benchmark(Baseline = true, OperationsPerInvoke = Files)]
    public int OneCore() => OnOneCore(FilesOnDisk, ReadAndValidate);

    [Benchmark(OperationsPerInvoke = Files)]
    public int AllCores() => OnAllCores(FilesOnDisk, ReadAndValidate);

    /// <summary>
    /// The command line as a user runs it: <c>gidr validate FOLDER --format json</c>, listing the folder, reading and
    /// validating in parallel, merging the results in order and writing them (to a null writer here).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Files)]
    public int Cli() => GovInfoDisclosure.Cli.GidrApp.Run(["validate", Folder, "--format", "json"], TextWriter.Null, TextWriter.Null, () => Stream.Null);

    /// <summary>The same as <see cref="Cli"/> with the default text output, to tell the output's cost from the rest.</summary>
    [Benchmark(OperationsPerInvoke = Files)]
    public int CliText() => GovInfoDisclosure.Cli.GidrApp.Run(["validate", Folder], TextWriter.Null, TextWriter.Null, () => Stream.Null);

    private static int ReadAndValidate(string file) =>
        ReportValidator.Default.Validate(AnnualReportJson.ReadFile(file)).IsValid ? 0 : 1;
}
