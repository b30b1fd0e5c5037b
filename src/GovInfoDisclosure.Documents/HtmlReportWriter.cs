using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Documents;

/// <summary>How <see cref="HtmlReportWriter"/> writes.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The options used when none are given: a complete page.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>
    /// Whether to write only the report's <c>&lt;article&gt;</c>, to embed in a site's own page (which may include
    /// <see cref="HtmlReportWriter.StyleSheet"/>); otherwise a complete, self-contained HTML5 page.
    /// </summary>
    public bool Fragment { get; init; }
}

/// <summary>
/// Writes a report in the official layout as HTML: a complete self-contained HTML5 page (UTF-8, <c>lang="zh-CN"</c>, no
/// external resources, a print stylesheet for A4) or a fragment. The title, the six sections with their sub-headings and
/// paragraphs, the three tables exactly as <see cref="PrintedLayout"/> prints them (<c>rowspan</c>/<c>colspan</c>, labels
/// as <c>&lt;th scope&gt;</c>), and the agency and date at the end.
/// </summary>
/// <remarks>
/// Every value cell carries its JSON Pointer (<c>data-pointer="/applications/received/total"</c>); a blank is an empty
/// cell, an amount is printed exactly. All text is escaped: a narrative holding <c>&lt;script&gt;</c> prints it. A line
/// break inside a paragraph is a <c>&lt;br&gt;</c>; spaces are kept (<c>white-space: pre-wrap</c>). Values the template
/// does not print (the agency's region, the information processing fee) are kept as <c>data-</c> attributes of the
/// article.
/// </remarks>
public static class HtmlReportWriter
{
    /// <summary>
    /// The stylesheet of the page: the layout on screen (tables scroll sideways on a narrow screen) and on A4 paper, in the
    /// official document fonts the Word writer uses (each with the fallbacks a browser may have).
    /// </summary>
    public static string StyleSheet { get; } = $$$"""
        .gid-report{font-family:"{{{DocxReportWriter.BodyFont}}}","FangSong","仿宋","Noto Serif CJK SC","Source Han Serif SC","Songti SC",serif;font-size:16px;line-height:1.75;max-width:60em;margin:0 auto;padding:1em;color:#000;background:#fff}
        .gid-report h1{font-family:"{{{DocxReportWriter.TitleFont}}}","FZXiaoBiaoSong-B05S","Noto Serif CJK SC","Source Han Serif SC",serif;font-size:1.6em;font-weight:normal;text-align:center;margin:1em 0}
        .gid-report h2{font-family:"{{{DocxReportWriter.HeadingFont}}}","SimHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;font-size:1.15em;font-weight:normal;margin:1.2em 0 .5em}
        .gid-report h3{font-family:"{{{DocxReportWriter.SubheadingFont}}}","KaiTi","楷体","Noto Serif CJK SC",serif;font-size:1em;font-weight:normal;margin:.6em 0 .2em;text-indent:2em}
        .gid-report p{margin:.3em 0;text-indent:2em;white-space:pre-wrap;overflow-wrap:anywhere}
        .gid-report .gid-agency,.gid-report .gid-date{text-align:right;text-indent:0;margin:0}
        .gid-report .gid-agency{margin-top:2em}
        .gid-scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5em 0}
        .gid-table{border-collapse:collapse;width:100%;min-width:calc(var(--gid-columns,4)*4em);font-size:.875em;line-height:1.35}
        .gid-table th,.gid-table td{border:1px solid #000;padding:.3em .35em;vertical-align:middle}
        .gid-table th{font-weight:normal;text-align:center}
        .gid-table th[scope=row],.gid-table th[scope=rowgroup]{text-align:left}
        .gid-table td{text-align:center;white-space:nowrap;font-variant-numeric:tabular-nums;min-width:2.5em}
        .gid-table .gid-note{font-size:.85em}
        @page{size:A4;margin:37mm 26mm 35mm 28mm}
        @media print{.gid-report{max-width:none;padding:0;font-size:16pt;line-height:28pt}.gid-scroll{overflow:visible}.gid-table{min-width:0;font-size:9pt;line-height:1.3}.gid-table tr,.gid-report h2,.gid-report h3{break-inside:avoid}.gid-report h2,.gid-report h3{break-after:avoid}}
        """;

