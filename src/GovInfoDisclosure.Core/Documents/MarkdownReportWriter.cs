using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Documents;

/// <summary>
/// Writes a report in the official layout as Markdown, for e-mail, diffs and review: the title, the six sections with
/// their paragraphs and sub-headings, the three tables as pipe tables, and the agency and date at the end.
/// </summary>
/// <remarks>
/// <para>
/// A pipe table cannot merge cells, so each table of <see cref="PrintedLayout"/> is printed as one pipe table per block
/// (section 二's four blocks each under their title): the labels that the template merges over a row are repeated in its
/// first column joined by <c> · </c> (<c>三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密</c>), and the column headers stacked
/// over a column are joined the same way (<c>申请人情况 · 法人或其他组织 · 商业企业</c>). A blank is an empty cell.
/// </para>
/// <para>
/// Text is escaped so that it prints as written: Markdown's punctuation (<c>\ ` * _ [ ] &lt; &gt; | &amp; ~</c>) with a
/// backslash, what would start a heading, list or quote at the start of a line, and spaces at either end of a line as
/// character references; a line break inside a paragraph is a hard line break (a backslash at the end of the line).
/// </para>
/// </remarks>
public static class MarkdownReportWriter
{
    private const string Joiner = " · ";

    /// <summary>What is escaped with a backslash (and a carriage return, written as a reference) in a paragraph.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_[]<>|&~\r");

    /// <summary>What is escaped in a heading or a table cell: a '#' too.</summary>
    private static readonly SearchValues<char> SpecialInline = SearchValues.Create("\\`*_[]<>|&~\r#");

    /// <summary>Stands for a value in a table's skeleton; no label holds it.</summary>
    private const char ValueSlot = '\uFFFF';

    /// <summary>
    /// Each printed table written once with a <see cref="ValueSlot"/> for every value: the text between the values, and the
    /// values' cell indexes in order. A report's table is these segments with its values between them.
    /// </summary>
    private static readonly Lazy<Dictionary<PrintedTable, (string[] Segments, int[] Cells)>> Skeletons = new(() =>
    {
        var skeletons = new Dictionary<PrintedTable, (string[] Segments, int[] Cells)>();
        foreach (ReportEdition edition in Enum.GetValues<ReportEdition>())
        {
            foreach (PrintedTable table in PrintedLayout.Tables(edition))
            {
                using var w = new StringWriter(CultureInfo.InvariantCulture);
                var cells = new List<int>();
                AppendTable(w, table, cells);
                skeletons[table] = (w.ToString().Split(ValueSlot), [.. cells]);
            }
        }

        return skeletons;
    });

    /// <summary>Writes the report as Markdown.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write; lines end with <c>\n</c>.</param>
    public static void Write(AnnualReport report, TextWriter writer)
    {
        Guard.Against.Null(report, nameof(report));
        Guard.Against.Null(writer, nameof(writer));
        Append(report, writer);
    }

    /// <summary>Writes the report as UTF-8 Markdown (no byte order mark).</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8">The stream; left open.</param>
    public static void Write(AnnualReport report, Stream utf8)
    {
        Guard.Against.Null(utf8, nameof(utf8));
        using var writer = new StreamWriter(utf8, new UTF8Encoding(false), 16384, leaveOpen: true);
        Write(report, writer);
    }

    /// <summary>The report as Markdown.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The Markdown text.</returns>
    public static string ToMarkdown(AnnualReport report)
    {
        Guard.Against.Null(report, nameof(report));
        using var writer = new StringWriter(new StringBuilder(8192), CultureInfo.InvariantCulture);
        Append(report, writer);
        return writer.ToString();
    }

