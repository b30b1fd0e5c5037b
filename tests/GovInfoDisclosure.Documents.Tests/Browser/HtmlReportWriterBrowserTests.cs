using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Documents.Tests.Writing;
using PuppeteerSharp;

namespace GovInfoDisclosure.Documents.Tests.Browser;

/// <summary>The rendered report in headless Chromium, checked by the geometry a person sees.</summary>
[Collection(ChromiumTests.Name)]
public class HtmlReportWriterBrowserTests(Chromium chromium)
{
    public static TheoryData<string> Samples => [.. WrittenReport.SampleNames];

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_number_of_a_sample_is_under_its_column_header_and_level_with_its_row_label(string sample)
    {
        AnnualReport report = WrittenReport.Sample(sample);
        await using IPage page = await chromium.OpenAsync(HtmlReportWriter.ToHtml(report));

        var measured = await PageGeometry.MeasureAsync(page, "article.gid-report", report.Edition);
        await page.ScreenshotAsync(Path.Combine(Chromium.Screenshots, Path.ChangeExtension(sample, ".png")), new ScreenshotOptions { FullPage = true });

        PageGeometry.AssertLaidOutAsPrinted(measured, report);
    }

    [Fact]
    public async Task Numbers_up_to_int_max_value_and_exact_amounts_stay_in_their_columns()
    {
        AnnualReport report = WrittenReport.Sample("laiyuan-2022.json");
        int?[] cells = [.. Enumerable.Repeat((int?)int.MaxValue, 7)];
        report = report with
        {
            Applications = report.Applications with { Received = ApplicantBreakdown.FromCells(cells), CarriedForward = ApplicantBreakdown.FromCells(cells) },
            ReviewAndLitigation = report.ReviewAndLitigation with { LitigationAfterReview = CaseOutcomes.FromCells([int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue]) },
            ProactiveDisclosure = report.ProactiveDisclosure with { Fees = new FeeAmount { Amount = 123456789.0125m } },
        };
        await using IPage page = await chromium.OpenAsync(HtmlReportWriter.ToHtml(report));

        PageGeometry.AssertLaidOutAsPrinted(await PageGeometry.MeasureAsync(page, "article.gid-report"), PrintedLayout.CellValues(report));
    }

    [Fact]
    public async Task Every_number_of_a_2019_report_is_under_its_column_header_and_level_with_its_row_label()
    {
        AnnualReport report = new AnnualReportBuilder(2020, "测试县人民政府").WithEdition(ReportEdition.Edition2019)
            .Set(DisclosureCell2019.RegulationsMade, 3).Set(DisclosureCell2019.LicensingPreviousYearItems, 120).Set(DisclosureCell2019.LicensingChange, -18)
            .Set(DisclosureCell2019.FeesPreviousYearItems, 4).Set(DisclosureCell2019.FeesChange, -int.MaxValue)
            .Procurement(12, 123456789.0125m, MoneyUnit.TenThousandYuan)
            .Row(ApplicationRow.Received, naturalPerson: 5).Row(ApplicationRow.OtherHandling, naturalPerson: 2)
            .Build();
        await using IPage page = await chromium.OpenAsync(HtmlReportWriter.ToHtml(report));

        var measured = await PageGeometry.MeasureAsync(page, "article.gid-report", ReportEdition.Edition2019);
        await page.ScreenshotAsync(Path.Combine(Chromium.Screenshots, "edition-2019.png"), new ScreenshotOptions { FullPage = true });

        PageGeometry.AssertLaidOutAsPrinted(measured, report);
        Assert.Contains(measured, m => m.Geometry.Text == "123456789.0125万元");
        Assert.Contains(measured, m => m.Geometry.Text == "-18");
    }

    [Fact]
    public async Task The_geometry_check_catches_a_table_whose_header_lost_its_colspan()
    {
        AnnualReport report = WrittenReport.Sample("yanshi-jinshi-2022.json");
        string broken = HtmlReportWriter.ToHtml(report).Replace("<th scope=\"colgroup\" colspan=\"5\">法人或其他组织</th>", "<th scope=\"col\">法人或其他组织</th>", StringComparison.Ordinal);
        Assert.NotEqual(HtmlReportWriter.ToHtml(report), broken);
        await using IPage page = await chromium.OpenAsync(broken);

        var measured = await PageGeometry.MeasureAsync(page, "article.gid-report");

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => PageGeometry.AssertLaidOutAsPrinted(measured, PrintedLayout.CellValues(report)));
    }

    [Fact]
    public async Task On_a_phone_the_wide_tables_scroll_sideways_and_the_page_does_not()
    {
        await using IPage page = await chromium.OpenAsync(HtmlReportWriter.ToHtml(WrittenReport.Sample("laiyuan-2022.json")), width: 390, height: 844);

        bool[] scrolls = await page.EvaluateFunctionAsync<bool[]>(
            "() => Array.from(document.querySelectorAll('.gid-scroll')).map(s => s.scrollWidth > s.clientWidth && getComputedStyle(s).overflowX === 'auto')");
        int overflow = await page.EvaluateFunctionAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");

        Assert.True(scrolls[1] && scrolls[2], "sections 三 and 四 scroll sideways");
        Assert.True(overflow <= 1, $"the page is {overflow}px wider than the phone's screen");
    }

    [Fact]
    public async Task A_narrative_holding_a_script_prints_it_as_text_and_runs_nothing()
    {
        AnnualReport report = WrittenReport.Sample("linqiu-wuling-2022.json") with
        {
            Overview = new Narrative([new Paragraph { Text = "<script>window.gidrRan = true</script><img src=x onerror=\"window.gidrRan=true\"> 𠀋🙂" }]),
        };
        await using IPage page = await chromium.OpenAsync(HtmlReportWriter.ToHtml(report));

        Assert.False(await page.EvaluateFunctionAsync<bool>("() => window.gidrRan === true"));
        Assert.Equal(report.Overview![0].Text, await page.EvaluateFunctionAsync<string>("() => document.querySelector('h2[data-section=overview] ~ p').textContent"));
    }
}
