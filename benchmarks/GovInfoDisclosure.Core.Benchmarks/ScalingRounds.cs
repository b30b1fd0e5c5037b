using System.Diagnostics;
using System.Globalization;

namespace GovInfoDisclosure.Core.Benchmarks;

/// <summary>
/// <c>--scaling [rounds]</c> (not BenchmarkDotNet): the end-to-end pass (<see cref="EndToEndBenchmarks"/>) and its parts
/// (<see cref="ScalingBenchmarks"/>) on one core and on all cores, taking turns within each round, so that the
/// machine's changes of speed fall on both sides of each round's ratio. BenchmarkDotNet measures one method after
/// another, minutes apart; on a shared machine whose speed changes from moment to moment, the ratio of two such
/// figures mixes the scaling with the drift. Prints, per part, the median time per file on one core and on all, the
/// median and quartiles of the rounds' ratios, how many rounds reached 1.7, and the share of the all-cores time that
/// the garbage collector's pauses took.
/// </summary>
public static class ScalingRounds
{
    /// <summary>The rounds measured when none are given, after <see cref="WarmUpRounds"/> that are not.</summary>
    public const int DefaultRounds = 30;

    /// <summary>Rounds run first and not counted: tiered compilation, the page cache, the collector's budgets.</summary>
    public const int WarmUpRounds = 3;

    /// <summary>The ratio the issue asks of the end-to-end pass.</summary>
    public const double Target = 1.7;

    /// <summary>Runs <c>--scaling [rounds]</c>; returns the exit code (2 for a wrong argument).</summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        int rounds = DefaultRounds;
        if (args.Length > 2 || (args.Length == 2 && (!int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds < 1)))
        {
            Console.Error.WriteLine("usage: ... -- --scaling [rounds]   (rounds: a whole number from 1; default 30)");
            return 2;
        }

        var endToEnd = new EndToEndBenchmarks();
        var parts = new ScalingBenchmarks();
        endToEnd.Setup();
        parts.Setup();
        try
        {
            Part[] measured =
            [
                new("EndToEnd", endToEnd.OneCore, endToEnd.AllCores),
                new("Files", parts.FilesOneCore, parts.FilesAllCores),
                new("Compute", parts.ComputeOneCore, parts.ComputeAllCores),
                new("Spin", parts.SpinOneCore, parts.SpinAllCores),
            ];
            for (int round = -WarmUpRounds; round < rounds; round++)
            {
                foreach (Part part in measured)
                {
                    // Which side goes first alternates, so that neither always follows the other's garbage.
                    part.Measure(allCoresFirst: (round & 1) == 1, counted: round >= 0);
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// {rounds} rounds (after {WarmUpRounds} not counted), {BenchData.Files} files, {Environment.ProcessorCount} cores; times per file, medians"));
            output.WriteLine("part        one core   all cores   ratio   quartiles     rounds >= 1.7   GC pauses (all cores)");
            foreach (Part part in measured)
            {
                output.WriteLine(part.Summary());
            }

            return 0;
        }
        finally
        {
            endToEnd.Cleanup();
            parts.Cleanup();
        }
    }

    /// <summary>One part: its two passes, and what each counted round measured.</summary>
    private sealed class Part(string name, Func<int> oneCore, Func<int> allCores)
    {
        private readonly List<double> _one = [];
        private readonly List<double> _all = [];
        private readonly List<double> _ratios = [];
        private TimeSpan _allTime;
        private TimeSpan _allPauses;

        public void Measure(bool allCoresFirst, bool counted)
        {
            TimeSpan one, all, pauses;
            if (allCoresFirst)
            {
                all = Time(allCores, out pauses);
                one = Time(oneCore, out _);
            }
            else
            {
                one = Time(oneCore, out _);
                all = Time(allCores, out pauses);
            }

            if (!counted)
            {
                return;
            }

            _one.Add(one.TotalMicroseconds / BenchData.Files);
            _all.Add(all.TotalMicroseconds / BenchData.Files);
            _ratios.Add(one / all);
            _allTime += all;
            _allPauses += pauses;
        }

        public string Summary()
        {
            int reached = _ratios.Count(r => r >= Target);
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-10} {Quantile(_one, 0.5),7:F2} µs {Quantile(_all, 0.5),8:F2} µs   {Quantile(_ratios, 0.5),5:F2}   {Quantile(_ratios, 0.25):F2}–{Quantile(_ratios, 0.75):F2}     {reached,3} of {_ratios.Count,-3}      {_allPauses / _allTime,6:P1}");
        }

        private static TimeSpan Time(Func<int> pass, out TimeSpan pauses)
        {
            TimeSpan pausedBefore = GC.GetTotalPauseDuration();
            long start = Stopwatch.GetTimestamp();
            pass();
            TimeSpan elapsed = Stopwatch.GetElapsedTime(start);
            pauses = GC.GetTotalPauseDuration() - pausedBefore;
            return elapsed;
        }

        /// <summary>The <paramref name="q"/> quantile, interpolated between the two nearest values.</summary>
        private static double Quantile(List<double> values, double q)
        {
            double[] sorted = [.. values.Order()];
            double at = q * (sorted.Length - 1);
            int below = (int)Math.Floor(at);
            int above = Math.Min(below + 1, sorted.Length - 1);
            return sorted[below] + ((sorted[above] - sorted[below]) * (at - below));
        }
    }
}
