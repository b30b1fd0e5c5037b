using System.Text.Json;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using GovInfoDisclosure.Documents.Tests.Writing;
using PuppeteerSharp;

namespace GovInfoDisclosure.Documents.Tests.Browser;

/// <summary>The validation page of the samples in headless Chromium: marked cells where the findings say, usable on a phone.</summary>
[Collection(ChromiumTests.Name)]
public class ValidationPageWriterBrowserTests(Chromium chromium)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record Mark(string Classes, string Outline, string Marker, double[] Cell, double[] MarkerBox, bool TargetExists);

    [Fact]
    public async Task The_cells_that_findings_name_are_marked_in_the_printed_layout_where_the_findings_say()
    {
        List<ValidationPageEntry> entries = ValidationPageWriterTests.Entries();
        await using IPage page = await chromium.OpenAsync(ValidationPageWriter.ToHtml(entries));
        await page.ScreenshotAsync(Path.Combine(Chromium.Screenshots, "validation-page.png"), new ScreenshotOptions { FullPage = true });
        int marked = 0;

        for (int f = 0; f < entries.Count; f++)
        {
            if (entries[f].Result is not { } result)
            {
                continue;
            }

            string root = "#f" + (f + 1);
            PageGeometry.AssertLaidOutAsPrinted(await PageGeometry.MeasureAsync(page, root, entries[f].Report!.Edition), entries[f].Report!);
            for (int d = 0; d < result.Diagnostics.Length; d++)
            {
                Diagnostic finding = result.Diagnostics[d];
                string json = await page.EvaluateFunctionAsync<string>(
                    """
                    (root, pointer, id) => {
                      const td = document.querySelector(root + ' td[data-pointer="' + pointer + '"]');
                      if (!td) return 'null';
                      const a = td.querySelector('a.gid-marker[href="#' + id + '"]');
                      const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
                      return JSON.stringify({ classes: td.className, outline: getComputedStyle(td).outlineStyle, marker: a ? a.textContent : '',
                        cell: box(td), markerBox: a ? box(a) : [0, 0, 0, 0], targetExists: !!document.getElementById(id) });
                    }
                    """, root, finding.Path, $"f{f + 1}-d{d + 1}");
                if (json == "null")
                {
                    continue;
                }

                marked++;
                Mark mark = JsonSerializer.Deserialize<Mark>(json, Json)!;
                Severity worst = result.Diagnostics.Where(x => x.Path == finding.Path).Max(x => x.Severity);
                Assert.Contains("gid-mark-" + worst.ToString().ToLowerInvariant(), mark.Classes);
                Assert.Equal(worst switch { Severity.Error => "solid", Severity.Warning => "dashed", _ => "dotted" }, mark.Outline);
                Assert.StartsWith(finding.Severity switch { Severity.Error => "✖", Severity.Warning => "▲", _ => "ℹ" }, mark.Marker);
                Assert.True(mark.MarkerBox[2] > mark.MarkerBox[0], $"{finding.Path}: the marker is not visible");
                Assert.True(
                    mark.MarkerBox[0] >= mark.Cell[0] - 0.5 && mark.MarkerBox[2] <= mark.Cell[2] + 0.5 && mark.MarkerBox[1] >= mark.Cell[1] - 0.5 && mark.MarkerBox[3] <= mark.Cell[3] + 0.5,
                    $"{finding.Path}: the marker is outside its cell");
                Assert.True(mark.TargetExists, $"{finding.Path}: the marker links to no finding");
            }
        }

        Assert.True(marked > 0, "the samples have findings on cells");
    }

    [Fact]
    public async Task Clicking_a_summary_header_sorts_the_files_by_that_column_and_again_the_other_way()
    {
        List<ValidationPageEntry> entries = ValidationPageWriterTests.Entries();
        await using IPage page = await chromium.OpenAsync(ValidationPageWriter.ToHtml(entries));
        const string Errors = "() => Array.from(document.querySelectorAll('.gid-summary tbody tr')).map(r => Number(r.cells[1].getAttribute('data-value')))";

        await page.ClickAsync(".gid-summary th:nth-child(2) button");
        double[] ascending = await page.EvaluateFunctionAsync<double[]>(Errors);
        await page.ClickAsync(".gid-summary th:nth-child(2) button");
        double[] descending = await page.EvaluateFunctionAsync<double[]>(Errors);

        Assert.Equal(entries.Count, ascending.Length);
        Assert.Equal(ascending.Order(), ascending);
        Assert.Equal(ascending.OrderDescending(), descending);
        Assert.NotEqual(ascending, descending);
    }

    [Fact]
    public async Task On_a_phone_the_page_does_not_scroll_sideways_only_the_tables_do()
    {
        await using IPage page = await chromium.OpenAsync(ValidationPageWriter.ToHtml(ValidationPageWriterTests.Entries()), width: 390, height: 844);

        int overflow = await page.EvaluateFunctionAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        await page.ScreenshotAsync(Path.Combine(Chromium.Screenshots, "validation-page-phone.png"));
        int scrolling = await page.EvaluateFunctionAsync<int>("() => Array.from(document.querySelectorAll('.gid-scroll')).filter(s => s.scrollWidth > s.clientWidth).length");

        Assert.True(overflow <= 1, $"the page is {overflow}px wider than the phone's screen");
        Assert.True(scrolling >= 6, $"{scrolling} tables scroll sideways");
    }
}
