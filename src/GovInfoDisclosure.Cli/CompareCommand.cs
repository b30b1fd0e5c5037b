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

        ReportComparison comparison = ReportComparison.Compare(previous!, current!);
        stdout.Write(format == "json" ? comparison.ToJson() : comparison.ToText());
        stdout.Flush();
        return GidrApp.Ok;
    }
}
