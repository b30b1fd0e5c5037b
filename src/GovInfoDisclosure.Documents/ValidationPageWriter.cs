using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Documents;

/// <summary>One file of a validation page: its report and findings, or why it could not be read.</summary>
public sealed class ValidationPageEntry
{
    /// <summary>A file that was read and validated.</summary>
    /// <param name="fileName">The file as the user named it.</param>
    /// <param name="report">The report read from it.</param>
    /// <param name="result">Its findings (import findings included, with their source locations).</param>
    public ValidationPageEntry(string fileName, AnnualReport report, ValidationResult result)
    {
        FileName = Guard.Against.Null(fileName, nameof(fileName));
        Report = Guard.Against.Null(report, nameof(report));
        Result = Guard.Against.Null(result, nameof(result));
    }

    /// <summary>A file that could not be read (not a report, not decodable, over a limit).</summary>
    /// <param name="fileName">The file as the user named it.</param>
    /// <param name="error">Why it could not be read.</param>
    public ValidationPageEntry(string fileName, string error)
    {
        FileName = Guard.Against.Null(fileName, nameof(fileName));
        Error = Guard.Against.NullOrEmpty(error, nameof(error));
    }

    /// <summary>The file as the user named it.</summary>
    public string FileName { get; }

    /// <summary>The report, or <see langword="null"/> for a file that could not be read.</summary>
    public AnnualReport? Report { get; }

    /// <summary>The findings, or <see langword="null"/> for a file that could not be read.</summary>
    public ValidationResult? Result { get; }

    /// <summary>Why the file could not be read, or <see langword="null"/>.</summary>
    public string? Error { get; }
}

/// <summary>
/// Writes the validation report people can look at: one self-contained HTML page (it opens offline) for many files. A
/// summary table of the files (errors, warnings, infos; sorted by clicking a header), then for each file its tables in
/// the printed layout (written by <see cref="HtmlReportWriter"/>) with every cell that a finding names marked by
/// severity (a class, a colour, an outline style and a visible symbol: ✖ error, ▲ warning, ℹ info) and linked to the
/// finding, and the findings with both messages and, for an imported document, the source location. Tables scroll
/// sideways on a phone; the page prints.
/// </summary>
public static class ValidationPageWriter
{
    private const string Style = """
        body{margin:0;background:#fff;color:#000}
        .gid-page{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;max-width:70em;margin:0 auto;padding:.75em;line-height:1.5}
        .gid-page h1{font-size:1.4em;margin:.5em 0}
        .gid-summary{border-collapse:collapse;width:100%}
        .gid-summary th,.gid-summary td{border:1px solid #888;padding:.3em .5em;text-align:left}
        .gid-summary td.gid-count{text-align:right;font-variant-numeric:tabular-nums}
        .gid-summary th button{all:unset;cursor:pointer;font-weight:bold}
        .gid-summary th[aria-sort=ascending] button::after{content:" ▲"}
        .gid-summary th[aria-sort=descending] button::after{content:" ▼"}
        .gid-file{border-top:2px solid #444;margin-top:1.5em}
        .gid-file>h2{font-size:1.2em;overflow-wrap:anywhere}
        .gid-file .gid-report{max-width:none;padding:0}
        .gid-read-error{color:#b71c1c;font-weight:bold;white-space:pre-wrap}
        .gid-mark-error{background:#fde0dc;outline:3px solid #c62828;outline-offset:-3px}
        .gid-mark-warning{background:#fff3cd;outline:3px dashed #a15c00;outline-offset:-3px}
        .gid-mark-info{background:#e3f2fd;outline:2px dotted #1565c0;outline-offset:-2px}
        .gid-marker{font-size:.75em;font-weight:bold;margin-left:.15em;text-decoration:none;color:inherit}
        .gid-findings{padding-left:1.5em}
        .gid-finding{margin:.4em 0;padding:.3em .5em;border-left:4px solid #888}
        .gid-finding.gid-error{border-left:4px solid #c62828}
        .gid-finding.gid-warning{border-left:4px dashed #a15c00}
        .gid-finding.gid-info{border-left:4px dotted #1565c0}
        .gid-finding p{margin:.1em 0;text-indent:0;overflow-wrap:anywhere}
        .gid-finding :target,.gid-finding:target{background:#ffffe0}
        .gid-sev{font-weight:bold}
        @media print{.gid-summary th button::after{content:""}.gid-file{break-before:page}.gid-finding{break-inside:avoid}}
        """;

    private const string SortScript = """
        document.querySelectorAll('.gid-summary th button').forEach(function(button){button.addEventListener('click',function(){
        var th=button.parentElement,table=th.closest('table'),body=table.tBodies[0],index=th.cellIndex,numeric=th.hasAttribute('data-numeric');
        var order=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
        table.querySelectorAll('th[aria-sort]').forEach(function(h){h.removeAttribute('aria-sort');});th.setAttribute('aria-sort',order);
        var rows=Array.prototype.slice.call(body.rows);
        rows.sort(function(a,b){var x=a.cells[index].getAttribute('data-value'),y=b.cells[index].getAttribute('data-value');
        var c=numeric?Number(x)-Number(y):x.localeCompare(y,'zh-CN');return order==='ascending'?c:-c;});
        rows.forEach(function(r){body.appendChild(r);});});});
        """;

