using System.Globalization;
using System.Text;

namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// Where a piece of a published document came from: the file, the line and column in its source (HTML, text), and for a
/// table cell the table, grid row and grid column (every format; the only place a Word document can give).
/// </summary>
/// <remarks>Numbers count from 1; 0 (or <see langword="null"/>) means unknown.</remarks>
public sealed record SourceLocation
{
    /// <summary>The file as the user named it, if any.</summary>
    public string? File { get; init; }

    /// <summary>The line in the source, from 1; 0 when the format has no lines (Word).</summary>
    public int Line { get; init; }

    /// <summary>The column in the source line, from 1 (in UTF-16 code units); 0 when unknown.</summary>
    public int Column { get; init; }

    /// <summary>The table in the document, from 1, for a table cell.</summary>
    public int? Table { get; init; }

    /// <summary>The grid row in the table, from 1, for a table cell.</summary>
    public int? Row { get; init; }

    /// <summary>The grid column in the table, from 1, for a table cell.</summary>
    public int? Cell { get; init; }

    /// <summary>The same location in another file.</summary>
    /// <param name="file">The file's name.</param>
    /// <returns>The location.</returns>
    public SourceLocation InFile(string? file) => this with { File = file };

    /// <summary><c>file:line:column</c>, followed by the table cell where there is one (<c>page.html:812:14 (table 2, row 5, column 4)</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append(File);
        if (Line > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{(File is null ? string.Empty : ":")}{Line}");
            if (Column > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $":{Column}");
            }
        }

        if (Table is { } table)
        {
            sb.Append(sb.Length > 0 ? " (" : "(");
            sb.Append(CultureInfo.InvariantCulture, $"table {table}");
            if (Row is { } row)
            {
                sb.Append(CultureInfo.InvariantCulture, $", row {row}");
            }

            if (Cell is { } cell)
            {
                sb.Append(CultureInfo.InvariantCulture, $", column {cell}");
            }

            sb.Append(')');
        }

        return sb.ToString();
    }
}
