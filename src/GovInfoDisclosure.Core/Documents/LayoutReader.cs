namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// Recognises a report in a <see cref="SourceDocument"/> by the printed layout (<see cref="Format.PrintedLayout"/>), as a
/// careful human transcriber would: tables found by their labels, numbers placed by their headers, nothing guessed.
/// </summary>
public static class LayoutReader
{
    /// <summary>Reads the report printed in a document.</summary>
    /// <param name="document">The document, from any format reader.</param>
    /// <param name="options">What the caller knows and the limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The report, its import findings and where each value came from.</returns>
    /// <exception cref="DocumentReadException">The document is not a report, or is of an edition not read.</exception>
    public static ReportImport Read(SourceDocument document, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new LayoutRecognition(document, options ?? ImportOptions.Default).Run();
    }
}
