using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Documents.Html;
using GovInfoDisclosure.Documents.Word;

namespace GovInfoDisclosure.Documents;

/// <summary>
/// Reads a published report, whatever its format: an HTML page (<c>.html</c>, <c>.htm</c>) or a Word document
/// (<c>.docx</c>), chosen by the file's extension, into the neutral document, then recognises the report in it
/// (<see cref="LayoutReader"/>).
/// </summary>
/// <remarks>
/// Every refusal is a <see cref="DocumentReadException"/> naming the file: a file that cannot be opened, an extension
/// not read, a legacy <c>.doc</c>, a document over a limit of <see cref="ImportOptions"/>, a document that is not a report.
/// </remarks>
public static class ReportDocument
{
    /// <summary>The format each extension is read as (lower case, with the dot).</summary>
    private static readonly (string Extension, Format Format)[] Formats =
    [
        (".html", Format.Html), (".htm", Format.Html), (".xhtml", Format.Html), (".shtml", Format.Html),
        (".docx", Format.Word), (".doc", Format.LegacyWord), (".txt", Format.Text), (".md", Format.Text),
    ];

    /// <summary>
    /// The extensions read, lower case with their dot: pages, <c>.docx</c>, <c>.doc</c> (read as what its bytes are; a
    /// real Word 97–2003 file is refused with a message to save it as <c>.docx</c>), and plain text or Markdown
    /// (<c>.txt</c>, <c>.md</c>, read by the core's <see cref="TextDocumentReader"/>).
    /// </summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. Formats.Select(f => f.Extension)];

    /// <summary>Whether a file's extension is one of <see cref="Extensions"/>.</summary>
    /// <param name="path">A file's path or name.</param>
    /// <returns><see langword="true"/> for an extension read.</returns>
    public static bool CanRead(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return FormatOf(path) is not Format.None;
    }

    /// <summary>Reads the report in a file.</summary>
    /// <param name="path">The file; its extension says its format.</param>
    /// <param name="options">What the caller knows and the limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The report, its import findings and where each value came from.</returns>
    /// <exception cref="DocumentReadException">The file cannot be read, or is not a report.</exception>
    public static ReportImport Read(string path, ImportOptions? options = null)
    {
        SourceDocument document = ReadSource(path, options);
        return LayoutReader.Read(document, options);
    }

    /// <summary>Reads the report in a stream.</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <param name="fileName">The file's name: its extension says the format; it names the file in locations and messages.</param>
    /// <param name="options">What the caller knows and the limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The report, its import findings and where each value came from.</returns>
    /// <exception cref="DocumentReadException">The document cannot be read, or is not a report.</exception>
    public static ReportImport Read(Stream stream, string fileName, ImportOptions? options = null)
    {
        SourceDocument document = ReadSource(stream, fileName, options);
        return LayoutReader.Read(document, options);
    }

    /// <summary>Reads the report in a stream asynchronously.</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <param name="fileName">The file's name: its extension says the format; it names the file in locations and messages.</param>
    /// <param name="options">What the caller knows and the limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The report, its import findings and where each value came from.</returns>
    /// <exception cref="DocumentReadException">The document cannot be read, or is not a report.</exception>
    public static async Task<ReportImport> ReadAsync(Stream stream, string fileName, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= ImportOptions.Default;
        Format format = Supported(fileName);
        byte[] bytes = await DocumentLimits.ReadAllAsync(stream, fileName, options, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        SourceDocument document = ReadBytes(bytes, format, fileName, options);
        cancellationToken.ThrowIfCancellationRequested();
        return LayoutReader.Read(document, options);
    }

    /// <summary>Reads a file into the neutral document, without recognising a report in it.</summary>
    /// <param name="path">The file; its extension says its format.</param>
    /// <param name="options">The limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The file cannot be read.</exception>
    public static SourceDocument ReadSource(string path, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ImportOptions.Default;
        Format format = Supported(path);
        byte[] bytes;
        try
        {
            using FileStream stream = File.OpenRead(path);
            bytes = DocumentLimits.ReadAll(stream, path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new DocumentReadException($"The file cannot be opened: {e.Message}", path, null, e);
        }

        return ReadBytes(bytes, format, path, options);
    }

    /// <summary>Reads a stream into the neutral document, without recognising a report in it.</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <param name="fileName">The file's name: its extension says the format; it names the file in locations and messages.</param>
    /// <param name="options">The limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The document cannot be read.</exception>
    public static SourceDocument ReadSource(Stream stream, string fileName, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= ImportOptions.Default;
        Format format = Supported(fileName);
        return ReadBytes(DocumentLimits.ReadAll(stream, fileName, options), format, fileName, options);
    }

    private static SourceDocument ReadBytes(byte[] bytes, Format format, string file, ImportOptions options)
    {
        if (format == Format.LegacyWord)
        {
            // Sites often publish a page or a .docx under the name .doc: read what the bytes are; refuse a real .doc.
            format = DocxPackageCheck.IsLegacyDoc(bytes) ? throw DocxPackageCheck.LegacyDoc(file)
                : bytes.AsSpan().StartsWith("PK"u8) ? Format.Word
                : LooksLikeHtml(bytes) ? Format.Html
                : throw new DocumentReadException("The file is named .doc but is neither a Word document nor a web page.", file);
        }

        return format switch
        {
            Format.Word => DocxDocumentReader.Read(bytes, file, options),
            Format.Text => TextDocumentReader.Read(bytes, file, options),
            _ => HtmlDocumentReader.Read(bytes, file, options),
        };
    }

    private static bool LooksLikeHtml(byte[] bytes)
    {
        string head = System.Text.Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase);
    }

    private static Format Supported(string file) => FormatOf(file) switch
    {
        Format.None => throw new DocumentReadException(
            $"The file's extension '{Path.GetExtension(file)}' is not one read as a report ({string.Join(", ", Extensions)}).", file),
        Format f => f,
    };

    private static Format FormatOf(string file)
    {
        string extension = Path.GetExtension(file);
        foreach ((string e, Format f) in Formats)
        {
            if (e.Equals(extension, StringComparison.OrdinalIgnoreCase))
            {
                return f;
            }
        }

        return Format.None;
    }

    private enum Format
    {
        None,
        Html,
        Word,
        LegacyWord,
        Text,
    }
}