    private static void Append(AnnualReport report, TextWriter w)
    {
        Span<decimal?> values = stackalloc decimal?[PrintedLayout.CellCountOf(report.Edition)];
        PrintedLayout.CellValues(report, values);
        Span<char> text = stackalloc char[40];
        string metadataTitle = PrintedDocument.MetadataTitle(report);
        if (!string.Equals(metadataTitle, PrintedDocument.Title(report), StringComparison.Ordinal))
        {
            // The printed title does not name the agency before the year: front matter names them, as a page's <title> does.
            var yaml = new StringBuilder("---\ntitle: ");
            MarkdownText.AppendYamlString(yaml, metadataTitle);
            w.Write(yaml.Append("\n---\n\n"));
        }

        w.Write("# ");
        AppendText(w, PrintedDocument.Title(report), heading: true);
        w.Write("\n\n");
        foreach (FormatEntry section in ReportFormat.Sections)
        {
            w.Write("## ");
            w.Write(section.LabelZh);
            w.Write("\n\n");
            if (PrintedDocument.Table(report.Edition, section) is { } table)
            {
                (string[] segments, int[] cells) = Skeletons.Value[table];
                for (int i = 0; i < cells.Length; i++)
                {
                    w.Write(segments[i]);
                    PrintedDocument.TryFormatValue(values[cells[i]], text, out int length);
                    w.Write(text[..length]);
                    if (PrintedDocument.ValueSuffix(report, cells[i]) is { Length: > 0 } suffix)
                    {
                        w.Write(suffix);
                    }
                }

                w.Write(segments[^1]);
            }
            else if (PrintedDocument.Narrative(report, section) is { } narrative)
            {
                foreach (Paragraph paragraph in narrative.Paragraphs)
                {
                    if (paragraph.Heading is { } heading)
                    {
                        w.Write("### ");
                        AppendText(w, heading, heading: true);
                        w.Write("\n\n");
                    }

                    if (paragraph.Text.Length > 0)
                    {
                        AppendText(w, paragraph.Text, heading: false);
                        w.Write("\n\n");
                    }
                }
            }
        }

        AppendText(w, report.Agency.Name, heading: false);
        if (report.PublishedOn is { } date)
        {
            w.Write("\n\n");
            w.Write(PrintedDocument.FormatDate(date));
        }

        // One newline at the end, as the samples' files have.
        w.Write('\n');
    }

    /// <summary>
    /// One pipe table per block of the printed table (a block starts at a block title or at the header rows over its
    /// values), with <see cref="ValueSlot"/> for each value, whose cell index is added to <paramref name="cells"/>.
    /// </summary>
    private static void AppendTable(TextWriter w, PrintedTable table, List<int> cells)
    {
        var grid = PrintedDocument.Grid(table);
        string? title = null;
        var header = new List<int>();
        var body = new List<int>();
        for (int r = 0; r < table.RowCount; r++)
        {
            var starting = table.Rows[r];
            bool hasValues = grid[r].Any(c => c.Kind == PrintedCellKind.Value);
            if (starting.Length == 1 && starting[0].Kind == PrintedCellKind.BlockTitle)
            {
                Flush();
                title = starting[0].Text;
            }
            else if (!hasValues)
            {
                if (body.Count > 0)
                {
                    Flush();
                }

                header.Add(r);
            }
            else
            {
                body.Add(r);
            }
        }

        Flush();

        void Flush()
        {
            if (title is null && body.Count == 0 && header.Count == 0)
            {
                return;
            }

            AppendBlock(w, grid, title, header, body, cells);
            title = null;
            header.Clear();
            body.Clear();
        }
    }

    private static void AppendBlock(
        TextWriter w, ImmutableArray<ImmutableArray<PrintedCell>> grid, string? title,
        List<int> header, List<int> body, List<int> cells)
    {
        if (title is not null)
        {
            w.Write("**");
            w.Write(title);
            w.Write("**\n\n");
        }

        if (body.Count == 0)
        {
            return;
        }

        // The value columns of the block (a value may span several grid columns), and the label columns left of them.
        var columns = body.SelectMany(r => grid[r]).Where(c => c.Kind == PrintedCellKind.Value)
            .Select(c => (c.Column, c.ColumnSpan)).Distinct().OrderBy(c => c.Column).ToList();
        int labelWidth = columns[0].Column;

        var line = new List<string>();
        if (labelWidth > 0)
        {
            line.Add(Labels(grid, header, 0, labelWidth, kind: null));
        }

        line.AddRange(columns.Select(c => Labels(grid, header, c.Column, c.ColumnSpan, kind: null)));
        AppendRow(w, line);
        w.Write('|');
        for (int i = 0; i < line.Count; i++)
        {
            w.Write(i == 0 && labelWidth > 0 ? " --- |" : " ---: |");
        }

        w.Write('\n');
        foreach (int r in body)
        {
            line.Clear();
            if (labelWidth > 0)
            {
                line.Add(Labels(grid, [r], 0, labelWidth, PrintedCellKind.RowHeader));
            }

            foreach ((int column, _) in columns)
            {
                PrintedCell cell = grid[r][column];
                if (cell.Kind == PrintedCellKind.Value && cell.Row == r)
                {
                    cells.Add(cell.CellIndex);
                    line.Add(ValueSlot.ToString());
                }
                else
                {
                    line.Add(string.Empty);
                }
            }

            AppendRow(w, line);
        }

        w.Write('\n');
    }

