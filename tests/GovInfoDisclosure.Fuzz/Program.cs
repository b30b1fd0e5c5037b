using System.IO.Compression;
using System.Text;
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
/// a hang or a crash is a finding for AFL++. <c>seeds DIR SAMPLE.json... [FIXTURE.docx...]</c> writes the seed corpus of the document
/// targets: each sample in each layout the writers make (and as a Word document whose headings Word's numbering numbers),
/// and each Word document's <c>word/document.xml</c> alone.
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
        // The same reader on a Markdown file: its escapes, character references, <br>, pipe rows, front matter, hard breaks.
        ["markdown"] = stream => Document(stream, "fuzz.md"),
        ["html"] = stream => Document(stream, "fuzz.html"),
        ["docx"] = stream => Document(stream, "fuzz.docx"),
        // The input is the main part's XML, packed into a valid package before reading: most of the docx target's
        // mutated inputs are refused as a zip before any XML is read; this one fuzzes the Word reader's walk.
        ["docx-xml"] = stream => Document(new MemoryStream(Package(stream)), "fuzz.docx"),
    };

    private static readonly byte[] ContentTypes = Encoding.UTF8.GetBytes(
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"""
        + """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"""
        + """<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");

    private static readonly byte[] Relationships = Encoding.UTF8.GetBytes(
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");

    /// <summary>A Word package of three parts whose main document part is <paramref name="documentXml"/>.</summary>
    private static byte[] Package(Stream documentXml)
    {
        using var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", new MemoryStream(ContentTypes));
            Add(zip, "_rels/.rels", new MemoryStream(Relationships));
            Add(zip, "word/document.xml", documentXml);
        }

        return package.ToArray();
    }

    private static void Add(ZipArchive zip, string name, Stream content)
    {
        using Stream entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        content.CopyTo(entry);
    }

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
        foreach (string sample in samples.Where(s => s.EndsWith(".json", StringComparison.Ordinal)))
        {
            AnnualReport report = AnnualReportJson.ReadFile(sample);
            string name = Path.Combine(folder, Path.GetFileNameWithoutExtension(sample));
            File.WriteAllText(name + ".html", HtmlReportWriter.ToHtml(report));
            File.WriteAllText(name + ".md", MarkdownReportWriter.ToMarkdown(report));
            File.WriteAllBytes(name + ".docx", DocxReportWriter.ToBytes(report));
            File.WriteAllBytes(name + ".numbered.docx", GovInfoDisclosure.Documents.Tests.Writing.NumberedHeadings.Apply(DocxReportWriter.ToBytes(report)));
            File.WriteAllBytes(name + ".tracked.docx", GovInfoDisclosure.Documents.Tests.Writing.TrackedChanges.Apply(DocxReportWriter.ToBytes(report), seed: 1).Docx);
        }

        // The main part of every Word document written above and of the fixtures given after the samples.
        foreach (string docx in Directory.GetFiles(folder, "*.docx").Concat(samples.Where(s => s.EndsWith(".docx", StringComparison.Ordinal))))
        {
            using ZipArchive zip = ZipFile.OpenRead(docx);
            zip.GetEntry("word/document.xml")!.ExtractToFile(Path.Combine(folder, Path.GetFileNameWithoutExtension(docx) + ".document.xml"), overwrite: true);
        }
    }
}
