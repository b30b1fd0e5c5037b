using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Documents.Word;

/// <summary>
/// Reads a Word document (<c>.docx</c>) into a <see cref="SourceDocument"/>: its paragraphs (a heading style marks a
/// heading), the text of their runs joined, fields by their result, the numbers of Word's automatic numbering,
/// tables with their merged cells (<c>gridSpan</c>, <c>vMerge</c>). Word has no lines: a cell's location is its table, row and column.
/// </summary>
/// <remarks>
/// Opened read-only after the package is checked: a legacy <c>.doc</c> and a file that is not a zip package are refused,
/// and so are a zip bomb (<see cref="ImportOptions.MaxUncompressedBytes"/>), XML with a DTD and nesting deeper than
/// <see cref="ImportOptions.MaxDepth"/>. The decisions are in <c>docs/documents.md</c>.
/// </remarks>
public static class DocxDocumentReader
{
    /// <summary>Reads a Word document from a stream.</summary>
    /// <param name="stream">The document's bytes.</param>
    /// <param name="file">The file's name as the user gave it, for locations and messages.</param>
    /// <param name="options">The limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The file is not a Word document, is a legacy <c>.doc</c>, or is over a limit.</exception>
    public static SourceDocument Read(Stream stream, string? file, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ImportOptions.Default;
        return Read(DocumentLimits.ReadAll(stream, file, options), file, options);
    }

    internal static SourceDocument Read(byte[] bytes, string? file, ImportOptions options)
    {
        DocxPackageCheck.Check(bytes, file, options);
        try
        {
            using var document = WordprocessingDocument.Open(
                new MemoryStream(bytes, writable: false),
                false,
                new OpenSettings { MaxCharactersInPart = options.MaxUncompressedBytes });
            MainDocumentPart main = document.MainDocumentPart
                ?? throw new DocumentReadException("The package holds no Word document body (word/document.xml).", file);
            DocxPackageCheck.CheckPart(main, file, options);
            if (main.StyleDefinitionsPart is { } styles)
            {
                DocxPackageCheck.CheckPart(styles, file, options);
            }

            if (main.NumberingDefinitionsPart is { } numbering)
            {
                DocxPackageCheck.CheckPart(numbering, file, options);
            }

            DocumentFormat.OpenXml.Wordprocessing.Body body = DocxSmartTags.Read(main)?.Body
                ?? throw new DocumentReadException("The Word document has no body.", file);
            var reader = new DocxBody(main, file, options);
            reader.Walk(body, 1);
            string? title = document.PackageProperties.Title;
            return new SourceDocument(file, reader.Blocks) { PageTitle = string.IsNullOrWhiteSpace(title) ? null : title.Trim() };
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException
            or InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            throw new DocumentReadException($"The Word document cannot be opened: {e.Message}", file, null, e);
        }
    }
}
