using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Documents.Html;

/// <summary>
/// Reads an HTML page, a whole page as government sites serve it, into a <see cref="SourceDocument"/>: the article's
/// paragraphs, headings and tables with the line and column each came from; the page's navigation, scripts, styles,
/// share buttons and footer left out. Nothing is fetched and no script runs.
/// </summary>
/// <remarks>The decisions (which container is the article, how text is joined, charsets, limits) are in <c>docs/documents.md</c>.</remarks>
public static class HtmlDocumentReader
{
    /// <summary>Reads a page from a stream.</summary>
    /// <param name="stream">The page's bytes (charset from its BOM or its declaration).</param>
    /// <param name="file">The file's name as the user gave it, for locations and messages.</param>
    /// <param name="options">The limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The page is over a limit.</exception>
    public static SourceDocument Read(Stream stream, string? file, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ImportOptions.Default;
        byte[] bytes = DocumentLimits.ReadAll(stream, file, options);
        return Read(bytes, file, options);
    }

    /// <summary>Reads a page already decoded to text.</summary>
    /// <param name="html">The page's source.</param>
    /// <param name="file">The file's name as the user gave it, for locations and messages.</param>
    /// <param name="options">The limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The page is over a limit.</exception>
    public static SourceDocument Read(string html, string? file, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        options ??= ImportOptions.Default;
        if (html.Length > options.MaxBytes / 3)
        {
            DocumentLimits.RefuseOver(Encoding.UTF8.GetByteCount(html), file, options);
        }

        return Parse(html, file, options);
    }

    /// <summary>Reads a page's bytes, already read within <see cref="ImportOptions.MaxBytes"/> (<see cref="DocumentLimits.ReadAll"/>).</summary>
    internal static SourceDocument Read(byte[] bytes, string? file, ImportOptions options)
    {
        (string text, _) = HtmlCharset.Decode(bytes);
        return Parse(text, file, options);
    }

    private static SourceDocument Parse(string html, string? file, ImportOptions options)
    {
        int maxDepth = DocumentLimits.MaxDepth(options);
        int tooDeep = HtmlNestingScan.FirstTooDeep(html, (2 * maxDepth) + 64);
        if (tooDeep >= 0)
        {
            throw new DocumentReadException(
                $"The page's elements are nested deeper than {maxDepth:N0} levels (ImportOptions.MaxDepth).", file, LocationAt(html, tooDeep, file));
        }

        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            // As a browser with scripts on parses it (no script runs: AngleSharp has no script engine here): a noscript
            // element's content is text, removed with the element; with scripts off, a <p> in a noscript in the head closes
            // the head and its text becomes the article's. Where no noscript element can be, the two parse the same tree,
            // and AngleSharp parses a page with scripts off faster (from the string's memory, not a source that a script's
            // document.write could change): about a third of a page's parsing. That faster source takes U+FFFF (a
            // noncharacter, which bytes FF FF read as UTF-16 give) for the end of the page and would drop the rest, so a
            // page holding one is parsed as before too.
            IsScripting = html.Contains("<noscript", StringComparison.OrdinalIgnoreCase) || html.Contains('\uFFFF', StringComparison.Ordinal),
            // One level more than allowed, so that a page nested deeper is seen (and refused) rather than flattened.
            MaximumDepth = maxDepth + 2,
        });
        using AngleSharp.Html.Dom.IHtmlDocument document = parser.ParseDocument(html);
        var page = new HtmlPage(document, file, options, maxDepth);
        return page.Read();
    }

    private static SourceLocation LocationAt(string text, int index, string? file)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = text.IndexOf('\n'); i >= 0 && i < index; i = text.IndexOf('\n', i + 1))
        {
            line++;
            lineStart = i + 1;
        }

        return new SourceLocation { File = file, Line = line, Column = index - lineStart + 1 };
    }
}
