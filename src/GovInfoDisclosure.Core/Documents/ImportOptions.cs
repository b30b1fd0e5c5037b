using Ardalis.GuardClauses;

namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// How a published document is read: what the caller knows that the document may not say, and the limits that keep a
/// hostile document from exhausting the process.
/// </summary>
public sealed record ImportOptions
{
    private readonly int? _year;
    private readonly string? _agencyName;
    private readonly long _maxBytes = 64L * 1024 * 1024;
    private readonly int _maxTableCells = 100_000;
    private readonly int _maxDepth = 512;
    private readonly long _maxUncompressedBytes = 256L * 1024 * 1024;

    /// <summary>The options used when none are given.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// The reported year; when set it wins over the year in the document's title. A year no report can be on (outside
    /// <see cref="AnnualReport.MinYear"/>–<see cref="AnnualReport.MaxYear"/>) throws here, not when a document is read.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the range of <see cref="AnnualReport.Year"/>.</exception>
    public int? Year
    {
        get => _year;
        init => _year = value is { } year ? Guard.Against.OutOfRange(year, nameof(Year), AnnualReport.MinYear, AnnualReport.MaxYear) : null;
    }

    /// <summary>
    /// The agency's name; when set it wins over the name in the document's title. Kept as given: a name that is empty or
    /// only white space names no agency and throws here.
    /// </summary>
    /// <exception cref="ArgumentException">The name is empty or only white space.</exception>
    public string? AgencyName
    {
        get => _agencyName;
        init => _agencyName = value is null ? null : Guard.Against.NullOrWhiteSpace(value, nameof(AgencyName));
    }

    /// <summary>The largest file read, in bytes (default 64 MiB); a larger one is refused.</summary>
    /// <exception cref="ArgumentException">The limit is zero or negative.</exception>
    public long MaxBytes { get => _maxBytes; init => _maxBytes = Guard.Against.NegativeOrZero(value, nameof(MaxBytes)); }

    /// <summary>The most table cells read in the whole document (default 100,000); a document with more is refused.</summary>
    /// <exception cref="ArgumentException">The limit is zero or negative.</exception>
    public int MaxTableCells { get => _maxTableCells; init => _maxTableCells = Guard.Against.NegativeOrZero(value, nameof(MaxTableCells)); }

    /// <summary>The deepest nesting of elements read (HTML elements, Word's nested tables; default 512).</summary>
    /// <exception cref="ArgumentException">The limit is zero or negative.</exception>
    public int MaxDepth { get => _maxDepth; init => _maxDepth = Guard.Against.NegativeOrZero(value, nameof(MaxDepth)); }

    /// <summary>The largest uncompressed size of a Word document's parts, in bytes (default 256 MiB): a zip bomb is refused.</summary>
    /// <exception cref="ArgumentException">The limit is zero or negative.</exception>
    public long MaxUncompressedBytes
    {
        get => _maxUncompressedBytes;
        init => _maxUncompressedBytes = Guard.Against.NegativeOrZero(value, nameof(MaxUncompressedBytes));
    }
}
