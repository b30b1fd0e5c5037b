using System.Globalization;
using System.Text;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>
/// A test-side printer (until the writers exist): a report as plain text in the printed layout, by walking
/// <see cref="PrintedLayout"/>: tab rows with merged labels printed once, or Markdown pipe tables with a merged group
/// label joined to its row's label (<c>（三）不予公开 · 1.属于国家秘密</c>).
/// </summary>
public static class TextPrinter
{
    public enum Style
    {
        TabRows,
        Markdown,
        CellLines,
    }

    public static string Print(AnnualReport report, Style style)
    {
        decimal?[] values = PrintedLayout.CellValues(report);
        var sb = new StringBuilder();
        sb.Append(style == Style.Markdown ? "# " : string.Empty).Append(report.Title ?? $"{report.Agency.Name}{report.Year}年政府信息公开工作年度报告").Append("\n\n");
        var tables = PrintedLayout.Tables(report.Edition);
        for (int s = 0; s < 6; s++)
        {
            sb.Append(style == Style.Markdown ? "## " : string.Empty).Append(ReportFormat.Sections[s].LabelZh).Append("\n\n");
            Narrative? narrative = s switch { 0 => report.Overview, 4 => report.ProblemsAndImprovements, 5 => report.OtherMatters, _ => null };
            foreach (Paragraph p in narrative ?? Narrative.FromText(string.Empty))
            {
                if (p.Heading is not null)
                {
                    sb.Append(p.Heading).Append('\n');
                }

                if (p.Text.Length > 0)
                {
                    sb.Append(p.Text).Append('\n');
                }
            }

            if (s is >= 1 and <= 3)
            {
                PrintTable(sb, tables[s - 1], values, style);
            }

            sb.Append('\n');
        }

        if (report.PublishedOn is { } date)
        {
            sb.Append(report.Agency.Name).Append('\n').Append(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日\n");
        }

        return sb.ToString();
    }

    /// <summary>The report as a neutral document with merged cells, as the HTML and Word readers make it: the printed layout's spans as they are.</summary>
    public static GovInfoDisclosure.Core.Documents.SourceDocument Merged(AnnualReport report)
    {
        GovInfoDisclosure.Core.Documents.SourceDocument text = GovInfoDisclosure.Core.Documents.TextDocumentReader.Read(Print(report, Style.TabRows), "merged.html");
        decimal?[] values = PrintedLayout.CellValues(report);
        var tables = PrintedLayout.Tables(report.Edition);
        int next = 0;
        var blocks = text.Blocks.Select(b => b is GovInfoDisclosure.Core.Documents.DocumentTable t
            ? new GovInfoDisclosure.Core.Documents.DocumentTable(
                tables[next++].Rows.Select(row => row.Select(cell => new GovInfoDisclosure.Core.Documents.DocumentCell(
                    cell.Kind == PrintedCellKind.Value ? values[cell.CellIndex]?.ToString(CultureInfo.InvariantCulture) ?? string.Empty : cell.Text,
                    t.Location, cell.RowSpan, cell.ColumnSpan, cell.IsHeader))),
                t.Location,
                t.Number)
            : b);
        return new GovInfoDisclosure.Core.Documents.SourceDocument("merged.html", blocks.ToList());
    }

    /// <summary>
    /// The document with sections 二 to 四 made one table where section 二's heading was, as some Word documents print
    /// them: each section's heading a row of one cell spanning the table, then its tables' rows, a paragraph between them
    /// (a block title of the 2019 layout's section 二) a row of one cell. Returns the blocks and the rows (from 1) where
    /// the three headings are.
    /// </summary>
    public static (List<GovInfoDisclosure.Core.Documents.DocumentBlock> Blocks, int[] HeadingRows) OneTable(IEnumerable<GovInfoDisclosure.Core.Documents.DocumentBlock> document)
    {
        List<GovInfoDisclosure.Core.Documents.DocumentBlock> blocks = [.. document];
        int IndexOf(FormatEntry section) => blocks.FindIndex(b => b is GovInfoDisclosure.Core.Documents.DocumentParagraph p && p.Text == section.LabelZh);
        int first = IndexOf(ReportFormat.ProactiveDisclosure);
        int end = IndexOf(ReportFormat.ProblemsAndImprovements);
        int columns = blocks[first..end].OfType<GovInfoDisclosure.Core.Documents.DocumentTable>().Max(t => t.ColumnCount);
        var rows = new List<IEnumerable<GovInfoDisclosure.Core.Documents.DocumentCell>>();
        var headingRows = new List<int>();
        foreach (GovInfoDisclosure.Core.Documents.DocumentBlock block in blocks[first..end])
        {
            if (block is GovInfoDisclosure.Core.Documents.DocumentTable table)
            {
                rows.AddRange(table.Rows.Select(r => (IEnumerable<GovInfoDisclosure.Core.Documents.DocumentCell>)r));
                continue;
            }

            var paragraph = (GovInfoDisclosure.Core.Documents.DocumentParagraph)block;
            if (ReportFormat.Sections.Any(s => s.LabelZh == paragraph.Text))
            {
                headingRows.Add(rows.Count + 1);
            }

            rows.Add([new GovInfoDisclosure.Core.Documents.DocumentCell(paragraph.Text, paragraph.Location, 1, columns)]);
        }

        blocks.RemoveRange(first, end - first);
        blocks.Insert(first, new GovInfoDisclosure.Core.Documents.DocumentTable(rows, blocks[first].Location, 1));
        return (blocks, [.. headingRows]);
    }

    private static void PrintTable(StringBuilder sb, PrintedTable table, decimal?[] values, Style style)
    {
        bool first = true;
        foreach (var row in table.Rows)
        {
            var cells = new List<string>();
            string? pendingGroup = null;
            foreach (PrintedCell cell in row)
            {
                string text = cell.Kind == PrintedCellKind.Value
                    ? values[cell.CellIndex]?.ToString(CultureInfo.InvariantCulture) ?? string.Empty
                    : cell.Text;
                if (style == Style.Markdown && cell.Kind == PrintedCellKind.RowHeader && cell.RowSpan > 1)
                {
                    pendingGroup = cell.Text;
                    continue;
                }

                if (style == Style.Markdown && pendingGroup is not null && cell.Kind == PrintedCellKind.RowHeader)
                {
                    text = pendingGroup + " · " + text;
                    pendingGroup = null;
                }

                cells.Add(text);
            }

            switch (style)
            {
                case Style.Markdown:
                    sb.Append("| ").Append(string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))).Append(" |\n");
                    if (first)
                    {
                        sb.Append('|').Append(string.Concat(cells.Select(_ => "---|"))).Append('\n');
                    }

                    break;
                case Style.TabRows:
                    // A row of one cell keeps a leading tab, so that it is not taken for a paragraph.
                    sb.Append(string.Join('\t', cells.Count == 1 ? cells.Prepend(string.Empty) : cells)).Append('\n');
                    break;
                default:
                    foreach (string c in cells)
                    {
                        sb.Append('\t').Append(c).Append('\n');
                    }

                    sb.Append('\n');
                    break;
            }

            first = false;
        }
    }
}
