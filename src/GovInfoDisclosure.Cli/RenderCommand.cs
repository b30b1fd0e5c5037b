using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Documents;

namespace GovInfoDisclosure.Cli;

/// <summary>
/// <c>gidr render FILE [--to html|docx|md] [-o OUT]</c>: a report (canonical JSON or a published document) in the
/// official layout. Without <c>-o</c> it goes to standard output (a Word document too, for a redirection or a pipe). A
/// report the layout cannot hold (a control character in a Word document) is refused with exit code 2 and nothing
/// written.
/// </summary>
internal static class RenderCommand
{
    public static int Run(string file, string to, string? output, Func<Stream> openStdout, TextWriter stderr)
    {
        if (!ReportFiles.TryRead(file, stderr, out AnnualReport? report))
        {
            return GidrApp.Unreadable;
        }

        Action<AnnualReport, Stream> write = to switch
        {
            "docx" => static (r, s) => DocxReportWriter.Write(r, s),
            "md" => static (r, s) => MarkdownReportWriter.Write(r, s),
            _ => static (r, s) => HtmlReportWriter.Write(r, s),
        };

        // Written in memory first: a report the layout cannot hold (a character Word's XML cannot) leaves no part of a
        // document behind, in a file or on standard output.
        using var written = new MemoryStream();
        try
        {
            write(report!, written);
        }
        catch (ArgumentException e) when (e.ParamName == "report")
        {
            int parameter = e.Message.LastIndexOf(" (Parameter", StringComparison.Ordinal);
            stderr.WriteLine($"gidr: {file}: {(parameter > 0 ? e.Message[..parameter] : e.Message)}");
            return GidrApp.Unreadable;
        }

        written.Position = 0;
        if (output is null)
        {
            using Stream stdout = openStdout();
            written.CopyTo(stdout);
            stdout.Flush();
            return GidrApp.Ok;
        }

        using (FileStream stream = File.Create(output))
        {
            written.CopyTo(stream);
        }

        return GidrApp.Ok;
    }
}
