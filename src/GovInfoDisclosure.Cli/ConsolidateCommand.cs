using System.Globalization;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Consolidation;
using GovInfoDisclosure.Core.Json;

namespace GovInfoDisclosure.Cli;

/// <summary><c>gidr consolidate PART... [-o OUT]</c>: the canonical JSON of the consolidation; blanks reported on standard error.</summary>
internal static class ConsolidateCommand
{
    public static int Run(string[] partArguments, string? output, string? agencyName, string? region, Func<Stream> openStdout, TextWriter stderr)
    {
        // A PART may be a folder of parts, as a county keeps its townships' reports.
        string[] partFiles = [.. ReportFiles.Expand(partArguments)];
        var parts = new List<AnnualReport>();
        bool unreadable = false;
        foreach (string file in partFiles)
        {
            if (ReportFiles.TryRead(file, stderr, out AnnualReport? report))
            {
                parts.Add(report!);
            }
            else
            {
                unreadable = true;
            }
        }

        if (parts.Count == 0 && !unreadable)
        {
            stderr.WriteLine("gidr: nothing to consolidate: no report file among the PARTs.");
            return GidrApp.Unreadable;
        }

        if (unreadable)
        {
            stderr.WriteLine("gidr: nothing consolidated: every part must be read.");
            return GidrApp.Unreadable;
        }

        ConsolidationResult result;
        try
        {
            var agency = new Agency
            {
                Name = string.IsNullOrWhiteSpace(agencyName) ? string.Create(CultureInfo.InvariantCulture, $"{parts.Count}个单位汇总") : agencyName,
                Region = region,
            };
            result = ReportConsolidation.Consolidate(parts, parts[0].Year, agency);
        }
        catch (ArgumentException ex)
        {
            stderr.WriteLine($"gidr: cannot consolidate: {ex.Message}");
            return GidrApp.Unreadable;
        }

        foreach (ConsolidationBlank blank in result.Blanks)
        {
            string label = blank.Cell?.QualifiedLabelZh ?? blank.Path;
            stderr.WriteLine($"gidr: {blank.Path} [{label}] is blank in {string.Join(", ", blank.Parts.Select(i => partFiles[i]))}: left blank in the consolidation.");
        }

        try
        {
            using Stream stream = output is null ? openStdout() : File.Create(output);
            AnnualReportJson.Write(result.Report, stream);
            stream.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"gidr: cannot write '{output}': {ex.Message}");
            return GidrApp.Unreadable;
        }

        return GidrApp.Ok;
    }
}