    /// <summary>Writes the page.</summary>
    /// <param name="entries">The files, in the order to list them.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="title">The page's title; a default when null.</param>
    public static void Write(IEnumerable<ValidationPageEntry> entries, TextWriter writer, string? title = null)
    {
        Guard.Against.Null(entries, nameof(entries));
        Guard.Against.Null(writer, nameof(writer));
        ValidationPageEntry[] files = [.. entries];
        title ??= "政府信息公开工作年度报告校验结果 · Validation report";
        HtmlReportWriter.WritePageStart(writer, title, HtmlReportWriter.StyleSheet + "\n" + Style);
        writer.Write("<main class=\"gid-page\">\n<h1>");
        HtmlText.Write(writer, title);
        writer.Write("</h1>\n");
        WriteSummary(writer, files);
        for (int i = 0; i < files.Length; i++)
        {
            WriteFile(writer, files[i], FileId(i));
        }

        writer.Write("</main>\n<script>\n");
        writer.Write(SortScript);
        writer.Write("\n</script>\n");
        HtmlReportWriter.WritePageEnd(writer);
    }

    /// <summary>Writes the page as UTF-8 (no byte order mark).</summary>
    /// <param name="entries">The files, in the order to list them.</param>
    /// <param name="utf8">The stream; left open.</param>
    /// <param name="title">The page's title; a default when null.</param>
    public static void Write(IEnumerable<ValidationPageEntry> entries, Stream utf8, string? title = null)
    {
        Guard.Against.Null(utf8, nameof(utf8));
        using var writer = new StreamWriter(utf8, new UTF8Encoding(false), 16384, leaveOpen: true);
        Write(entries, writer, title);
    }

    /// <summary>The page as a string.</summary>
    /// <param name="entries">The files, in the order to list them.</param>
    /// <param name="title">The page's title; a default when null.</param>
    /// <returns>The HTML text.</returns>
    public static string ToHtml(IEnumerable<ValidationPageEntry> entries, string? title = null)
    {
        using var writer = new StringWriter(new StringBuilder(65536), CultureInfo.InvariantCulture);
        Write(entries, writer, title);
        return writer.ToString();
    }

