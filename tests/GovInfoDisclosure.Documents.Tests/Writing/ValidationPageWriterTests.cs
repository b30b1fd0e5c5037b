using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Documents.Tests.Writing;

public class ValidationPageWriterTests
{
    /// <summary>The samples validated, and a file that could not be read.</summary>
    public static List<ValidationPageEntry> Entries()
    {
        var entries = WrittenReport.SampleNames.Select(name =>
        {
            AnnualReport report = WrittenReport.Sample(name);
            return new ValidationPageEntry(name, report, ReportValidator.Default.Validate(report));
        }).ToList();
        entries.Add(new ValidationPageEntry("<script>坏.json", "Cannot read the document: not a report & not JSON"));
        return entries;
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public void Every_cell_a_finding_names_is_marked_by_its_severity_and_linked_to_the_finding_and_back()
    {
        List<ValidationPageEntry> entries = Entries();
        IDocument document = Parse(ValidationPageWriter.ToHtml(entries));
        int marked = 0;

        for (int f = 0; f < entries.Count; f++)
        {
            if (entries[f].Result is not { } result)
            {
                continue;
            }

            IElement file = document.GetElementById("f" + (f + 1))!;
            for (int d = 0; d < result.Diagnostics.Length; d++)
            {
                Diagnostic finding = result.Diagnostics[d];
                IElement item = file.QuerySelector($"#f{f + 1}-d{d + 1}")!;
                Assert.Contains(finding.MessageZh, item.TextContent);
                Assert.Contains(finding.Message, item.TextContent);
                Assert.Contains("gid-" + finding.Severity.ToString().ToLowerInvariant(), item.ClassList);
                if (file.QuerySelector($"td[data-pointer='{finding.Path}']") is not { } cell)
                {
                    ReportEdition edition = entries[f].Report!.Edition;
                    Assert.DoesNotContain(Enumerable.Range(0, PrintedLayout.CellCountOf(edition) - 1), c => PrintedLayout.CellPointer(edition, c) == finding.Path);
                    continue;
                }

                marked++;
                Assert.Contains("gid-mark", cell.ClassList);
                IElement marker = Assert.Single(cell.QuerySelectorAll($"a.gid-marker[href='#f{f + 1}-d{d + 1}']"));
                Assert.Contains(finding.Severity switch { Severity.Error => "✖", Severity.Warning => "▲", _ => "ℹ" }, marker.TextContent);
                Assert.Equal("#" + cell.Id, item.QuerySelector("a[href^='#f']")!.GetAttribute("href"));
                Severity worst = result.Diagnostics.Where(x => x.Path == finding.Path).Max(x => x.Severity);
                Assert.Contains("gid-mark-" + worst.ToString().ToLowerInvariant(), cell.ClassList);
            }

            // A cell no finding names is not marked.
            Assert.All(file.QuerySelectorAll("td.gid-mark"), c => Assert.Contains(result.Diagnostics, x => x.Path == c.GetAttribute("data-pointer")));
        }

        Assert.True(marked > 0, "the samples have findings on cells");
    }

    [Fact]
    public void A_2019_report_s_cells_a_finding_names_are_marked_by_the_2019_pointers_and_its_amount_has_its_unit()
    {
        AnnualReport report = new AnnualReportBuilder(2020, "测试县").WithEdition(ReportEdition.Edition2019)
            .Set(DisclosureCell2019.LicensingChange, -18).Procurement(5, 251000m, MoneyUnit.Yuan).Build();
        string change = ReportFormat.CellPointer(DisclosureCell2019.LicensingChange);
        string otherHandling = ReportFormat.Of(ReportEdition.Edition2019).CellPointer(ApplicationRow.OtherHandling, ApplicantColumn.Total);
        string amount = ReportFormat.CellPointer(DisclosureCell2019.ProcurementAmount);
        string count = ReportFormat.CellPointer(DisclosureCell2019.ProcurementProjects);
        var result = new ValidationResult(
        [
            new Diagnostic(Rules.BlankCell, Severity.Warning, change, null, null, [change], []),
            new Diagnostic(Rules.BlankCell, Severity.Error, otherHandling, null, null, [otherHandling], []),
            new Diagnostic(Rules.BlankCell, Severity.Info, amount, null, null, [amount], []),
        ]);

        IDocument document = Parse(ValidationPageWriter.ToHtml([new ValidationPageEntry("report.html", report, result)]));

        IElement changeCell = document.QuerySelector($"td[data-pointer='{change}']")!;
        Assert.Contains("gid-mark-warning", changeCell.ClassList);
        Assert.StartsWith("-18", changeCell.TextContent, StringComparison.Ordinal);
        Assert.Contains("gid-mark-error", document.QuerySelector($"td[data-pointer='{otherHandling}']")!.ClassList);
        Assert.Equal(3, document.QuerySelectorAll("td.gid-mark").Length);
        Assert.Equal("251000元", document.QuerySelector($"td[data-pointer='{amount}'] .gid-n")!.TextContent);
        Assert.Equal("5", document.QuerySelector($"td[data-pointer='{count}']")!.TextContent);
        Assert.Equal(PrintedLayout.CellCountOf(ReportEdition.Edition2019) - 1, document.QuerySelectorAll("td[data-pointer]").Length);
    }

    [Fact]
    public void The_summary_lists_every_file_with_its_counts_and_a_file_that_could_not_be_read_with_its_message()
    {
        List<ValidationPageEntry> entries = Entries();
        IDocument document = Parse(ValidationPageWriter.ToHtml(entries));

        var rows = document.QuerySelectorAll(".gid-summary tbody tr").ToList();
        Assert.Equal(entries.Count, rows.Count);
        for (int f = 0; f < entries.Count; f++)
        {
            var cells = rows[f].QuerySelectorAll("td").Select(c => c.TextContent).ToList();
            Assert.Equal(entries[f].FileName, cells[0]);
            if (entries[f].Result is { } result)
            {
                Assert.Equal([result.ErrorCount.ToString(), result.WarningCount.ToString(), result.InfoCount.ToString()], cells[1..4]);
            }
        }

        string last = "#f" + entries.Count;
        Assert.Equal("Cannot read the document: not a report & not JSON", document.QuerySelector(last + " .gid-read-error")!.TextContent);
        Assert.Equal("<script>坏.json", document.QuerySelector(last + " h2")!.TextContent);
    }

    [Fact]
    public void The_page_is_self_contained_with_one_inline_script_and_no_external_resource()
    {
        IDocument document = Parse(ValidationPageWriter.ToHtml(Entries()));

        IElement script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.False(script.HasAttribute("src"));
        Assert.Empty(document.QuerySelectorAll("link, img, iframe, object, [src]"));
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("meta[name=viewport]"));
    }