    /// <summary>Stands for a value in a table's skeleton; no label holds it.</summary>
    private const char ValueSlot = '\uFFFF';

    /// <summary>
    /// Each printed table written once, unmarked, with a <see cref="ValueSlot"/> for every value: the markup between the
    /// values (in the order <see cref="PrintedTable.Cells"/> lists them). A report's table is these segments with its
    /// values between them; the validation page, which marks cells, writes its tables cell by cell.
    /// </summary>
    private static readonly Lazy<Dictionary<PrintedTable, (string[] Segments, int[] Cells)>> Skeletons = new(() =>
    {
        var skeletons = new Dictionary<PrintedTable, (string[] Segments, int[] Cells)>();
        foreach (ReportEdition edition in Enum.GetValues<ReportEdition>())
        {
            foreach (PrintedTable table in PrintedLayout.Tables(edition))
            {
                using var w = new StringWriter(CultureInfo.InvariantCulture);
                WriteTable(w, edition, table, null, null, string.Empty, null);
                skeletons[table] = (w.ToString().Split(ValueSlot), [.. table.Cells.Where(c => c.Kind == PrintedCellKind.Value).Select(c => c.CellIndex)]);
            }
        }

        return skeletons;
    });

    /// <summary>Writes the report as HTML.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">A page or a fragment; <see cref="HtmlReportOptions.Default"/> (a page) when null.</param>
    public static void Write(AnnualReport report, TextWriter writer, HtmlReportOptions? options = null)
    {
        Guard.Against.Null(report, nameof(report));
        Guard.Against.Null(writer, nameof(writer));
        if ((options ?? HtmlReportOptions.Default).Fragment)
        {
            WriteArticle(report, writer);
            return;
        }

        WritePageStart(writer, PrintedDocument.MetadataTitle(report), StyleSheet);
        WriteArticle(report, writer);
        WritePageEnd(writer);
    }

    /// <summary>Writes the report as UTF-8 HTML (no byte order mark).</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8">The stream; left open.</param>
    /// <param name="options">A page or a fragment; <see cref="HtmlReportOptions.Default"/> (a page) when null.</param>
    public static void Write(AnnualReport report, Stream utf8, HtmlReportOptions? options = null)
    {
        Guard.Against.Null(utf8, nameof(utf8));
        using var writer = new StreamWriter(utf8, new UTF8Encoding(false), 16384, leaveOpen: true);
        Write(report, writer, options);
    }

