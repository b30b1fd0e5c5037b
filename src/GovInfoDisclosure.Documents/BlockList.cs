using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Documents;

/// <summary>
/// The blocks of a document as a format reader finds them: numbers the tables, counts their cells against
/// <see cref="ImportOptions.MaxTableCells"/> and turns a table's grid that is over its limit into a refusal.
/// </summary>
internal sealed class BlockList
{
    private readonly List<DocumentBlock> _blocks = [];
    private readonly string? _file;
    private readonly ImportOptions _options;
    private int _cells;

    internal BlockList(string? file, ImportOptions options)
    {
        _file = file;
        _options = options;
    }

    /// <summary>The blocks so far.</summary>
    internal IReadOnlyList<DocumentBlock> Blocks => _blocks;

    /// <summary>The number the next table gets.</summary>
    internal int NextTableNumber { get; private set; } = 1;

    /// <summary>Adds a paragraph unless its text is blank (a blank paragraph prints nothing).</summary>
    /// <param name="text">The paragraph's text, cleaned.</param>
    /// <param name="location">Where it starts.</param>
    /// <param name="isHeading">Whether the format marks it as a heading.</param>
    internal void AddParagraph(string text, SourceLocation location, bool isHeading)
    {
        if (text.Length > 0)
        {
            _blocks.Add(new DocumentParagraph(CellText.Shown(text), location, isHeading));
        }
    }

    /// <summary>Counts cells against the document's limit before they are kept.</summary>
    /// <param name="count">The cells of a row.</param>
    /// <param name="location">Where the row is, for the message.</param>
    internal void CountCells(int count, SourceLocation location)
    {
        _cells += count;
        if (_cells > _options.MaxTableCells)
        {
            throw new DocumentReadException(
                $"The document's tables have more than {_options.MaxTableCells:N0} cells (ImportOptions.MaxTableCells).", _file, location);
        }
    }

    /// <summary>Adds a table of the given rows, numbered next.</summary>
    /// <param name="rows">The rows of cells.</param>
    /// <param name="location">Where the table starts.</param>
    internal void AddTable(List<List<DocumentCell>> rows, SourceLocation location)
    {
        int number = NextTableNumber++;
        try
        {
            _blocks.Add(new DocumentTable(rows, location, number));
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException($"Table {number}: {e.Message}", _file, location with { Table = number }, e);
        }
    }
}
