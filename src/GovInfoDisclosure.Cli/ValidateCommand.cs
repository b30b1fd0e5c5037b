using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Cli;

/// <summary>The outcome of one file: its findings, or why it could not be read.</summary>
internal sealed record FileResult(string File, ValidationResult? Result, string? Error)
{
    /// <summary>What the file adds to the output, rendered by the core that checked it (<see cref="ValidateOutput.Render"/>).</summary>
    public byte[]? Output { get; init; }

    /// <summary>The report read, for outputs that show it (the HTML validation page); the others drop it with the result.</summary>
    public AnnualReport? Report { get; init; }
}

/// <summary><c>gidr validate FILE...</c>: every per-report rule on each file, in parallel, printed in the order given.</summary>
internal static class ValidateCommand
{
    /// <summary>
    /// Files given to the cores at a time. Small, because a batch's results are held until it is printed (an imported
    /// page's findings carry their source locations, some 20 KB a page): 4,096 held about 90 MB; 256 hold a few MB, and a
    /// core still waits at most one file at a batch's end (under 1 % of a batch's time).
    /// </summary>
    internal const int BatchSize = 256;

    /// <summary>Bytes of JSON output gathered before they are written out.</summary>
    internal const int DrainThreshold = 16 * 1024;

    public static int Run(
        string[] arguments, string format, bool chinese, TextWriter stdout, TextWriter stderr, bool showProgress = false, bool series = false,
        string[]? parts = null)
    {
        var validator = new ReportValidator(ValidatorOptions.Default.WithLanguage(chinese ? MessageLanguage.Chinese : MessageLanguage.English));
        var output = ValidateOutput.For(format, validator.Options.Language, stdout.NewLine);
        IEnumerable<FileResult> results = series ? CrossCheck.Series(ReportFiles.Expand(arguments), validator)
            : parts is { Length: > 0 } ? CrossCheck.Consolidation(arguments[0], parts, validator, stderr)
            : CheckInBatches(ReportFiles.Expand(arguments), validator, output.Render, output.NeedsReports);

        var summary = new Summary();
        using var progress = showProgress ? new Progress(stderr) : null;
        IEnumerable<FileResult> counted = results.Select(r =>
        {
            summary.Add(r);
            progress?.Tick();
            if (r.Error is not null)
            {
                lock (stderr)
                {
                    stderr.WriteLine(r.Error);
                }
            }

            return r;
        });

        output.Write(counted, stdout, summary);
        stdout.Flush();
        return summary.Unreadable > 0 ? GidrApp.Unreadable : summary.Errors > 0 ? GidrApp.Findings : GidrApp.Ok;
    }