    [Fact]
    public void An_imported_findings_source_location_is_shown()
    {
        AnnualReport report = WrittenReport.Sample("laiyuan-2022.json");
        ValidationResult result = ReportValidator.Default.Validate(report);
        Diagnostic first = result.Diagnostics[0];
        var located = new ValidationResult([first.WithLocation(new SourceLocation { File = "report.html", Line = 812, Column = 9, Table = 2, Row = 5, Cell = 4 }), .. result.Diagnostics[1..]]);

        string html = ValidationPageWriter.ToHtml([new ValidationPageEntry("report.html", report, located)]);
        IDocument document = Parse(html);

        Assert.Contains("report.html:812:9", document.QuerySelector("#f1-d1 .gid-location")!.TextContent);
        Assert.Null(document.QuerySelector("#f1-d2 .gid-location"));
        WrittenMarkup.AssertEveryElementClosed(html);
    }

    [Fact]
    public void Writing_to_a_stream_writes_the_same_page_as_utf8_without_a_byte_order_mark_and_leaves_it_open()
    {
        List<ValidationPageEntry> entries = Entries();
        using var stream = new MemoryStream();

        ValidationPageWriter.Write(entries, stream, "标题");

        Assert.Equal(Encoding.UTF8.GetBytes(ValidationPageWriter.ToHtml(entries, "标题")), stream.ToArray());
        Assert.True(stream.CanWrite, "the stream is left open");
    }

