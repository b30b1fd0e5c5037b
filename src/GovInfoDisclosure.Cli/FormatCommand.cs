using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Json;

namespace GovInfoDisclosure.Cli;

/// <summary><c>gidr format FILE</c>: the canonical form of a report on standard output.</summary>
internal static class FormatCommand
{
    public static int Run(string file, Func<Stream> openStdout, TextWriter stderr)
    {
        if (!ReportFiles.TryRead(file, stderr, out AnnualReport? report))
        {
            return GidrApp.Unreadable;
        }

        using Stream stdout = openStdout();
        AnnualReportJson.Write(report!, stdout);
        stdout.Flush();
        return GidrApp.Ok;
    }
}
