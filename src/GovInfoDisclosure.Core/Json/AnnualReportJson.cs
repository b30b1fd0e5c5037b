using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using Microsoft.Win32.SafeHandles;

namespace GovInfoDisclosure.Core.Json;

/// <summary>
/// Reads and writes the canonical JSON document of a report of either edition of the format (see <c>docs/json.md</c>):
/// strict on reading, canonical on writing, so that read → write → read is the identity and
/// write(read(write(r))) = write(r).
/// </summary>
/// <remarks>
/// <para>
/// Both editions are read and written: <c>"edition": "2021"</c> and <c>"edition": "2019"</c> (reports on 2019 and
/// 2020, whose section 二 and （六）其他处理 differ; see <see cref="AnnualReport.ProactiveDisclosure2019"/> and
/// <see cref="AnnualReport.Applications2019"/>). A document is read as the edition it states, wherever in the document
/// <c>edition</c> stands; a key of the other edition is refused by name, with its path, line and column.
/// </para>
/// <para>
/// Reading refuses malformed JSON, unknown or duplicate keys, wrong types, negative or fractional counts and missing
/// required members with a <see cref="ReportFormatException"/> that names the source, the JSON path, the line and the
/// column. A missing or <c>null</c> cell is a blank (never a zero).
/// </para>
/// <para>
/// Writing writes every key in the catalogue's order, blanks and absent values as <c>null</c>, indented by two spaces,
/// with a final newline; Chinese text is written as is, not escaped. The same document is also reachable through
/// System.Text.Json with <see cref="ReportJsonContext"/>.
/// </para>
/// </remarks>
public static class AnnualReportJson
{
    /// <summary>
    /// The writer options of the canonical document (two-space indentation, <c>\n</c> line ends, Chinese text not
    /// escaped), for writing reports, or documents around them, the same way.
    /// </summary>
    public static JsonWriterOptions CanonicalWriterOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The most bytes read from a stream or a file (64 MiB, as <c>ImportOptions.MaxBytes</c> for published documents):
    /// a longer source is refused with a <see cref="ReportFormatException"/> before it is held whole, so that a huge
    /// file, or one that keeps growing while it is read, cannot exhaust memory. A report's document is some kilobytes.
    /// Bytes the caller already holds (<see cref="Read(ReadOnlySpan{byte}, string?)"/>, <see cref="Parse"/>) have no
    /// such limit.
    /// </summary>
    public const int MaxSourceBytes = 64 * 1024 * 1024;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 16,
    };

    /// <summary>
    /// The source-generated System.Text.Json metadata of <see cref="AnnualReport"/>, for
    /// <c>JsonSerializer.Deserialize(json, AnnualReportJson.TypeInfo)</c> and the like.
    /// </summary>
    public static JsonTypeInfo<AnnualReport> TypeInfo => ReportJsonContext.Default.AnnualReport;

    /// <summary>Reads a report of either edition from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document (a UTF-8 byte order mark is allowed).</param>
    /// <param name="source">The file or other source the bytes came from, named in errors.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportFormatException">The document cannot be read; the exception says where and why.</exception>
    public static AnnualReport Read(ReadOnlySpan<byte> utf8Json, string? source = null)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        try
        {
            AnnualReport report = ReportJsonReader.ReadDocument(ref reader);
            try
            {
                if (reader.Read())
                {
                    throw new ReportReadFault("there is more content after the end of the report.", "$", reader.TokenStartIndex);
                }
            }
            catch (JsonException ex)
            {
                throw new ReportReadFault("there is more content after the end of the report.", "$", -1, ex.LineNumber, ex.BytePositionInLine);
            }

            return report;
        }
        catch (ReportReadFault fault)
        {
            (long line, long column) = Locate(utf8Json, fault);
            throw new ReportFormatException(fault.Reason, source, fault.JsonPath, line, column);
        }
    }

    /// <summary>Reads a report from a string of JSON.</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">The file or other source the text came from, named in errors.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportFormatException">The document cannot be read.</exception>
    public static AnnualReport Parse(string json, string? source = null)
    {
        Guard.Against.Null(json, nameof(json));
        return Read(Encoding.UTF8.GetBytes(json), source);
    }

    /// <summary>Reads a report from a stream of UTF-8 JSON, holding no more than the one document in memory.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="source">The file or other source, named in errors.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportFormatException">The document cannot be read.</exception>
    public static AnnualReport Read(Stream utf8Json, string? source = null)
    {
        Guard.Against.Null(utf8Json, nameof(utf8Json));
        int sizeHint = RemainingWithinLimit(utf8Json, source) is { } remaining ? (int)Math.Clamp(remaining + 1, 1, MaxSourceBytes) : 16 * 1024;
        return ReadToEnd(utf8Json, sizeHint, static (stream, destination, _) => stream.Read(destination), source);
    }

    /// <summary>Reads a report from a stream of UTF-8 JSON asynchronously.</summary>
    /// <param name="utf8Json">The stream, read to its end.</param>
    /// <param name="source">The file or other source, named in errors.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportFormatException">The document cannot be read.</exception>
    public static async ValueTask<AnnualReport> ReadAsync(Stream utf8Json, string? source = null, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(utf8Json, nameof(utf8Json));
        RemainingWithinLimit(utf8Json, source);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        int length = 0;
        try
        {
            int read;
            while ((read = await utf8Json.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length == buffer.Length && !Grow(ref buffer, length, source))
                {
                    // Full at the limit: one byte more says whether the source is longer.
                    if (await utf8Json.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0)
                    {
                        throw TooLarge(source);
                    }

                    break;
                }
            }

            return length > MaxSourceBytes ? throw TooLarge(source) : Read(buffer.AsSpan(0, length), source);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a report from a file.</summary>
    /// <param name="path">The file's path, named in errors.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ReportFormatException">The document cannot be read.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static AnnualReport ReadFile(string path)
    {
        Guard.Against.NullOrEmpty(path, nameof(path));

        // A handle and positional reads into a buffer that holds most reports, rather than a FileStream or asking the
        // file's length: the fewest system calls per file, which are most of what a small file costs (see
        // docs/performance.md). A larger file grows the buffer.
        using SafeFileHandle file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            return ReadToEnd(file, 32 * 1024, static (handle, destination, offset) => RandomAccess.Read(handle, destination, offset), path);
        }
        catch (NotSupportedException)
        {
            // A pipe or another file that cannot seek (/dev/stdin, a shell's <(…)): positional reads are refused before
            // any byte is read, so the same handle is read as a stream instead.
            using var stream = new FileStream(file, FileAccess.Read, bufferSize: 1);
            return Read(stream, path);
        }
    }

    /// <summary>Writes a report as its canonical document.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The stream to write UTF-8 JSON to.</param>
    public static void Write(AnnualReport report, Stream utf8Json)
    {
        Guard.Against.Null(report, nameof(report));
        Guard.Against.Null(utf8Json, nameof(utf8Json));
        // One writer per thread, reset onto each stream: its buffer is kept, so a report costs no new buffer.
        Utf8JsonWriter writer = t_writer ?? new Utf8JsonWriter(Stream.Null, CanonicalWriterOptions);
        t_writer = null;
        try
        {
            writer.Reset(utf8Json);
            ReportJsonWriter.Write(writer, report);
            writer.Flush();
        }
        finally
        {
            writer.Reset(Stream.Null);
            t_writer = writer;
        }

        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Writes a report to a <see cref="Utf8JsonWriter"/> (without the final newline).</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer.</param>
    public static void Write(AnnualReport report, Utf8JsonWriter writer)
    {
        Guard.Against.Null(report, nameof(report));
        Guard.Against.Null(writer, nameof(writer));
        ReportJsonWriter.Write(writer, report);
    }

    /// <summary>The canonical document of a report as UTF-8 bytes.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ToUtf8Bytes(AnnualReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return stream.ToArray();
    }

    /// <summary>The canonical document of a report as a string.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(AnnualReport report) => Encoding.UTF8.GetString(ToUtf8Bytes(report));

    /// <summary>Reads a source to its end into one pooled buffer (one document in memory), then the document from it.</summary>
    private static AnnualReport ReadToEnd<TSource>(TSource source, int sizeHint, ReadChunk<TSource> readChunk, string? path)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
        int length = 0;
        try
        {
            int read;
            while ((read = readChunk(source, buffer.AsSpan(length), length)) > 0)
            {
                length += read;
                if (length == buffer.Length && !Grow(ref buffer, length, path))
                {
                    // Full at the limit: one byte more says whether the source is longer.
                    Span<byte> probe = stackalloc byte[1];
                    if (readChunk(source, probe, length) > 0)
                    {
                        throw TooLarge(path);
                    }

                    break;
                }
            }

            return length > MaxSourceBytes ? throw TooLarge(path) : Read(buffer.AsSpan(0, length), path);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The bytes left in a stream that can say so; refuses it at once when they are over the limit.</summary>
    private static long? RemainingWithinLimit(Stream stream, string? source)
    {
        if (!stream.CanSeek)
        {
            return null;
        }

        long remaining = stream.Length - stream.Position;
        return remaining > MaxSourceBytes ? throw TooLarge(source) : remaining;
    }

    private static ReportFormatException TooLarge(string? source) => new(
        $"the document is longer than the limit of {MaxSourceBytes:N0} bytes (AnnualReportJson.MaxSourceBytes); a report's document is some kilobytes.",
        source, "$", null, null);

    /// <summary>
    /// Gives a full buffer of <paramref name="length"/> bytes room for more, up to <see cref="MaxSourceBytes"/> in all;
    /// false when it already holds that many (the caller then asks whether there is more); refuses a source that is
    /// past the limit.
    /// </summary>
    private static bool Grow(ref byte[] buffer, int length, string? source)
    {
        if (length >= MaxSourceBytes)
        {
            return length == MaxSourceBytes ? false : throw TooLarge(source);
        }

        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxSourceBytes));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
        return true;
    }

    /// <summary>The 1-based line and column (in characters) of a fault.</summary>
    private static (long Line, long Column) Locate(ReadOnlySpan<byte> json, ReportReadFault fault)
    {
        int lineStart = 0;
        long line = 0;
        int end;
        if (fault.Line is { } knownLine)
        {
            int i = 0;
            while (line < knownLine && i < json.Length)
            {
                int next = json[i..].IndexOf((byte)'\n');
                if (next < 0)
                {
                    break;
                }

                i += next + 1;
                line++;
            }

            lineStart = i;
            end = (int)Math.Min(json.Length, lineStart + (fault.BytePositionInLine ?? 0));
        }
        else
        {
            end = (int)Math.Clamp(fault.TokenStart, 0, json.Length);
            ReadOnlySpan<byte> before = json[..end];
            line = before.Count((byte)'\n');
            lineStart = before.LastIndexOf((byte)'\n') + 1;
        }

        long column = Encoding.UTF8.GetCharCount(json[lineStart..end]) + 1;
        return (line + 1, column);
    }

    private delegate int ReadChunk<TSource>(TSource source, Span<byte> destination, long offset);
}
