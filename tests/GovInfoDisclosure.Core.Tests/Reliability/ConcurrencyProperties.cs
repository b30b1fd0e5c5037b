using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Core.Tests.Properties;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Reliability;

/// <summary>The validator is shared by every thread of a portal: in parallel it finds exactly what it finds one by one.</summary>
public class ConcurrencyProperties
{
    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 30)]
    public bool Validating_in_parallel_gives_exactly_the_findings_of_validating_one_by_one(AnyReportSpec[] specs)
    {
        // Each report several times over, so that threads meet on the same report and on different ones at once.
        AnnualReport[] reports = [.. Enumerable.Range(0, 8).SelectMany(_ => specs.Select(s => s.Report))];
        string[][] sequential = [.. reports.Select(Findings)];

        var parallel = new ConcurrentDictionary<int, string[]>();
        Parallel.ForEach(
            Enumerable.Range(0, reports.Length),
            new ParallelOptions { MaxDegreeOfParallelism = 16 },
            i => parallel[i] = Findings(reports[i]));

        return Enumerable.Range(0, reports.Length).All(i => sequential[i].SequenceEqual(parallel[i]));
    }

    private static string[] Findings(AnnualReport report) =>
        [.. ReportValidator.Default.Validate(report).Diagnostics.Select(d => $"{d.Fingerprint} {d.Severity} {d.Message} {d.MessageZh}")];
}
