using System.IO.Packaging;
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
        var settings = new OpenSettings { MaxCharactersInPart = options.MaxUncompressedBytes };
        try
        {
            try
            {
                // The package is opened here and given to the SDK: given a stream, the SDK copies the package to a
                // temporary file first (to be able to rewrite relationships in it), which wrote every document read to
                // disk and failed where the temporary folder cannot be written.
                using var stream = new MemoryStream(bytes, writable: false);
                using Package package = Package.Open(stream, FileMode.Open, FileAccess.Read);
                using var document = WordprocessingDocument.Open(package, settings);
                return ReadDocument(document, file, options);
            }
            catch (Exception e) when (CannotBeOpened(e))
            {
                // A package .NET's packaging refuses as it is: the SDK's own way, which rewrites what it can (a link whose
                // target is empty, missing or no URI) in its copy in a temporary file; where it fails as well, its error is
                // the one said, as before the reader opened packages itself.
                using var document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, settings);
                return ReadDocument(document, file, options);
            }
        }
        catch (Exception e) when (CannotBeOpened(e))
        {
            throw new DocumentReadException($"The Word document cannot be opened: {e.Message}", file, null, e);
        }
    }

    /// <summary>Whether an exception is the SDK's or the zip and XML layers' word that a package cannot be opened or read.</summary>
    private static bool CannotBeOpened(Exception e) => e is OpenXmlPackageException or InvalidDataException or XmlException or IOException
        or InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException;

    /// <summary>Reads an open document's body, its parts checked against the limits first.</summary>
    private static SourceDocument ReadDocument(WordprocessingDocument document, string? file, ImportOptions options)
    {
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
}
