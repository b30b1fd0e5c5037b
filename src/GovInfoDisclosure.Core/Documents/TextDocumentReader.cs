using System.Text;
using System.Text.RegularExpressions;

namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// Reads plain text (or Markdown) copied or extracted from a published report into a <see cref="SourceDocument"/>: every
/// line that is not part of a table is a paragraph; tables are recognised in the layouts text extractions produce: a cell
/// a line (tab-indented, rows separated by blank lines), tab-separated rows, and pipe rows (Markdown tables included).
/// </summary>
/// <remarks>
/// Plain text has no merged cells: every cell spans one row and one column, and the layout reader places numbers by the
/// order of the header's labels rather than by the grid (see <c>docs/documents.md</c>).
/// </remarks>
public static partial class TextDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a document from its text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="file">The file's name as the user gave it, if any (used in locations and messages).</param>
    /// <param name="options">The limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The text is over a limit.</exception>
    public static SourceDocument Read(string text, string? file = null, ImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ImportOptions.Default;
        if ((long)text.Length > options.MaxBytes || Encoding.UTF8.GetByteCount(text) > options.MaxBytes)
        {
            throw new DocumentReadException($"the text is larger than the limit of {options.MaxBytes:N0} bytes.", file);
        }

        return Parse(text, file, options);
    }

    /// <summary>
    /// Reads a document from its bytes: UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark, and
    /// otherwise GB18030 (which includes GBK), as many Chinese government files are saved.
    /// </summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="file">The file's name as the user gave it, if any.</param>
    /// <param name="options">The limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The bytes are over a limit or cannot be decoded.</exception>
    public static SourceDocument Read(ReadOnlySpan<byte> bytes, string? file = null, ImportOptions? options = null)
    {
        options ??= ImportOptions.Default;
        if (bytes.Length > options.MaxBytes)
        {
            throw new DocumentReadException($"the file is larger than the limit of {options.MaxBytes:N0} bytes.", file);
        }

        return Parse(Decode(bytes, file), file, options);
    }

    /// <summary>Reads a document from a stream, reading at most <see cref="ImportOptions.MaxBytes"/> bytes.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="file">The file's name as the user gave it, if any.</param>
    /// <param name="options">The limits; <see cref="ImportOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DocumentReadException">The stream is over a limit or cannot be decoded.</exception>
    public static async Task<SourceDocument> ReadAsync(Stream stream, string? file = null, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ImportOptions.Default;
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                throw new DocumentReadException($"the file is larger than the limit of {options.MaxBytes:N0} bytes.", file);
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), file, options);
    }

    /// <summary>Decodes text: a byte order mark wins; otherwise strict UTF-8, and GB18030 where the bytes are not UTF-8.</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes, string? file)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeWith(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], file);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeWith(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], file);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: GB18030 (a superset of GBK and GB2312) is what Chinese Windows saves. Its code page ships with .NET
            // (System.Text.Encoding.CodePages is part of the shared framework), so the package gains no dependency.
            Encoding gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                ?? throw new DocumentReadException("the text is not UTF-8 and GB18030 is not available to decode it.", file);
            return DecodeWith(gb18030, bytes, file);
        }
    }

    /// <summary>Decodes with an encoding whose decoder throws on invalid bytes.</summary>
    private static string DecodeWith(Encoding encoding, ReadOnlySpan<byte> bytes, string? file)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentReadException($"the text cannot be decoded as {encoding.WebName} (at byte {e.Index}).", file, innerException: e);
        }
    }

    private enum LineKind
    {
        Blank,
        Text,
        CellLine,
        TabRow,
        PipeRow,
        PipeSeparator,
    }

    /// <summary>
    /// Whether the file is Markdown by its name (<c>.md</c>, <c>.markdown</c>): its text is then read as Markdown prints it
    /// (see <see cref="MarkdownText"/>), and only pipe rows are tables.
    /// </summary>
    private static bool IsMarkdown(string? file) =>
        file is not null && (file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The text with each carriage return that ends a line alone (classic Mac OS, some old CMSs' exports, mixed with CRLF)
    /// as a line feed, as editors show it: a line break, counted as a line. The text itself where there is none.
    /// </summary>
    private static string LoneCarriageReturnsAsLineFeeds(string text)
    {
        int cr = text.IndexOf('\r', StringComparison.Ordinal);
        while (cr >= 0 && cr + 1 < text.Length && text[cr + 1] == '\n')
        {
            cr = text.IndexOf('\r', cr + 2);
        }

        if (cr < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, cr), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            for (int i = state.cr; i < chars.Length; i++)
            {
                if (chars[i] == '\r' && (i + 1 == chars.Length || chars[i + 1] != '\n'))
                {
                    chars[i] = '\n';
                }
            }
        });
    }

    private static SourceDocument Parse(string text, string? file, ImportOptions options)
    {
        text = LoneCarriageReturnsAsLineFeeds(text);
        bool markdown = IsMarkdown(file);
        var blocks = new List<DocumentBlock>();
        var rows = new List<List<DocumentCell>>();
        List<DocumentCell>? cellLines = null;
        SourceLocation? tableStart = null;
        int tables = 0;
        long cells = 0;
        int lineNumber = 0;
        bool pipeTable = false; // the table being read has pipe rows (a one-row table of them is still a table)
        var cellLineRows = new HashSet<int>(); // the rows of the table being read made of cell lines

        void EndCellLineRow()
        {
            if (cellLines is { Count: > 0 })
            {
                cellLineRows.Add(rows.Count);
                rows.Add(cellLines);
            }

            cellLines = null;
        }

        void EndTable()
        {
            EndCellLineRow();
            // Rows of empty cells (a line of tabs alone) print nothing: they neither make text a table nor end one.
            int lastValue = pipeTable ? rows.Count - 1 : rows.FindLastIndex(row => row.Any(c => PrintsValue(c.Text)));
            if (rows.Count > 0 && lastValue < 0 && IsText(rows.Where(row => row.Any(c => c.Text.Length > 0)).ToList()))
            {
                // A line holding a tab, or a block of cell lines, or lines of one cell each (paragraphs indented with a
                // tab, apart by blank lines), between paragraphs and printing no value: text indented with a tab or
                // holding one (paragraphs, sub-headings), not a table. Rows of several cells printing no value stay a
                // table (四's header over a row its agency left blank).
                for (int i = 0; i < rows.Count; i++)
                {
                    AddAsParagraphs(rows[i], cellLineRows.Contains(i));
                }
            }
            else if (rows.Count > 0)
            {
                // The last rows, after the last printing a value, each one cell printing text or a numbered line (a
                // numeral, a tab, words), none with an empty cell: text that ran on into the table (a heading holding a
                // tab, paragraphs indented with one after 四's numbers), not its rows. A row left blank keeps its empty
                // cells (行政事业性收费 then an empty field) and a row printing text for its value (行政事业性收费 | 不涉及)
                // has two cells: both stay rows.
                int end = rows.Count;
                if (!pipeTable && lastValue >= 0)
                {
                    while (end > lastValue + 1 && rows[end - 1].All(c => c.Text.Length > 0 && !PrintsValue(c.Text))
                        && (rows[end - 1].Count == 1 || IsNumberedLine(rows[end - 1])))
                    {
                        end--;
                    }
                }

                // A text table has no merged cells, so its grid is its cells, which MaxTableCells has bounded already.
                blocks.Add(new DocumentTable(rows.Take(end), tableStart!, ++tables));
                for (int i = end; i < rows.Count; i++)
                {
                    AddAsParagraphs(rows[i], cellLineRows.Contains(i));
                }
            }

            rows = [];
            tableStart = null;
            pipeTable = false;
            cellLineRows.Clear();
        }

        void AddAsParagraphs(List<DocumentCell> row, bool ofCellLines)
        {
            if (ofCellLines)
            {
                // Cell lines: a paragraph each.
                blocks.AddRange(row.Where(c => c.Text.Length > 0).Select(c => new DocumentParagraph(c.Text, c.Location)));
                return;
            }

            string text = string.Join('\t', row.Select(c => c.Text)).Trim();
            if (text.Length > 0)
            {
                DocumentCell first = row.First(c => c.Text.Length > 0);
                blocks.Add(new DocumentParagraph(text, first.Location));
            }
        }

        void AddCell(List<DocumentCell> row, string cellText, int line, int column)
        {
            if (++cells > options.MaxTableCells)
            {
                throw new DocumentReadException($"the document has more than {options.MaxTableCells:N0} table cells.", file, new SourceLocation { File = file, Line = line, Column = column });
            }

            row.Add(new DocumentCell(cellText.Trim(), new SourceLocation { File = file, Line = line, Column = column }));
        }

        int start = 0;
        string? pageTitle = null;
        bool gfmRows = false; // in a table whose header row did not start with a pipe (GFM's), rows need not either
        LineKind previous = LineKind.Blank;
        int paragraphLine = -1; // the last line of the last paragraph added (a setext underline makes it a heading)
        int lineRunStart = -1; // the block of the first of the text lines right above it, one under another
        if (markdown && text.StartsWith("---", StringComparison.Ordinal))
        {
            // YAML front matter: its title is the document's own (as a page's <title>), not a paragraph.
            (pageTitle, lineNumber, start) = MarkdownText.FrontMatter(text);
        }

        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            string line = text[start..end].TrimEnd('\r');
            lineNumber++;
            int at = lineNumber; // the line the block starts on: a hard line break continues it on the next
            LineKind kind = Classify(line);
            if (kind == LineKind.Blank && previous == LineKind.TabRow && line.AsSpan().Count('\t') >= 2)
            {
                // A line of tabs alone after a table's row is a row of empty cells (四's row an agency left blank), not
                // a blank line.
                kind = LineKind.TabRow;
            }

            if (markdown && kind is LineKind.CellLine or LineKind.TabRow)
            {
                kind = line.AsSpan().Trim().IsEmpty ? LineKind.Blank : LineKind.Text;
            }

            if (markdown && kind == LineKind.Text && MarkdownText.HasPipe(line))
            {
                // A GFM table's rows need not start with a pipe: its header row is followed by a delimiter row of as
                // many cells, and its rows go on to a blank line or a line without a pipe. Only in a table whose header
                // row itself does not start with one: after rows that do, a line that does not ends the table, as before
                // (a header broken over two lines must not become two header rows that place numbers otherwise).
                if (gfmRows)
                {
                    kind = PipeSeparatorRow().IsMatch(line.AsSpan().Trim()) ? LineKind.PipeSeparator : LineKind.PipeRow;
                }
                else if (previous == LineKind.PipeRow && PipeSeparatorRow().IsMatch(line.AsSpan().Trim()))
                {
                    // A delimiter row without outer pipes under a header row with them (| 项目 | 数量 | then ---|---).
                    kind = LineKind.PipeSeparator;
                }
                else if (StartsTable(line, text, end))
                {
                    (kind, gfmRows) = (LineKind.PipeRow, true);
                }
            }

            gfmRows &= kind is LineKind.PipeRow or LineKind.PipeSeparator;
            previous = kind;

            if (markdown && kind == LineKind.Text)
            {
                // A hard line break (a backslash at the end of the line) continues the paragraph on the next line.
                while (MarkdownText.EndsWithHardBreak(line) && end < text.Length)
                {
                    int next = text.IndexOf('\n', end + 1);
                    next = next < 0 ? text.Length : next;
                    line = string.Concat(line.AsSpan(0, line.Length - 1), "\n", text.AsSpan(end + 1, next - end - 1).TrimEnd('\r'));
                    end = next;
                    lineNumber++;
                }
            }

            switch (kind)
            {
                case LineKind.Blank:
                    EndCellLineRow();
                    break;
                case LineKind.Text:
                    EndTable();
                    if (markdown && MarkdownText.Rule(line) is char rule)
                    {
                        // A setext underline makes the paragraph line just above a heading; a thematic break prints a
                        // rule, no text; a line of equals signs under no paragraph is text.
                        if (rule is '=' or '-' && paragraphLine == at - 1 && blocks[^1] is DocumentParagraph { IsHeading: false })
                        {
                            // Every line of the paragraph above, on the lines right above the underline, is the heading's.
                            int first = lineRunStart;
                            var underlined = (DocumentParagraph)blocks[first];
                            string headingText = string.Join('\n', blocks.Skip(first).Select(b => ((DocumentParagraph)b).Text));
                            blocks.RemoveRange(first, blocks.Count - first);
                            blocks.Add(new DocumentParagraph(headingText, underlined.Location, isHeading: true));
                            break;
                        }

                        if (rule != '=')
                        {
                            break;
                        }
                    }

                    string paragraph = BookmarkArtefact().Replace(line, string.Empty);
                    bool heading = paragraph.TrimStart().StartsWith('#');
                    if (heading)
                    {
                        paragraph = paragraph.TrimStart().TrimStart('#');
                    }

                    // Markdown's escapes and references are read after the line's own spaces are trimmed: what they
                    // stand for (a space written &#32;) is the text's.
                    paragraph = markdown ? MarkdownText.Decode(paragraph.Trim(' ', '\t'), inline: heading) : paragraph.Trim();
                    if (paragraph.Trim().Length > 0)
                    {
                        // The first block of a run of text lines right under one another, none a heading (# …).
                        lineRunStart = paragraphLine == at - 1 && !heading && blocks[^1] is DocumentParagraph { IsHeading: false } ? lineRunStart : blocks.Count;
                        blocks.Add(new DocumentParagraph(paragraph, new SourceLocation { File = file, Line = at, Column = 1 + line.Length - line.TrimStart().Length }, heading));
                        paragraphLine = lineNumber;
                    }

                    break;
                case LineKind.CellLine:
                    tableStart ??= new SourceLocation { File = file, Line = at, Column = 1 };
                    cellLines ??= [];
                    AddCell(cellLines, line[1..], lineNumber, 2);
                    break;
                case LineKind.PipeSeparator:
                    tableStart ??= new SourceLocation { File = file, Line = at, Column = 1 };
                    EndCellLineRow();
                    pipeTable = true;
                    break;
                default:
                    tableStart ??= new SourceLocation { File = file, Line = at, Column = 1 };
                    EndCellLineRow();
                    pipeTable |= kind == LineKind.PipeRow;
                    var row = new List<DocumentCell>();
                    foreach ((int column, string cellText) in kind == LineKind.TabRow ? SplitTabs(line) : markdown ? MarkdownText.SplitPipes(line) : SplitPipes(line))
                    {
                        AddCell(row, markdown ? MarkdownText.Decode(cellText.Trim(' ', '\t'), inline: true) : cellText, lineNumber, column + 1);
                    }

                    rows.Add(row);
                    break;
            }

            start = end + 1;
        }

        EndTable();
        return new SourceDocument(file, blocks) { PageTitle = string.IsNullOrWhiteSpace(pageTitle) ? null : pageTitle };
    }

    /// <summary>
    /// Whether a line is the header row of a GFM table (in Markdown): no heading, and the next line is a delimiter row
    /// (<c>---|:--:</c>, a pipe between its cells) of as many cells as this line has.
    /// </summary>
    private static bool StartsTable(string line, string text, int end)
    {
        // A heading (# …) is a block of its own, never a table's header row.
        if (end >= text.Length || line.AsSpan().TrimStart() is ['#', ..])
        {
            return false;
        }

        int next = text.IndexOf('\n', end + 1);
        ReadOnlySpan<char> delimiter = text.AsSpan(end + 1, (next < 0 ? text.Length : next) - end - 1).Trim();
        if (!delimiter.Contains('|') || !PipeSeparatorRow().IsMatch(delimiter))
        {
            return false;
        }

        return MarkdownText.SplitPipes(line).Count == MarkdownText.SplitPipes(delimiter.ToString()).Count;
    }

    private static LineKind Classify(string line)
    {
        if (line.Length > 0 && line[0] == '\t' && line.IndexOf('\t', 1) < 0)
        {
            // A cell a line: one tab, then the cell's text (an empty cell is a line holding only the tab).
            return LineKind.CellLine;
        }

        if (line.AsSpan().Trim().IsEmpty)
        {
            return LineKind.Blank;
        }

        ReadOnlySpan<char> trimmed = line.AsSpan().Trim();
        if (trimmed[0] == '|')
        {
            return PipeSeparatorRow().IsMatch(trimmed) ? LineKind.PipeSeparator : LineKind.PipeRow;
        }

        return line.Contains('\t', StringComparison.Ordinal) && !IsSentence(line) ? LineKind.TabRow : LineKind.Text;
    }

    /// <summary>
    /// Whether a line holding tabs is a sentence of the narrative (holding a tab, next to a table's rows), not a table row:
    /// it holds a clause mark (，；) and ends with a sentence's end (。！？), or one of its cells is longer than 60
    /// characters; and none of its cells prints a value (a data row with a remark after its numbers is a row). No template
    /// label is a sentence: a label holding clauses (002's <c>（二）部分公开（区分处理的，只计这一情形，不计其他情形）</c>) ends
    /// with its bracket or is followed by numbers, and 三's note is shorter.
    /// </summary>
    private static bool IsSentence(string line)
    {
        ReadOnlySpan<char> text = line.AsSpan().Trim();
        if (text.IndexOfAny('，', '；') < 0)
        {
            return false;
        }

        bool sentence = text[^1] is '。' or '！' or '？';
        foreach (string cell in text.ToString().Split('\t'))
        {
            string printed = cell.Trim();
            if (PrintsValue(printed))
            {
                return false;
            }

            sentence |= printed.Length > 60;
        }

        return sentence;
    }

    /// <summary>
    /// Whether the rows printing text of a table printing no value are text: one row, rows of one printed cell each, or
    /// numbered lines.
    /// </summary>
    private static bool IsText(List<List<DocumentCell>> printed) =>
        printed.Count <= 1 || printed.All(row => row.Count(c => c.Text.Length > 0) <= 1) || printed.All(IsNumberedLine);

    /// <summary>
    /// Whether a row is a numbered line as a word processor saves a list as plain text: its number, a tab, its words
    /// (<c>一、→总体情况</c>, <c>（一）→主动公开情况</c>): two cells printed, the first a numbering alone.
    /// </summary>
    private static bool IsNumberedLine(List<DocumentCell> row)
    {
        var printed = row.Where(c => c.Text.Length > 0).ToList();
        return printed.Count == 2 && Numbering().IsMatch(printed[0].Text);
    }

    [GeneratedRegex(@"^[（(]?(?:[一二三四五六七八九十]+|\d{1,2})[)）]?[、.．]?$")]
    private static partial Regex Numbering();

    /// <summary>Whether a cell prints a value: a number, with a unit or not, or a dash for a blank.</summary>
    private static bool PrintsValue(string text) =>
        PrintedText.Cell(text, isAmount: true).Kind is PrintedText.CellKind.Number or PrintedText.CellKind.NumberWithUnit or PrintedText.CellKind.Dash
        || PrintedText.Cell(text, isAmount: false).Kind is PrintedText.CellKind.Number or PrintedText.CellKind.NumberWithUnit;

    private static IEnumerable<(int Column, string Text)> SplitTabs(string line)
    {
        int from = 0;
        while (true)
        {
            int tab = line.IndexOf('\t', from);
            if (tab < 0)
            {
                yield return (from, line[from..]);
                yield break;
            }

            yield return (from, line[from..tab]);
            from = tab + 1;
        }
    }

    private static IEnumerable<(int Column, string Text)> SplitPipes(string line)
    {
        int first = line.IndexOf('|', StringComparison.Ordinal);
        int last = line.TrimEnd().Length - 1;
        bool closed = last > first && line[last] == '|' && (last == 0 || line[last - 1] != '\\');
        int end = closed ? last : line.Length;
        var cell = new StringBuilder();
        int cellStart = first + 1;
        for (int i = first + 1; i <= end; i++)
        {
            if (i == end || (line[i] == '|' && line[i - 1] != '\\'))
            {
                yield return (cellStart, cell.ToString());
                cell.Clear();
                cellStart = i + 1;
            }
            else if (line[i] == '\\' && i + 1 < end && line[i + 1] == '|')
            {
                continue;
            }
            else
            {
                cell.Append(line[i]);
            }
        }
    }

    [GeneratedRegex(@"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")]
    private static partial Regex PipeSeparatorRow();

    /// <summary>A bookmark that converters of Word documents leave in the text (<c>[bookmark: _GoBack]</c>): not the report's text.</summary>
    [GeneratedRegex(@"\[bookmark: [^\]]{1,100}\]")]
    private static partial Regex BookmarkArtefact();
}