    /// <summary>The id of a file's section (<c>f1</c>); its cells are <c>f1-c37</c> and its findings <c>f1-d3</c>.</summary>
    internal static string FileId(int index) => "f" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static void WriteSummary(TextWriter w, ValidationPageEntry[] files)
    {
        w.Write("<div class=\"gid-scroll\">\n<table class=\"gid-summary\">\n<thead><tr>");
        foreach ((string label, bool numeric) in new[] { ("文件 File", false), ("错误 Errors", true), ("警告 Warnings", true), ("提示 Infos", true), ("状态 Status", false) })
        {
            w.Write(numeric ? "<th scope=\"col\" data-numeric>" : "<th scope=\"col\">");
            w.Write("<button type=\"button\">");
            w.Write(label);
            w.Write("</button></th>");
        }

        w.Write("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < files.Length; i++)
        {
            ValidationPageEntry file = files[i];
            w.Write("<tr><td data-value=\"");
            HtmlText.Write(w, file.FileName, attribute: true);
            w.Write("\"><a href=\"#");
            w.Write(FileId(i));
            w.Write("\">");
            HtmlText.Write(w, file.FileName);
            w.Write("</a></td>");
            if (file.Result is { } result)
            {
                Count(w, result.ErrorCount);
                Count(w, result.WarningCount);
                Count(w, result.InfoCount);
                string status = result.IsValid ? "通过 valid" : "未通过 invalid";
                w.Write("<td data-value=\"" + status + "\">" + status + "</td>");
            }
            else
            {
                // A file that could not be read sorts after every file with findings.
                w.Write("<td class=\"gid-count\" data-value=\"1e9\"></td><td class=\"gid-count\" data-value=\"-1\"></td><td class=\"gid-count\" data-value=\"-1\"></td>");
                w.Write("<td data-value=\"无法读取 unreadable\">无法读取 unreadable</td>");
            }

            w.Write("</tr>\n");
        }

        w.Write("</tbody>\n</table>\n</div>\n");

        static void Count(TextWriter w, int n)
        {
            string text = n.ToString(CultureInfo.InvariantCulture);
            w.Write("<td class=\"gid-count\" data-value=\"" + text + "\">" + text + "</td>");
        }
    }

    private static void WriteFile(TextWriter w, ValidationPageEntry file, string id)
    {
        w.Write("<section class=\"gid-file\" id=\"");
        w.Write(id);
        w.Write("\">\n<h2>");
        HtmlText.Write(w, file.FileName);
        w.Write("</h2>\n");
        if (file.Report is not { } report || file.Result is not { } result)
        {
            w.Write("<p class=\"gid-read-error\">");
            HtmlText.Write(w, file.Error ?? string.Empty);
            w.Write("</p>\n</section>\n");
            return;
        }

        w.Write("<p>");
        HtmlText.Write(w, PrintedDocument.Title(report));
        w.Write(" · ");
        w.Write(result.ToString());
        w.Write("</p>\n");

        // The findings by the cell they name, numbered as listed.
        int cellCount = PrintedLayout.CellCountOf(report.Edition);
        var cellOf = new Dictionary<string, int>(cellCount, StringComparer.Ordinal);
        for (int c = 0; c < cellCount; c++)
        {
            cellOf[PrintedLayout.CellPointer(report.Edition, c)] = c;
        }

        var byCell = new Dictionary<int, List<int>>();
        for (int d = 0; d < result.Diagnostics.Length; d++)
        {
            if (cellOf.TryGetValue(result.Diagnostics[d].Path, out int cell))
            {
                (byCell.TryGetValue(cell, out var list) ? list : byCell[cell] = []).Add(d);
            }
        }

        var printedCells = new HashSet<int>();
        decimal?[] values = PrintedLayout.CellValues(report);
        w.Write("<div class=\"gid-report\">\n");
        foreach (FormatEntry section in ReportFormat.Sections)
        {
            if (PrintedDocument.Table(report.Edition, section) is { } table)
            {
                HtmlReportWriter.WriteSectionStart(w, section, id + "-");
                HtmlReportWriter.WriteTable(w, report.Edition, table, report, values, id + "-", c => Mark(c, byCell, result, id));
                printedCells.UnionWith(table.Cells.Where(c => c.Kind == PrintedCellKind.Value).Select(c => c.CellIndex));
            }
        }

        w.Write("</div>\n");
        WriteFindings(w, result, id, cellOf, printedCells);
        w.Write("</section>\n");
    }

    private static CellMark? Mark(int cell, Dictionary<int, List<int>> byCell, ValidationResult result, string id)
    {
        if (!byCell.TryGetValue(cell, out List<int>? findings))
        {
            return null;
        }

        Severity worst = findings.Max(d => result.Diagnostics[d].Severity);
        var marker = new StringBuilder();
        foreach (int d in findings)
        {
            Diagnostic finding = result.Diagnostics[d];
            marker.Append("<a class=\"gid-marker\" href=\"#").Append(id).Append("-d").Append(d + 1).Append("\" title=\"")
                .Append(finding.Code).Append(' ').Append(Name(finding.Severity)).Append("\">")
                .Append(Symbol(finding.Severity)).Append(d + 1).Append("</a>");
        }

        return new CellMark("gid-mark gid-mark-" + Name(worst), marker.ToString());
    }

    private static void WriteFindings(TextWriter w, ValidationResult result, string id, Dictionary<string, int> cellOf, HashSet<int> printedCells)
    {
        w.Write("<h3>发现 Findings</h3>\n");
        if (result.Diagnostics.IsEmpty)
        {
            w.Write("<p>没有发现问题。No findings.</p>\n");
            return;
        }

        w.Write("<ol class=\"gid-findings\">\n");
        for (int d = 0; d < result.Diagnostics.Length; d++)
        {
            Diagnostic finding = result.Diagnostics[d];
            string severity = Name(finding.Severity);
            w.Write("<li class=\"gid-finding gid-");
            w.Write(severity);
            w.Write("\" id=\"");
            w.Write(id);
            w.Write("-d");
            w.Write((d + 1).ToString(CultureInfo.InvariantCulture));
            w.Write("\" data-path=\"");
            HtmlText.Write(w, finding.Path, attribute: true);
            w.Write("\"><p><span class=\"gid-sev\">");
            w.Write(Symbol(finding.Severity));
            w.Write(' ');
            w.Write(finding.Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" });
            w.Write(' ');
            w.Write(severity);
            w.Write("</span> <code>");
            HtmlText.Write(w, finding.Code);
            w.Write("</code> ");
            bool linked = cellOf.TryGetValue(finding.Path, out int cell) && printedCells.Contains(cell);
            if (linked)
            {
                w.Write("<a href=\"#");
                w.Write(id);
                w.Write("-c");
                w.Write(cell.ToString(CultureInfo.InvariantCulture));
                w.Write("\">");
            }

            w.Write("<code>");
            HtmlText.Write(w, finding.Path);
            w.Write("</code>");
            w.Write(linked ? "</a></p>\n" : "</p>\n");
            w.Write("<p lang=\"zh-CN\">");
            HtmlText.Write(w, finding.MessageZh);
            w.Write("</p>\n<p lang=\"en\">");
            HtmlText.Write(w, finding.Message);
            w.Write("</p>\n");
            if (finding.Location is { } location)
            {
                w.Write("<p class=\"gid-location\">位置 Location: ");
                HtmlText.Write(w, location.ToString());
                w.Write("</p>\n");
            }

            w.Write("</li>\n");
        }

        w.Write("</ol>\n");
    }

    private static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static string Symbol(Severity severity) => severity switch
    {
        Severity.Error => "✖",
        Severity.Warning => "▲",
        _ => "ℹ",
    };
}
