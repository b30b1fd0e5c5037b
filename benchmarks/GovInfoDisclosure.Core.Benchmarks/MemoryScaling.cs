using System.Diagnostics;
using System.Globalization;
using System.Text;
using GovInfoDisclosure.Core.Json;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// Whether <c>gidr validate FOLDER</c> keeps its memory flat however many files the folder holds: for each count, the
/// files are written to a temporary folder, then a fresh process (this program with <c>--memory-child</c>) runs the
/// command line in process over the folder, writing its output to a pipe that this process reads and discards, and
/// reports its own peak working set. A fresh process per count, so that nothing is warmed or kept from an earlier
/// count. Not a BenchmarkDotNet benchmark: a peak is one number per run, not a time.
/// </summary>
internal static class MemoryScaling
{
    public const string ChildOption = "--memory-child";

    private static readonly int[] DefaultCounts = [1, 1_000, 10_000, 100_000];

    /// <summary>Runs the measurement for each count (default 1, 1,000, 10,000, 100,000 files) and prints a table.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        string format = "json";
        int perFolder = int.MaxValue;
        int[] counts = DefaultCounts;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--format" && i + 1 < args.Length)
            {
                format = args[++i];
            }
            else if (args[i] == "--per-folder" && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out perFolder) && perFolder > 0)
            {
                i++;
            }
            else if (!TryParseCounts(args[i], out counts))
            {
                Console.Error.WriteLine($"error: '{args[i]}' is not a comma-separated list of file counts (1 to 1000000), nor --format text|json|sarif, nor --per-folder N.");
                return 2;
            }
        }

        byte[][] documents = [.. ReportGenerator.Generate(Operations(counts), Shape.TenPercentInvalid).Reports.Select(AnnualReportJson.ToUtf8Bytes)];
        string layout = perFolder == int.MaxValue ? "all files in one folder" : $"{perFolder:N0} files a subfolder";
        output.WriteLine($"// gidr validate FOLDER --format {format}, {layout}, a fresh process per count; {documents.Length} distinct reports (shape TenPercentInvalid), repeated beyond that; {Environment.ProcessorCount} cores");
        output.WriteLine();
        output.WriteLine("| files | output | seconds | peak working set | managed heap after | allocated | gen0/gen1/gen2 collections | exit |");
        output.WriteLine("|------:|-------:|--------:|-----------------:|-------------------:|----------:|:--------------------------|-----:|");
        foreach (int count in counts)
        {
            string folder = Path.Combine(Path.GetTempPath(), "gidr-memory-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            try
            {
                Directory.CreateDirectory(folder);
                for (int i = 0; i < count; i++)
                {
                    string into = perFolder == int.MaxValue ? folder : Path.Combine(folder, $"agency-{i / perFolder:D5}");
                    if (i % perFolder == 0)
                    {
                        Directory.CreateDirectory(into);
                    }

                    File.WriteAllBytes(Path.Combine(into, $"report-{i:D7}.json"), documents[i % documents.Length]);
                }

                (string stats, long outputBytes, int exit, double seconds) = RunChild(folder, format);
                output.WriteLine($"| {count:N0} | {outputBytes / 1024.0 / 1024.0:N1} MB | {seconds:N1} | {stats} | {exit} |");
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }

        return 0;
    }

    /// <summary>In the child: gidr validate over the folder, then the figures of this process on standard error.</summary>
    public static int Child(string folder, string format)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024);
        int exit = GovInfoDisclosure.Cli.GidrApp.Run(["validate", folder, "--format", format], stdout, TextWriter.Null, () => Stream.Null);
        stdout.Flush();
        using Process self = Process.GetCurrentProcess();
        self.Refresh();
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Megabytes(self.PeakWorkingSet64)} | {Megabytes(GC.GetTotalMemory(forceFullCollection: false))} | {Megabytes(GC.GetTotalAllocatedBytes())} | {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        return exit;
    }

    private static (string Stats, long OutputBytes, int Exit, double Seconds) RunChild(string folder, string format)
    {
        // The same program, started again: its apphost, or dotnet with its assembly.
        string program = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(program).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(MemoryScaling).Assembly.Location);
        }

        start.ArgumentList.Add(ChildOption);
        start.ArgumentList.Add(folder);
        start.ArgumentList.Add(format);

        // gidr runs with invariant globalization (its project says so); the child does the same.
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1";
        var clock = Stopwatch.StartNew();
        using Process child = Process.Start(start) ?? throw new InvalidOperationException("could not start the child process.");
        Task<string> errors = child.StandardError.ReadToEndAsync();
        // Bytes, not characters: the output holds Chinese text, three bytes a character in UTF-8.
        long outputBytes = 0;
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = child.StandardOutput.BaseStream.Read(buffer, 0, buffer.Length)) > 0)
        {
            outputBytes += read;
        }

        child.WaitForExit();
        double seconds = clock.Elapsed.TotalSeconds;
        string stats = errors.Result.Trim();
        return (stats.Length == 0 ? "(no figures: the child failed)" : stats, outputBytes, child.ExitCode, seconds);
    }

    private static int Operations(int[] counts) => Math.Min(BenchData.ReportCount, counts.Max());

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " MB";

    private static bool TryParseCounts(string text, out int[] counts)
    {
        string[] parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        counts = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out counts[i]) || counts[i] is < 1 or > 1_000_000)
            {
                return false;
            }
        }

        return parts.Length > 0;
    }
}
