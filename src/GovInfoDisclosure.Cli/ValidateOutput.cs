using System.Buffers;
using System.Text;
using System.Text.Json;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Cli;

/// <summary>
/// An output format of <c>gidr validate</c>, in two steps. <see cref="Render"/> turns one file's result into the text
/// it adds to the output; it runs on the core that checked the file, while the other cores check theirs.
/// <see cref="Write"/> then writes the parts out in the order given, rendering only those that were not rendered
/// before (the results of <c>--series</c> and <c>--part</c>). So the one thread that writes does little per file: when
/// it was rendering too, the other cores waited for it at the end of every batch.
/// </summary>
internal abstract class ValidateOutput
{
    /// <summary>The output of <paramref name="format"/> (<c>text</c>, <c>json</c> or <c>sarif</c>).</summary>
    public static ValidateOutput For(string format, MessageLanguage language, string newLine) => format switch
    {
        "json" => new JsonResults(),
        "sarif" => new SarifWriter(),
        "html" => new HtmlPage(),
        _ => new TextLines(language, newLine),
    };

    /// <summary>What <paramref name="result"/> adds to the output, as UTF-8; null when it adds nothing. Safe on any thread.</summary>
    public abstract byte[]? Render(FileResult result);

    /// <summary>Writes the whole output, each file's part in the order of <paramref name="results"/>.</summary>
    public abstract void Write(IEnumerable<FileResult> results, TextWriter stdout, ValidateCommand.Summary summary);

    /// <summary>The part of a file, as rendered on the core that checked it or, failing that, now.</summary>
    protected byte[]? PartOf(FileResult result) => result.Output ?? Render(result);

    /// <summary>Whether the output shows the reports themselves; the others let each report go as soon as it is checked.</summary>
    public virtual bool NeedsReports => false;

    /// <summary>
    /// The validation page (<see cref="Documents.ValidationPageWriter"/>): one self-contained HTML page with a summary of the
    /// files and each report's tables with the cells the findings name marked. Its summary comes first, so it holds every
    /// file's report and findings until the end: meant for the tens of files a person reviews, not a folder of thousands.
    /// </summary>
    private sealed class HtmlPage : ValidateOutput
    {
        public override bool NeedsReports => true;

        public override byte[]? Render(FileResult result) => null;

        public override void Write(IEnumerable<FileResult> results, TextWriter stdout, ValidateCommand.Summary summary)
        {
            var entries = new List<Documents.ValidationPageEntry>();
            foreach (FileResult r in results)
            {
                entries.Add(r.Report is { } report && r.Result is { } result
                    ? new Documents.ValidationPageEntry(r.File, report, result)
                    : new Documents.ValidationPageEntry(r.File, r.Error ?? "could not be read"));
            }

            Documents.ValidationPageWriter.Write(entries, stdout);
        }
    }

