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
        var result = new ValidationResult(
        [
            new Diagnostic(Rules.BlankCell, Severity.Warning, change, null, null, [change], []),
            new Diagnostic(Rules.BlankCell, Severity.Error, otherHandling, null, null, [otherHandling], []),
        ]);

        IDocument document = Parse(ValidationPageWriter.ToHtml([new ValidationPageEntry("report.html", report, result)]));

        IElement changeCell = document.QuerySelector($"td[data-pointer='{change}']")!;
        Assert.Contains("gid-mark-warning", changeCell.ClassList);
        Assert.StartsWith("-18", changeCell.TextContent, StringComparison.Ordinal);
        Assert.Contains("gid-mark-error", document.QuerySelector($"td[data-pointer='{otherHandling}']")!.ClassList);
        Assert.Equal(2, document.QuerySelectorAll("td.gid-mark").Length);
        Assert.Equal("251000元", document.QuerySelector($"td[data-pointer='{ReportFormat.CellPointer(DisclosureCell2019.ProcurementAmount)}']")!.TextContent);
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

        IDocument document = Parse(ValidationPageWriter.ToHtml([new ValidationPageEntry("report.html", report, located)]));

        Assert.Contains("report.html:812:9", document.QuerySelector("#f1-d1 .gid-location")!.TextContent);
        Assert.Null(document.QuerySelector("#f1-d2 .gid-location"));
    }
}
