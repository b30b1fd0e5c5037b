namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// Recognises a report in a <see cref="SourceDocument"/> by the printed layout (<see cref="Format.PrintedLayout"/>), as a
/// careful human transcriber would: tables found by their labels, numbers placed by their headers, nothing guessed. The
/// edition is the layout's (the 2019 edition's section 二 columns make a 2019-edition report, whatever the year).
/// </summary>
public static class LayoutReader
{
    /// <summary>Reads the report printed in a document.</summary>
    /// <param name="document">The document, from any format reader.</param>
    /// <param name="options">What the caller knows and the limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The report, its import findings and where each value came from.</returns>
    /// <exception cref="DocumentReadException">The document is not a report, or its year or agency is neither stated nor given.</exception>
    public static ReportImport Read(SourceDocument document, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new LayoutRecognition(document, options ?? ImportOptions.Default).Run();
    }
}
