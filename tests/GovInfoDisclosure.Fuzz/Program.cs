using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;
using SharpFuzz;

namespace GovInfoDisclosure.Fuzz;

/// <summary>
/// One fuzzing target a run: reads the input as the target's format, then validates what was read. A refusal that the
/// library documents (<see cref="ReportFormatException"/>) is the expected answer to most inputs; any other exception,
/// a hang or a crash is a finding for AFL++.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 1 || !Targets.TryGetValue(args[0], out Action<Stream>? target))
        {
            Console.Error.WriteLine($"usage: GovInfoDisclosure.Fuzz {string.Join('|', Targets.Keys)}   (input on standard input, as afl-fuzz gives it)");
            return 64;
        }

        Fuzzer.OutOfProcess.Run(target);
        return 0;
    }

    private static readonly Dictionary<string, Action<Stream>> Targets = new(StringComparer.Ordinal)
    {
        ["json"] = stream =>
        {
            AnnualReport report;
            try
            {
                report = AnnualReportJson.Read(stream);
            }
            catch (ReportFormatException)
            {
                return;
            }

            ValidationResult result = ReportValidator.Default.Validate(report);
            foreach (Diagnostic d in result.Diagnostics)
            {
                _ = d.Message + d.MessageZh + d.Fingerprint;
            }

            _ = AnnualReportJson.ToJson(report);
        },
    };
}
