using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Cli;

/// <summary>The outcome of one file: its findings, or why it could not be read.</summary>
internal sealed record FileResult(string File, ValidationResult? Result, string? Error);

/// <summary><c>gidr validate FILE...</c>: every per-report rule on each file, in parallel, printed in the order given.</summary>
internal static class ValidateCommand
{
    /// <summary>Files given to the cores at a time.</summary>
    internal const int BatchSize = 4096;

    /// <summary>Bytes of JSON output gathered before they are written out.</summary>
    internal const int DrainThreshold = 16 * 1024;

    public static int Run(
        string[] arguments, string format, bool chinese, TextWriter stdout, TextWriter stderr, bool showProgress = false, bool series = false,
        string[]? parts = null)
    {
        var validator = new ReportValidator(ValidatorOptions.Default.WithLanguage(chinese ? MessageLanguage.Chinese : MessageLanguage.English));
        IEnumerable<FileResult> results = series ? CrossCheck.Series(ReportFiles.Expand(arguments), validator)
            : parts is { Length: > 0 } ? CrossCheck.Consolidation(arguments[0], parts, validator, stderr)
            : CheckInBatches(ReportFiles.Expand(arguments), validator);

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

        switch (format)
        {
            case "json":
                WriteJson(counted, stdout);
                break;
            case "sarif":
                SarifWriter.Write(counted, stdout, AnnualReportJson.CanonicalWriterOptions);
                break;
            default:
                WriteText(counted, stdout, validator.Options.Language);
                stdout.WriteLine(summary.ToString());
                break;
        }

        stdout.Flush();
        return summary.Unreadable > 0 ? GidrApp.Unreadable : summary.Errors > 0 ? GidrApp.Findings : GidrApp.Ok;
    }

    /// <summary>
    /// The files' results in the order given. The names come in batches: each batch is checked by every core at once
    /// (this thread being one of them), then its results are handed on in order while nothing else runs. So there is
    /// no third thread merging results file by file, memory holds one batch of results (and the listing of one folder,
    /// which the sorted order needs) however many files there are, and a core waits at most one file at a batch's end.
    /// </summary>
    internal static IEnumerable<FileResult> CheckInBatches(IEnumerable<string> files, ReportValidator validator)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        foreach (string[] batch in files.Chunk(BatchSize))
        {
            var results = new FileResult[batch.Length];
            Parallel.For(0, batch.Length, options, i => results[i] = Check(batch[i], validator));
            foreach (FileResult result in results)
            {
                yield return result;
            }
        }
    }

    internal static FileResult Check(string file, ReportValidator validator)
    {
        (AnnualReport? report, string? error) = ReportFiles.Read(file);
        return report is null ? new FileResult(file, null, error) : new FileResult(file, validator.Validate(report), null);
    }

    /// <summary>The printed labels of the cell a finding points at (<c>（七）总计 · 自然人</c>).</summary>
    internal static string Label(Diagnostic d) => ReportFormat.FindByPointer(d.Path)?.QualifiedLabelZh ?? d.Path;

    private static void WriteText(IEnumerable<FileResult> results, TextWriter stdout, MessageLanguage language)
    {
        foreach (FileResult r in results)
        {
            if (r.Result is null)
            {
                continue;
            }

            foreach (Diagnostic d in r.Result.Diagnostics)
            {
                var line = new StringBuilder();
                line.Append(r.File).Append(": ").Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Code)
                    .Append(' ').Append(d.Path).Append(" [").Append(Label(d)).Append(']');
                if (d.Expected is { } e && d.Actual is { } a)
                {
                    line.Append(" expected ").Append(e.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .Append(", actual ").Append(a.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                line.Append(": ").Append(d.GetMessage(language));
                stdout.WriteLine(line.ToString());
            }
        }
    }

    private static void WriteJson(IEnumerable<FileResult> results, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using var w = new Utf8JsonWriter(buffer, AnnualReportJson.CanonicalWriterOptions);
        w.WriteStartObject();
        w.WriteStartArray("results");
        foreach (FileResult r in results)
        {
            w.WriteStartObject();
            w.WriteString("file", r.File);
            if (r.Error is not null)
            {
                w.WriteString("error", r.Error);
            }

            w.WriteStartArray("diagnostics");
            foreach (Diagnostic d in r.Result?.Diagnostics ?? [])
            {
                w.WriteStartObject();
                w.WriteString("code", d.Code);
                w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                w.WriteString("path", d.Path);
                if (d.Expected is { } e)
                {
                    w.WriteNumber("expected", e);
                }

                if (d.Actual is { } a)
                {
                    w.WriteNumber("actual", a);
                }

                w.WriteString("message", d.Message);
                w.WriteString("messageZh", d.MessageZh);
                w.WriteString("fingerprint", d.Fingerprint);
                w.WriteStartArray("cells");
                foreach (string cell in d.Cells)
                {
                    w.WriteStringValue(cell);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            Drain(w, buffer, stdout, DrainThreshold);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        Drain(w, buffer, stdout);
        stdout.WriteLine();
    }

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

    private sealed class Summary
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
