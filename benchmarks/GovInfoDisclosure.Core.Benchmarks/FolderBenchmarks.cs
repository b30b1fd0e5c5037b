using static GovInfoDisclosure.Core.Benchmarks.BenchData;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// Benchmarks over a folder of <see cref="BenchData.Files"/> report files: written once by <see cref="Setup"/> into a
/// temporary folder of their own, deleted by <see cref="Cleanup"/>.
/// </summary>
public abstract class FolderBenchmarks
{
    protected string Folder { get; private set; } = string.Empty;

    protected string[] FilesOnDisk { get; private set; } = [];

    [BenchmarkDotNet.Attributes.GlobalSetup]
    public virtual void Setup() => (Folder, FilesOnDisk) = WriteFiles(BenchmarkClass().Name);

    [BenchmarkDotNet.Attributes.GlobalCleanup]
    public void Cleanup() => DeleteFiles(Folder);

    /// <summary>The benchmark class itself, not the class BenchmarkDotNet generates from it (in another assembly).</summary>
    private Type BenchmarkClass()
    {
        Type type = GetType();
        while (type.Assembly != typeof(FolderBenchmarks).Assembly && type.BaseType is { } baseType)
        {
            type = baseType;
        }

        return type;
    }
}
