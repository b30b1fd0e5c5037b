using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Documents;

namespace GovInfoDisclosure.Cli;

/// <summary>
/// <c>gidr render FILE [--to html|docx|md] [-o OUT]</c>: a report (canonical JSON or a published document) in the
/// official layout. Without <c>-o</c> it goes to standard output; a Word document, being binary, needs <c>-o</c> unless
/// standard output is redirected.
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

        if (output is null)
        {
            using Stream stdout = openStdout();
            write(report!, stdout);
            stdout.Flush();
            return GidrApp.Ok;
        }

        using (FileStream stream = File.Create(output))
        {
            write(report!, stream);
        }

        return GidrApp.Ok;
    }
}