    /// <summary>A finding's source location in a published document, as <c>"location": { "line", "column", "table", "row", "cell" }</c> (what is known).</summary>
    protected static void WriteLocation(Utf8JsonWriter w, Core.Documents.SourceLocation location)
    {
        w.WriteStartObject("location");
        if (location.Line > 0)
        {
            w.WriteNumber("line", location.Line);
        }

        if (location.Column > 0)
        {
            w.WriteNumber("column", location.Column);
        }

        if (location.Table is { } table)
        {
            w.WriteNumber("table", table);
        }

        if (location.Row is { } row)
        {
            w.WriteNumber("row", row);
        }

        if (location.Cell is { } cell)
        {
            w.WriteNumber("cell", cell);
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// A message on one line of the text output: a line break in the document's text it quotes (a <c>&lt;br&gt;</c> in a
    /// cell) is printed as <c>\n</c>, so that a finding stays one line for a person and for <c>grep</c>.
    /// </summary>
    internal static string OneLine(string message) =>
        message.AsSpan().IndexOfAny(LineBreaks) < 0 ? message : message.ReplaceLineEndings("\\n");

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    /// <summary>The lines of each finding: <c>file: severity CODE /path [labels] expected E, actual A: message</c>.</summary>
    private sealed class TextLines(MessageLanguage language, string newLine) : ValidateOutput
    {
        public override byte[]? Render(FileResult result)
        {
            if (result.Result is not { Diagnostics.Length: > 0 } validation)
            {
                return null;
            }

            var lines = new StringBuilder();
            foreach (Diagnostic d in validation.Diagnostics)
            {
                lines.Append(ValidateCommand.Where(result.File, d)).Append(": ").Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Code)
                    .Append(' ').Append(d.Path).Append(" [").Append(ValidateCommand.Label(d, result.Report)).Append(']');
                if (d.Expected is { } e && d.Actual is { } a)
                {
                    lines.Append(" expected ").Append(e.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .Append(", actual ").Append(a.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                lines.Append(": ").Append(OneLine(d.GetMessage(language))).Append(newLine);
            }

            return Encoding.UTF8.GetBytes(lines.ToString());
        }

        public override void Write(IEnumerable<FileResult> results, TextWriter stdout, ValidateCommand.Summary summary)
        {
            foreach (FileResult r in results)
            {
                if (PartOf(r) is { } part)
                {
                    stdout.Write(Encoding.UTF8.GetString(part));
                }
            }

            stdout.WriteLine(summary.ToString());
        }
    }

    /// <summary><c>{"results": [{"file", "error"?, "diagnostics": [...]}, ...]}</c>, as docs/cli.md describes.</summary>
    private sealed class JsonResults() : JsonItems(depth: 2)
    {
        public override byte[]? Render(FileResult result) => RenderItems(result.File, [result], static (w, _, r) =>
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
                if (d.Location is { } location)
                {
                    WriteLocation(w, location);
                }

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
        });

        public override void Write(IEnumerable<FileResult> results, TextWriter stdout, ValidateCommand.Summary summary)
        {
            using var buffer = new MemoryStream();
            using var w = new Utf8JsonWriter(buffer, AnnualReportJson.CanonicalWriterOptions);
            w.WriteStartObject();
            w.WriteStartArray("results");
            foreach (FileResult r in results)
            {
                WriteItems(w, PartOf(r));
                ValidateCommand.Drain(w, buffer, stdout, ValidateCommand.DrainThreshold);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            ValidateCommand.Drain(w, buffer, stdout);
            stdout.WriteLine();
        }
    }
}

/// <summary>
/// A JSON output whose files' parts are items of one array at a fixed depth of the document: each part is rendered
/// with a writer of its own, then placed into the document's writer as it is, so it must already carry the line breaks
/// and indentation that the document's writer would have given it there.
/// </summary>
internal abstract class JsonItems(int depth) : ValidateOutput
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_item;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_part;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>A line break and the indentation of the array's items (<see cref="AnnualReportJson.CanonicalWriterOptions"/>).</summary>
    private readonly byte[] _lineStart = Encoding.UTF8.GetBytes(
        AnnualReportJson.CanonicalWriterOptions.NewLine + new string(AnnualReportJson.CanonicalWriterOptions.IndentCharacter, depth * AnnualReportJson.CanonicalWriterOptions.IndentSize));

    /// <summary>
    /// The items as the document's writer would write them into the array after a first item: each on a new line at
    /// the array's indentation, its own lines indented as much again, a comma between them (the document's writer adds
    /// the one before the first). Null for no items.
    /// </summary>
    protected byte[]? RenderItems<T>(string file, ReadOnlySpan<T> items, Action<Utf8JsonWriter, string, T> write)
    {
        if (items.IsEmpty)
        {
            return null;
        }

        ArrayBufferWriter<byte> item = t_item ??= new ArrayBufferWriter<byte>(4096);
        Utf8JsonWriter writer = t_writer ??= new Utf8JsonWriter(item, AnnualReportJson.CanonicalWriterOptions);
        ArrayBufferWriter<byte> part = t_part ??= new ArrayBufferWriter<byte>(4096);
        part.ResetWrittenCount();
        for (int i = 0; i < items.Length; i++)
        {
            item.ResetWrittenCount();
            writer.Reset(item);
            write(writer, file, items[i]);
            writer.Flush();
            if (i > 0)
            {
                part.Write(","u8);
            }

            ReadOnlySpan<byte> rest = item.WrittenSpan;
            while (true)
            {
                part.Write(_lineStart);
                int end = rest.IndexOf((byte)'\n');
                if (end < 0)
                {
                    part.Write(rest);
                    break;
                }

                part.Write(rest[..end]);
                rest = rest[(end + 1)..];
            }
        }

        return part.WrittenSpan.ToArray();
    }

    /// <summary>Places a part rendered by <see cref="RenderItems{T}"/> (if any) into the document's array.</summary>
    protected static void WriteItems(Utf8JsonWriter w, byte[]? part)
    {
        if (part is not null)
        {
            w.WriteRawValue(part, skipInputValidation: true);
        }
    }
}