    [Fact]
    public void Every_element_of_the_page_is_closed_by_its_own_end_tag_and_each_file_s_tables_are_as_printed()
    {
        List<ValidationPageEntry> entries = Entries();
        string html = ValidationPageWriter.ToHtml(entries);
        IDocument document = Parse(html);

        WrittenMarkup.AssertEveryElementClosed(html);
        Assert.EndsWith("</script>\n</body>\n</html>\n", html);
        for (int f = 0; f < entries.Count; f++)
        {
            IElement file = document.GetElementById("f" + (f + 1))!;
            if (entries[f].Report is { } report)
            {
                WrittenMarkup.AssertTablesAsPrinted(Assert.Single(file.QuerySelectorAll("div.gid-report")), report.Edition, $"f{f + 1}-");
                Assert.Equal(PrintedLayout.Tables(report.Edition).Length, file.QuerySelectorAll("h2.gid-section").Length);
            }
            else
            {
                Assert.Empty(file.QuerySelectorAll("table"));
            }
        }
    }

    [Fact]
    public void The_title_is_the_default_or_the_one_given_escaped()
    {
        const string Given = "校验 <b>结果</b> & \"某县\"";
        IDocument byDefault = Parse(ValidationPageWriter.ToHtml(Entries()));
        IDocument given = Parse(ValidationPageWriter.ToHtml(Entries(), Given));

        Assert.Equal("政府信息公开工作年度报告校验结果 · Validation report", byDefault.Title);
        Assert.Equal(byDefault.Title, byDefault.QuerySelector("main.gid-page > h1")!.TextContent);
        Assert.Equal(Given, given.Title);
        Assert.Equal(Given, given.QuerySelector("main.gid-page > h1")!.TextContent);
        Assert.Empty(given.QuerySelectorAll("b"));
    }