    /// <summary>The distinct labels covering some columns of some rows, outermost first, joined by <see cref="Joiner"/>.</summary>
    private static string Labels(
        ImmutableArray<ImmutableArray<PrintedCell>> grid, IEnumerable<int> rows,
        int column, int span, PrintedCellKind? kind)
    {
        var seen = new List<PrintedCell>();
        foreach (int r in rows)
        {
            for (int c = column; c < column + span; c++)
            {
                PrintedCell cell = grid[r][c];
                if (cell.Kind != PrintedCellKind.Value && (kind is null || cell.Kind == kind) && !seen.Contains(cell))
                {
                    seen.Add(cell);
                }
            }
        }

        return string.Join(Joiner, seen.Select(c => c.Text));
    }

    private static void AppendRow(TextWriter w, List<string> cells)
    {
        w.Write('|');
        foreach (string cell in cells)
        {
            w.Write(' ');
            AppendText(w, cell, heading: true);
            w.Write(" |");
        }

        w.Write('\n');
    }

    /// <summary>
    /// Appends text so that Markdown prints it as written. In a heading or a table cell (<paramref name="heading"/>) a line
    /// break is <c>&lt;br&gt;</c>; in a paragraph it is a hard line break, and the paragraph's last character, where it
    /// is a line break, the reference <c>&amp;#10;</c> (no hard break ends a paragraph in CommonMark).
    /// </summary>
    internal static void AppendText(TextWriter w, string text, bool heading)
    {
        int lineStart = 0;
        while (true)
        {
            int end = text.IndexOf('\n', lineStart);
            AppendLine(w, text.AsSpan(lineStart, (end < 0 ? text.Length : end) - lineStart), heading);
            if (end < 0)
            {
                return;
            }

            w.Write(heading ? "<br>" : end == text.Length - 1 ? "&#10;" : "\\\n");
            lineStart = end + 1;
        }
    }

    private static void AppendLine(TextWriter w, ReadOnlySpan<char> line, bool inline)
    {
        int first = 0;
        while (first < line.Length && line[first] is ' ' or '\t')
        {
            w.Write(line[first] == ' ' ? "&#32;" : "&#9;");
            first++;
        }

        int last = line.Length;
        while (last > first && line[last - 1] is ' ' or '\t')
        {
            last--;
        }

        // What would start a heading, list item, rule or setext underline at the start of a paragraph's line; in a heading
        // or a cell a '#' anywhere (a heading's closing sequence).
        int from = first;
        if (!inline && first < last)
        {
            int digits = first;
            while (digits < last && char.IsAsciiDigit(line[digits]))
            {
                digits++;
            }

            if (line[first] is '#' or '-' or '+' or '=')
            {
                w.Write('\\');
            }
            else if (digits > first && digits < last && line[digits] is '.' or ')')
            {
                w.Write(line[first..digits]);
                w.Write('\\');
                from = digits;
            }
        }

        ReadOnlySpan<char> rest = line[from..last];
        SearchValues<char> special = inline ? SpecialInline : Special;
        while (true)
        {
            int i = rest.IndexOfAny(special);
            if (i < 0)
            {
                w.Write(rest);
                break;
            }

            w.Write(rest[..i]);
            if (rest[i] == '\r')
            {
                w.Write("&#13;");
            }
            else
            {
                w.Write('\\');
                w.Write(rest[i]);
            }

            rest = rest[(i + 1)..];
        }

        for (int i = last; i < line.Length; i++)
        {
            w.Write(line[i] == ' ' ? "&#32;" : "&#9;");
        }
    }
}
