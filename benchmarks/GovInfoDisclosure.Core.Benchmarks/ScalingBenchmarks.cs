using BenchmarkDotNet.Attributes;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;
using static GovInfoDisclosure.Core.Benchmarks.BenchData;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// Not one of the comparisons: what the machine itself gives from one core to all, for each part of
/// <see cref="EndToEndBenchmarks"/>, on the same 1,000 files: opening and reading them (<c>Files*</c>), reading and
/// validating their bytes already in memory (<c>Compute*</c>), and a fixed arithmetic loop per item that touches no
/// memory (<c>Spin*</c>). The end-to-end scaling cannot exceed what its parts get. Figures are per file.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks : FolderBenchmarks
{
    private byte[][] _documents = [];

    public override void Setup()
    {
        base.Setup();
        _documents = [.. FilesOnDisk.Select(File.ReadAllBytes)];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Files)]
    public int FilesOneCore() => OnOneCore(FilesOnDisk, ReadBytes);

    [Benchmark(OperationsPerInvoke = Files)]
    public int FilesAllCores() => OnAllCores(FilesOnDisk, ReadBytes);

    [Benchmark(OperationsPerInvoke = Files)]
    public int ComputeOneCore() => OnOneCore(_documents, ReadAndValidate);

    [Benchmark(OperationsPerInvoke = Files)]
    public int ComputeAllCores() => OnAllCores(_documents, ReadAndValidate);

    [Benchmark(OperationsPerInvoke = Files)]
    public int SpinOneCore() => OnOneCore(FilesOnDisk, Spin);

    [Benchmark(OperationsPerInvoke = Files)]
    public int SpinAllCores() => OnAllCores(FilesOnDisk, Spin);

    private static int ReadBytes(string file)
    {
        using Microsoft.Win32.SafeHandles.SafeFileHandle handle = File.OpenHandle(file);
        Span<byte> buffer = stackalloc byte[16 * 1024];
        int total = 0, read;
        while ((read = RandomAccess.Read(handle, buffer, total)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static int ReadAndValidate(byte[] document) => ReportValidator.Default.Validate(AnnualReportJson.Read(document)).IsValid ? 0 : 1;

    /// <summary>About 20 µs of dependent floating-point operations: no memory, no allocation, no system call.</summary>
    private static int Spin(string file)
    {
        double x = file.Length;
        for (int i = 0; i < 10_000; i++)
        {
            x = (x * 1.0000001) + 1e-9;
        }

        return x > 0 ? 1 : 0;
    }
}