    [Fact]
    public void A_summary_row_links_to_its_file_and_holds_the_values_it_sorts_by()
    {
        AnnualReport report = WrittenReport.Sample("laiyuan-2022.json");
        const string Odd = "报告 \"一\"\n<二>.html";
        ValidationPageEntry clean = new("clean.json", report, new ValidationResult([]));
        string cell = PrintedLayout.CellPointer(ReportEdition.Edition2021, 0);
        ValidationPageEntry found = new(Odd, report, new ValidationResult([new Diagnostic(Rules.BlankCell, Severity.Error, cell, null, null, [cell], [])]));
        ValidationPageEntry unreadable = new("broken.docx", "Cannot read the document");

        IDocument document = Parse(ValidationPageWriter.ToHtml([clean, found, unreadable]));

        var headers = document.QuerySelectorAll(".gid-summary thead th").ToList();
        Assert.Equal(["文件 File", "错误 Errors", "警告 Warnings", "提示 Infos", "状态 Status"], headers.Select(h => h.TextContent));
        Assert.Equal([false, true, true, true, false], headers.Select(h => h.HasAttribute("data-numeric")));
        Assert.All(headers, h => Assert.Equal(("col", "BUTTON"), (h.GetAttribute("scope"), h.FirstElementChild!.TagName)));
        var rows = document.QuerySelectorAll(".gid-summary tbody tr").Select(r => r.QuerySelectorAll("td").ToList()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(Odd, rows[1][0].GetAttribute("data-value"));
        Assert.Equal(["#f1", "#f2", "#f3"], rows.Select(r => Assert.Single(r[0].QuerySelectorAll("a")).GetAttribute("href")));
        Assert.Equal(("通过 valid", "通过 valid"), (rows[0][4].TextContent, rows[0][4].GetAttribute("data-value")));
        Assert.Equal(["1", "0", "0", "未通过 invalid"], rows[1][1..].Select(c => c.TextContent));
        Assert.Equal(("无法读取 unreadable", "无法读取 unreadable"), (rows[2][4].TextContent, rows[2][4].GetAttribute("data-value")));
        Assert.Equal(["1e9", "-1", "-1"], rows[2][1..4].Select(c => c.GetAttribute("data-value")));
        Assert.Equal(5, rows[0].Count);
        Assert.Equal(5, rows[2].Count);
    }

    [Fact]
    public void A_file_with_no_findings_says_so_under_its_title_and_counts()
    {
        AnnualReport report = WrittenReport.Sample("laiyuan-2022.json");
        var result = new ValidationResult([]);

        IElement file = Parse(ValidationPageWriter.ToHtml([new ValidationPageEntry("clean.json", report, result)])).GetElementById("f1")!;

        Assert.Equal("clean.json", file.QuerySelector("h2")!.TextContent);
        Assert.Equal(PrintedDocument.Title(report) + " · " + result, file.QuerySelector("h2 + p")!.TextContent);
        Assert.Equal("发现 Findings", file.QuerySelector("div.gid-report + h3")!.TextContent);
        Assert.Equal("没有发现问题。No findings.", file.QuerySelector("h3 + p")!.TextContent);
        Assert.Null(file.QuerySelector("ol"));
        Assert.Empty(file.QuerySelectorAll(".gid-mark"));
    }

    [Fact]
    public void A_finding_is_listed_with_its_severity_code_path_and_both_messages_and_links_only_to_a_printed_cell()
    {
        AnnualReport report = WrittenReport.Sample("laiyuan-2022.json");
        string first = PrintedLayout.CellPointer(ReportEdition.Edition2021, 0);
        const string NotACell = "/agency/name";
        var result = new ValidationResult(
        [
            new Diagnostic(Rules.BlankCell, Severity.Warning, NotACell, null, null, [NotACell], []),
            new Diagnostic(Rules.BlankCell, Severity.Error, first, null, null, [first], []),
            new Diagnostic(Rules.BlankCell, Severity.Info, first, null, null, [first], []),
        ]);

        IElement file = Parse(ValidationPageWriter.ToHtml([new ValidationPageEntry("r.json", report, result)])).GetElementById("f1")!;

        var items = file.QuerySelectorAll("ol.gid-findings > li").ToList();
        Assert.Equal(3, items.Count);
        string code = Rules.BlankCell.Code;
        Assert.Equal($"▲ 警告 warning {code} {NotACell}", items[0].Children[0].TextContent);
        Assert.Equal($"✖ 错误 error {code} {first}", items[1].Children[0].TextContent);
        Assert.Equal($"ℹ 提示 info {code} {first}", items[2].Children[0].TextContent);
        Assert.Equal([NotACell, first, first], items.Select(i => i.GetAttribute("data-path")));
        Assert.Equal(["f1-d1", "f1-d2", "f1-d3"], items.Select(i => i.Id));
        IElement zh = items[0].Children[1], en = items[0].Children[2];
        Assert.Equal(("zh-CN", result.Diagnostics[0].MessageZh), (zh.GetAttribute("lang"), zh.TextContent));
        Assert.Equal(("en", result.Diagnostics[0].Message), (en.GetAttribute("lang"), en.TextContent));
        Assert.Null(items[0].QuerySelector("a"));
        Assert.All(items[1..], i => Assert.Equal("#f1-c0", Assert.Single(i.QuerySelectorAll("a")).GetAttribute("href")));
        IElement cell = file.QuerySelector("td#f1-c0")!;
        Assert.Equal(["✖2", "ℹ3"], cell.QuerySelectorAll("a.gid-marker").Select(a => a.TextContent));
        Assert.Equal(["#f1-d2", "#f1-d3"], cell.QuerySelectorAll("a.gid-marker").Select(a => a.GetAttribute("href")));
        Assert.Equal($"{code} error", cell.QuerySelector("a.gid-marker")!.GetAttribute("title"));
        Assert.Contains("gid-mark-error", cell.ClassList);
    }
}