    /// <summary>
    /// The files' results in the order given. The names come in batches: each batch is checked by every core at once
    /// (this thread being one of them), each file's output rendered by the core that checked it (<paramref name="render"/>),
    /// then its results are handed on in order while nothing else runs. So there is no third thread merging results file
    /// by file, memory holds one batch of results (and the listing of one folder, which the sorted order needs) however
    /// many files there are, a core waits at most one file at a batch's end, and what is left to do in order is little
    /// more than copying the rendered output.
    /// </summary>
    internal static IEnumerable<FileResult> CheckInBatches(
        IEnumerable<string> files, ReportValidator validator, Func<FileResult, byte[]?>? render = null, bool keepReports = false)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        foreach (string[] batch in files.Chunk(BatchSize))
        {
            var results = new FileResult[batch.Length];
            Parallel.For(0, batch.Length, options, i =>
            {
                FileResult result = Check(batch[i], validator);
                result = render is null ? result : result with { Output = render(result) };
                results[i] = keepReports ? result : result with { Report = null };
            });
            foreach (FileResult result in results)
            {
                yield return result;
            }
        }
    }

    internal static FileResult Check(string file, ReportValidator validator)
    {
        (AnnualReport? report, ReportImport? import, string? error) = ReportFiles.ReadWithImport(file, ImportOptions.Default);
        return report is null ? new FileResult(file, null, error) : new FileResult(file, PerReport(report, import, validator), null) { Report = report };
    }

    /// <summary>The per-report findings: for an imported document its import findings first, and every finding with its source location.</summary>
    internal static ValidationResult PerReport(AnnualReport report, ReportImport? import, ReportValidator validator) =>
        import is not null ? import.Validate(validator) : validator.Validate(report);

    /// <summary>Runs the command with its output going to a file instead of standard output.</summary>
    public static int RunTo(
        string outputFile, string[] arguments, string format, bool chinese, TextWriter stderr, bool showProgress, bool series, string[]? parts)
    {
        using var writer = new StreamWriter(File.Create(outputFile), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        return Run(arguments, format, chinese, writer, stderr, showProgress, series, parts);
    }

    /// <summary>
    /// Where a finding is, as a person goes there: <c>file:line:column</c> (and the table cell) for a value read from a
    /// published document, the file alone otherwise.
    /// </summary>
    internal static string Where(string file, Diagnostic d) => d.Location is { } location ? location.InFile(file).ToString() : file;

    /// <summary>
    /// The printed labels of the cell a finding points at (<c>（七）总计 · 自然人</c>), as the report's edition prints them
    /// (a 2019-edition report's <c>/proactiveDisclosure/licensing/decisions</c> is 行政许可 · 处理决定数量, not 2021's
    /// 本年处理决定数量); without the report, a cell only the 2019 edition prints by that edition's labels.
    /// </summary>
    internal static string Label(Diagnostic d, AnnualReport? report) =>
        (report is null ? null : ReportFormat.Of(report.Edition).FindByPointer(d.Path))?.QualifiedLabelZh
        ?? ReportFormat.FindByPointerInAnyEdition(d.Path)?.QualifiedLabelZh ?? d.Path;

    /// <summary>
    /// Moves what the JSON writer has written so far to the output, so that nothing piles up: once at least
    /// <paramref name="threshold"/> bytes wait (a file's result at a time would cost more than the result itself), and
    /// always with the default of 0.
    /// </summary>
    internal static void Drain(Utf8JsonWriter w, MemoryStream buffer, TextWriter stdout, int threshold = 0)
    {
        if (w.BytesPending + buffer.Length < threshold)
        {
            return;
        }

        w.Flush();
        stdout.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }

    /// <summary>The counts of the last line of the text output, and of the exit code.</summary>
    internal sealed class Summary
    {
        public int Files { get; private set; }

        public int Unreadable { get; private set; }

        public int Errors { get; private set; }

        public int Warnings { get; private set; }

        public int Infos { get; private set; }

        public void Add(FileResult r)
        {
            Files++;
            if (r.Result is null)
            {
                Unreadable++;
                return;
            }

            Errors += r.Result.ErrorCount;
            Warnings += r.Result.WarningCount;
            Infos += r.Result.InfoCount;
        }

        public override string ToString() =>
            $"{Files} file(s): {Errors} error(s), {Warnings} warning(s), {Infos} info(s)" + (Unreadable > 0 ? $", {Unreadable} could not be read" : string.Empty);
    }

    /// <summary>A count of files done on a terminal's standard error, at most ten times a second.</summary>
    private sealed class Progress(TextWriter stderr) : IDisposable
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _done;
        private long _shownAt;
        private bool _shown;

        public void Tick()
        {
            _done++;
            if (_clock.ElapsedMilliseconds - _shownAt >= 100 && _clock.ElapsedMilliseconds > 500)
            {
                _shownAt = _clock.ElapsedMilliseconds;
                _shown = true;
                lock (stderr)
                {
                    stderr.Write($"\rgidr: {_done} file(s) validated…");
                }
            }
        }

        public void Dispose()
        {
            if (_shown)
            {
                lock (stderr)
                {
                    stderr.WriteLine($"\rgidr: {_done} file(s) validated.   ");
                }
            }
        }
    }
}