    /// <summary>The report as HTML.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">A page or a fragment; <see cref="HtmlReportOptions.Default"/> (a page) when null.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(AnnualReport report, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(new StringBuilder(32768), CultureInfo.InvariantCulture);
        Write(report, writer, options);
        return writer.ToString();
    }

    internal static void WritePageStart(TextWriter w, string title, string styleSheet)
    {
        w.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");

        // A <title> holds text only (RCDATA): a line break is written as a reference, not as <br>, which would be read as text.
        HtmlText.Write(w, title, attribute: true);
        w.Write("</title>\n<style>\n");
        w.Write(styleSheet);
        w.Write("\n</style>\n</head>\n<body>\n");
    }

    internal static void WritePageEnd(TextWriter w) => w.Write("</body>\n</html>\n");

    /// <summary>
    /// The report's <c>&lt;article&gt;</c>: its tables are their skeletons with the values between the segments (the
    /// validation page, which marks cells, writes its tables cell by cell with <see cref="WriteTable"/>).
    /// </summary>
    private static void WriteArticle(AnnualReport report, TextWriter w)
    {
        Span<decimal?> values = stackalloc decimal?[PrintedLayout.CellCountOf(report.Edition)];
        PrintedLayout.CellValues(report, values);
        w.Write("<article class=\"gid-report\" lang=\"zh-CN\" data-edition=\"");
        w.Write(ReportFormat.EditionKey(report.Edition));
        w.Write("\" data-year=\"");
        w.Write(report.Year.ToString(CultureInfo.InvariantCulture));
        w.Write('"');
        if (report.Agency.Region is { } region)
        {
            w.Write(" data-region=\"");
            HtmlText.Write(w, region, attribute: true);
            w.Write('"');
        }

        if (report.InformationProcessingFeeYuan is { } fee)
        {
            w.Write(" data-information-processing-fee-yuan=\"");
            w.Write(PrintedDocument.FormatValue(fee));
            w.Write('"');
        }

        w.Write(">\n<h1 class=\"gid-title\"");
        HtmlText.WriteKeptWhiteSpace(w, PrintedDocument.Title(report));
        w.Write('>');
        HtmlText.Write(w, PrintedDocument.Title(report));
        w.Write("</h1>\n");
        foreach (FormatEntry section in ReportFormat.Sections)
        {
            WriteSectionStart(w, section, string.Empty);
            if (PrintedDocument.Table(report.Edition, section) is { } table)
            {
                (string[] segments, int[] cells) = Skeletons.Value[table];
                for (int i = 0; i < cells.Length; i++)
                {
                    w.Write(segments[i]);
                    WriteValue(w, values[cells[i]]);
                    if (PrintedDocument.ValueSuffix(report, cells[i]) is { Length: > 0 } suffix)
                    {
                        HtmlText.Write(w, suffix);
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
                        w.Write("<h3");
                        HtmlText.WriteKeptWhiteSpace(w, heading);
                        w.Write('>');
                        HtmlText.Write(w, heading);
                        w.Write("</h3>\n");
                    }

                    w.Write("<p");
                    HtmlText.WriteKeptWhiteSpace(w, paragraph.Text);
                    w.Write('>');
                    HtmlText.Write(w, paragraph.Text);
                    w.Write("</p>\n");
                }
            }
        }

        w.Write("<p class=\"gid-agency\"");
        HtmlText.WriteKeptWhiteSpace(w, report.Agency.Name);
        w.Write('>');
        HtmlText.Write(w, report.Agency.Name);
        w.Write("</p>\n");
        if (report.PublishedOn is { } date)
        {
            w.Write("<p class=\"gid-date\"><time datetime=\"");
            w.Write(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.Write("\">");
            w.Write(PrintedDocument.FormatDate(date));
            w.Write("</time></p>\n");
        }

        w.Write("</article>\n");
    }

    /// <summary>
    /// A section's heading, which starts the section: the sections are not wrapped in elements of their own, so that the
    /// whole report is one container of paragraphs and tables (what readers of government pages, ours included, take
    /// for the article).
    /// </summary>
    internal static void WriteSectionStart(TextWriter w, FormatEntry section, string idPrefix)
    {
        w.Write("<h2 class=\"gid-section\" id=\"");
        w.Write(idPrefix);
        w.Write(section.JsonKey);
        w.Write("\" data-section=\"");
        w.Write(section.JsonKey);
        w.Write("\">");
        HtmlText.Write(w, section.LabelZh);
        w.Write("</h2>\n");
    }

    /// <summary>
    /// One printed table, row by row as <see cref="PrintedTable.Rows"/> lists its cells, so that the DOM's
    /// <c>table.rows[r].cells[k]</c> is <c>Rows[r][k]</c>. The rows before the first row label or value are the
    /// <c>&lt;thead&gt;</c>.
    /// </summary>
    internal static void WriteTable(
        TextWriter w, ReportEdition edition, PrintedTable table, AnnualReport? report, decimal?[]? values, string idPrefix, Func<int, CellMark?>? marks)
    {
        w.Write("<div class=\"gid-scroll\">\n<table class=\"gid-table\" data-table=\"");
        w.Write(table.Section.JsonKey);
        w.Write("\" style=\"--gid-columns:");
        w.Write(table.ColumnCount.ToString(CultureInfo.InvariantCulture));
        w.Write("\">\n");
        bool head = !table.Rows[0].Any(c => c.Kind is PrintedCellKind.Value or PrintedCellKind.RowHeader);
        w.Write(head ? "<thead>\n" : "<tbody>\n");
        foreach (var row in table.Rows)
        {
            if (head && row.Any(c => c.Kind is PrintedCellKind.Value or PrintedCellKind.RowHeader))
            {
                head = false;
                w.Write("</thead>\n<tbody>\n");
            }

            w.Write("<tr>");
            foreach (PrintedCell cell in row)
            {
                WriteCell(w, edition, cell, report, values, idPrefix, marks);
            }

            w.Write("</tr>\n");
        }

        w.Write(head ? "</thead>\n" : "</tbody>\n");
        w.Write("</table>\n</div>\n");
    }

    private static void WriteCell(
        TextWriter w, ReportEdition edition, PrintedCell cell, AnnualReport? report, decimal?[]? values, string idPrefix, Func<int, CellMark?>? marks)
    {
        if (cell.Kind == PrintedCellKind.Value)
        {
            CellMark? mark = marks?.Invoke(cell.CellIndex);
            w.Write("<td");
            WriteSpans(w, cell);
            w.Write(" data-pointer=\"");
            HtmlText.Write(w, PrintedLayout.CellPointer(edition, cell.CellIndex), attribute: true);
            w.Write('"');
            if (mark is { } m)
            {
                w.Write(" id=\"");
                w.Write(idPrefix);
                w.Write("c");
                w.Write(cell.CellIndex.ToString(CultureInfo.InvariantCulture));
                w.Write("\" class=\"");
                w.Write(m.CssClass);
                w.Write("\">");
                w.Write("<span class=\"gid-n\">");
                WriteValue(w, values?[cell.CellIndex]);
                HtmlText.Write(w, report is null ? string.Empty : PrintedDocument.ValueSuffix(report, cell.CellIndex));
                w.Write("</span>");
                w.Write(m.MarkerHtml);
            }
            else
            {
                w.Write('>');
                if (values is null)
                {
                    w.Write(ValueSlot);
                }
                else
                {
                    WriteValue(w, values[cell.CellIndex]);
                    HtmlText.Write(w, report is null ? string.Empty : PrintedDocument.ValueSuffix(report, cell.CellIndex));
                }
            }

            w.Write("</td>");
            return;
        }

        w.Write("<th");
        string? scope = cell.Kind switch
        {
            PrintedCellKind.BlockTitle => "colgroup",
            PrintedCellKind.ColumnHeader => cell.ColumnSpan > 1 ? "colgroup" : "col",
            PrintedCellKind.RowHeader => cell.RowSpan > 1 ? "rowgroup" : "row",
            _ => null,
        };
        if (scope is not null)
        {
            w.Write(" scope=\"");
            w.Write(scope);
            w.Write('"');
        }
        else
        {
            w.Write(" class=\"gid-note\"");
        }

        WriteSpans(w, cell);
        w.Write('>');
        HtmlText.Write(w, cell.Text);
        w.Write("</th>");
    }

    /// <summary>A value as <see cref="PrintedDocument.FormatValue"/> prints it, formatted on the stack.</summary>
    private static void WriteValue(TextWriter w, decimal? value)
    {
        if (value is { } v)
        {
            Span<char> text = stackalloc char[40];
            PrintedDocument.TryFormatValue(v, text, out int length);
            w.Write(text[..length]);
        }
    }

    private static void WriteSpans(TextWriter w, PrintedCell cell)
    {
        if (cell.RowSpan > 1)
        {
            w.Write(" rowspan=\"");
            w.Write(cell.RowSpan.ToString(CultureInfo.InvariantCulture));
            w.Write('"');
        }

        if (cell.ColumnSpan > 1)
        {
            w.Write(" colspan=\"");
            w.Write(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture));
            w.Write('"');
        }
    }
}

/// <summary>How the validation page marks a value cell: its classes and the marker written after the value (already HTML).</summary>
/// <param name="CssClass">The cell's classes.</param>
/// <param name="MarkerHtml">The marker, links to the findings included.</param>
internal readonly record struct CellMark(string CssClass, string MarkerHtml);
