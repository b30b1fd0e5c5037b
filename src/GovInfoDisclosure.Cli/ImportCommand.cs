using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Cli;

/// <summary>
/// <c>gidr import FILE... [-o DIR] [--year Y] [--agency NAME]</c>: published documents (HTML, Word, text) into canonical
/// JSON. One FILE without <c>-o</c> goes to standard output; otherwise each FILE becomes <c>DIR/&lt;name&gt;.json</c>. The
/// import findings go to standard error, one a line, with the place in the document.
/// </summary>
internal static class ImportCommand
{
    public static int Run(string[] files, string? outputFolder, int? year, string? agency, bool chinese, Func<Stream> openStdout, TextWriter stderr)
    {
        if (outputFolder is null && files.Length != 1)
        {
            stderr.WriteLine("gidr: import writes one FILE to standard output; for several, name a folder with -o DIR.");
            return GidrApp.Usage;
        }

        if (outputFolder is not null)
        {
            Directory.CreateDirectory(outputFolder);
        }

        var options = ImportOptions.Default with { Year = year, AgencyName = agency };
        MessageLanguage language = chinese ? MessageLanguage.Chinese : MessageLanguage.English;
        bool unreadable = false, errors = false;
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in files)
        {
            (AnnualReport? report, ReportImport? import, string? error) = ReportFiles.ReadWithImport(file, options);
            if (report is null)
            {
                stderr.WriteLine(error);
                unreadable = true;
                continue;
            }

            foreach (Diagnostic d in import?.Findings ?? [])
            {
                stderr.WriteLine($"{ValidateCommand.Where(file, d)}: {d.Severity.ToString().ToLowerInvariant()} {d.Code} {d.Path}: {ValidateOutput.OneLine(d.GetMessage(language))}");
                errors |= d.Severity == Severity.Error;
            }

            if (outputFolder is null)
            {
                using Stream stdout = openStdout();
                AnnualReportJson.Write(report, stdout);
                stdout.Flush();
                continue;
            }

            string target = Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(file) + ".json");
            if (!written.Add(Path.GetFullPath(target)))
            {
                // Two inputs of one name (a.html and a.docx): the second would overwrite the first without a word.
                stderr.WriteLine($"gidr: '{file}' would be written to '{target}' again; rename one of the inputs.");
                unreadable = true;
                continue;
            }

            using (FileStream stream = File.Create(target))
            {
                AnnualReportJson.Write(report, stream);
            }

            stderr.WriteLine($"gidr: {file} → {target}");
        }

        return unreadable ? GidrApp.Unreadable : errors ? GidrApp.Findings : GidrApp.Ok;
    }
}
