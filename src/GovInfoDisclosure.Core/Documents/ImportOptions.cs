namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// How a published document is read: what the caller knows that the document may not say, and the limits that keep a
/// hostile document from exhausting the process.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The reported year; when set it wins over the year in the document's title.</summary>
    public int? Year { get; init; }

    /// <summary>The agency's name; when set it wins over the name in the document's title.</summary>
    public string? AgencyName { get; init; }

    /// <summary>The largest file read, in bytes (default 64 MiB); a larger one is refused.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most table cells read in the whole document (default 100,000); a document with more is refused.</summary>
    public int MaxTableCells { get; init; } = 100_000;

    /// <summary>The deepest nesting of elements read (HTML elements, Word's nested tables; default 512).</summary>
    public int MaxDepth { get; init; } = 512;

    /// <summary>The largest uncompressed size of a Word document's parts, in bytes (default 256 MiB): a zip bomb is refused.</summary>
    public long MaxUncompressedBytes { get; init; } = 256L * 1024 * 1024;
}
