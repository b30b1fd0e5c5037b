namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// A published document that cannot be read as a report at all: not a report (no section headings, no table of
/// section 三), not decodable, over a limit, or of an edition the library does not read. The message names the file and,
/// where there is one, the place.
/// </summary>
/// <remarks>A report that can be read with trouble is not refused: it comes back with import findings.</remarks>
public sealed class DocumentReadException : Exception
{
    /// <summary>A refusal.</summary>
    /// <param name="reason">Why, in a sentence.</param>
    /// <param name="file">The file as the user named it, if any.</param>
    /// <param name="location">Where in the document, if at one place.</param>
    /// <param name="innerException">The parser's own exception, if any.</param>
    public DocumentReadException(string reason, string? file, SourceLocation? location = null, Exception? innerException = null)
        : base(Describe(reason, file, location), innerException)
    {
        Reason = reason;
        File = file;
        Location = location;
    }

    /// <summary>Why the document was refused.</summary>
    public string Reason { get; }

    /// <summary>The file as the user named it, if any.</summary>
    public string? File { get; }

    /// <summary>Where in the document, if the refusal is about one place.</summary>
    public SourceLocation? Location { get; }

    private static string Describe(string reason, string? file, SourceLocation? location)
    {
        string place = location is null ? string.Empty : (location with { File = null }).ToString();
        string where = place.Length == 0 ? string.Empty : $" at {place}";
        return file is null ? $"Cannot read the document{where}: {reason}" : $"Cannot read the document '{file}'{where}: {reason}";
    }
}
