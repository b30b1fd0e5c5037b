using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;
using GovInfoDisclosure.Documents;
using SharpFuzz;

namespace GovInfoDisclosure.Fuzz;

/// <summary>
/// One fuzzing target a run: reads the input as the target's format, then validates what was read. A refusal that the
/// library documents (<see cref="ReportFormatException"/>) is the expected answer to most inputs; any other exception,
/// a hang or a crash is a finding for AFL++. <c>seeds DIR SAMPLE.json...</c> writes the seed corpus of the document
/// targets: each sample in each layout the writers make.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "seeds")
        {
            WriteSeeds(args[1], args[2..]);
            return 0;
        }

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
        ["text"] = stream => Document(stream, "fuzz.txt"),
        ["html"] = stream => Document(stream, "fuzz.html"),
        ["docx"] = stream => Document(stream, "fuzz.docx"),
    };

    /// <summary>A published document read by its extension, then validated with its findings' locations; a refusal is expected.</summary>
    private static void Document(Stream stream, string name)
    {
        ReportImport import;
        try
        {
            import = ReportDocument.Read(stream, name);
        }
        catch (DocumentReadException)
        {
            return;
        }

        foreach (Diagnostic d in import.Validate().Diagnostics)
        {
            _ = d.Message + d.MessageZh + d.Location;
        }
    }

    private static void WriteSeeds(string folder, string[] samples)
    {
        Directory.CreateDirectory(folder);
        foreach (string sample in samples)
        {
            AnnualReport report = AnnualReportJson.ReadFile(sample);
            string name = Path.Combine(folder, Path.GetFileNameWithoutExtension(sample));
            File.WriteAllText(name + ".html", HtmlReportWriter.ToHtml(report));
            File.WriteAllText(name + ".md", MarkdownReportWriter.ToMarkdown(report));
            File.WriteAllBytes(name + ".docx", DocxReportWriter.ToBytes(report));
        }
    }
}
