using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Comparison;

namespace GovInfoDisclosure.Cli;

/// <summary><c>gidr compare OLD NEW [--format text|json]</c>: two years of one agency's report, cell by cell.</summary>
internal static class CompareCommand
{
    public static int Run(string oldFile, string newFile, string format, TextWriter stdout, TextWriter stderr)
    {
        bool readOld = ReportFiles.TryRead(oldFile, stderr, out AnnualReport? previous);
        bool readNew = ReportFiles.TryRead(newFile, stderr, out AnnualReport? current);
        if (!readOld || !readNew)
        {
            return GidrApp.Unreadable;
        }

        ReportComparison comparison;
        try
        {
            comparison = ReportComparison.Compare(previous!, current!);
        }
        catch (ArgumentException ex)
        {
            // OLD and NEW given the wrong way round (or the same year): the command line is wrong.
            stderr.WriteLine($"gidr: cannot compare '{oldFile}' with '{newFile}': {ex.Message}");
            return GidrApp.Usage;
        }

        if (!comparison.SameAgency)
        {
            stderr.WriteLine(
                $"gidr: warning: '{oldFile}' is {previous!.Agency.Name}'s report and '{newFile}' is {current!.Agency.Name}'s: comparing two agencies, not two years of one.");
        }

        stdout.Write(format == "json" ? comparison.ToJson() : comparison.ToText());
        stdout.Flush();
        return GidrApp.Ok;
    }
}
