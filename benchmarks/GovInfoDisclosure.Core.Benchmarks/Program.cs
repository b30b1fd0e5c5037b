using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// The benchmark runner. Unlike BenchmarkDotNet's own entry point it never prompts and never succeeds having run
/// nothing: no arguments, no benchmark selection, a filter that matches nothing or a benchmark that failed is a
/// non-zero exit with a message. <c>--check</c> runs <see cref="FluentValidationAgreement.Check(TextWriter)"/> instead, and
/// <c>--memory</c> <see cref="MemoryScaling"/>, <c>--scaling</c> <see cref="ScalingRounds"/>.
/// </summary>
public static class Program
{
    private static readonly string Usage =
        "usage: dotnet run -c Release --project benchmarks/GovInfoDisclosure.Core.Benchmarks -- --filter '<pattern>' [BenchmarkDotNet options]\n"
        + "       ... -- --filter '*' --job dry      a smoke run (seconds to a minute)\n"
        + "       ... -- --check                     FluentValidation must agree with the library on the generated data\n"
        + "       ... -- --memory [1,1000,...] [--format text|json|sarif] [--per-folder N]   peak memory of gidr validate FOLDER by number of files\n"
        + "       ... -- --scaling [rounds]          one core against all cores, taking turns within each round (default 30 rounds)\n"
        + $"environment: {BenchData.ReportsVariable}=<1..{BenchData.Operations}> distinct reports to generate (default {BenchData.Operations}).";

    // Arguments that select benchmarks without a prompt, and arguments that only print something.
    private static readonly string[] Selectors = ["--filter", "-f", "--allCategories", "--anyCategories"];
    private static readonly string[] InfoOnly = ["--list", "--help", "-h", "-?", "--version", "--info"];

    private static readonly string[] Toolchains = ["--inProcess", "-i", "--runtimes", "-r", "--toolchain", "--cli", "--coreRun", "--clrVersion", "--monoPath"];

    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 1 && args[0] == "--check")
        {
            return FluentValidationAgreement.Check(Console.Out) == 0 ? 0 : 1;
        }

        if (args.Length > 0 && args[0] == "--memory")
        {
            return MemoryScaling.Run(args, Console.Out);
        }

        if (args.Length > 0 && args[0] == "--scaling")
        {
            return ScalingRounds.Run(args, Console.Out);
        }

        if (args.Length == 3 && args[0] == MemoryScaling.ChildOption)
        {
            return MemoryScaling.Child(args[1], args[2]);
        }

        bool infoOnly = args.Any(a => InfoOnly.Contains(OptionName(a), StringComparer.OrdinalIgnoreCase));
        if (!infoOnly && !args.Any(a => Selectors.Contains(OptionName(a), StringComparer.OrdinalIgnoreCase)))
        {
            // Without a selection BenchmarkDotNet would ask on the console which benchmark to run.
            Console.Error.WriteLine(args.Length == 0 ? "error: no arguments; say which benchmarks to run." : "error: no --filter; say which benchmarks to run.");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        // The dry smoke run is for CI: run it in this process rather than build a second copy of the project (the build
        // alone takes most of a minute on a small machine). Any explicit toolchain choice is left alone.
        if (IsDryRun(args) && !args.Any(a => Toolchains.Contains(OptionName(a), StringComparer.OrdinalIgnoreCase)))
        {
            Console.WriteLine("// --job dry: running in process (--inProcess); set GIDR_BENCH_REPORTS to generate fewer reports.");
            args = [.. args, "--inProcess"];
            BenchData.WarmUpEnabled = false;
        }

        IConfig config = DefaultConfig.Instance.AddExporter(JsonExporter.Full);
        Summary[] summaries = [.. BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config)];
        if (infoOnly)
        {
            return 0;
        }

        int cases = summaries.Sum(s => s.BenchmarksCases.Length);
        if (cases == 0)
        {
            Console.Error.WriteLine($"error: no benchmark matched the arguments: {string.Join(' ', args)}");
            Console.Error.WriteLine("the benchmarks are ValidationBenchmarks.{Library,FluentValidation,Floor}, JsonBenchmarks.{Read,Write,TokenFloor}, EndToEndBenchmarks.{OneCore,AllCores}, RenderBenchmarks.{Html,HtmlFloor,HtmlSkeletonFloor,ValuesOnly,Word,WordFloor,Markdown,MarkdownFloor,MarkdownSkeletonFloor}, and DiagnosisBenchmarks.*.");
            return 3;
        }

        string[] failed =
        [
            .. summaries.Where(s => s.HasCriticalValidationErrors).Select(s => $"{s.Title}: critical validation errors"),
            .. summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is null).Select(r => r.BenchmarkCase.DisplayInfo),
        ];
        if (failed.Length != 0)
        {
            Console.Error.WriteLine($"error: {failed.Length} benchmark(s) failed or produced no result:");
            foreach (string f in failed)
            {
                Console.Error.WriteLine("  " + f);
            }

            return 4;
        }

        return 0;
    }

    /// <summary>The option of an argument, without an <c>=value</c> part (<c>--filter=*</c> is <c>--filter</c>).</summary>
    private static string OptionName(string argument)
    {
        int equals = argument.IndexOf('=', StringComparison.Ordinal);
        return argument.StartsWith('-') && equals > 0 ? argument[..equals] : argument;
    }

    private static bool IsDryRun(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            if (string.Equals(args[i], "--job=dry", StringComparison.OrdinalIgnoreCase)
                || (args[i] is "--job" or "-j" && i + 1 < args.Length && string.Equals(args[i + 1], "dry", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
