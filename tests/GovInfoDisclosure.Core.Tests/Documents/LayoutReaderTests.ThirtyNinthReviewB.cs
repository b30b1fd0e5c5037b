using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>
/// The thirty-ninth session's second review: a title naming two years names none (YearsNamed), the year's period in dates
/// (PrintedDates), a title broken inside its year's brackets (BrokenInItsYear).
/// </summary>
public partial class LayoutReaderTests
{
    /// <summary>
    /// documents.md: the page's own title names the year and agency "whatever follows the year"
    /// (某某县教育局政府信息公开工作年度报告（2022年度）_某某县人民政府网), and "a date alone (（2023-01-20）, a publication
    /// date) is no period". A page title (HTML &lt;title&gt;, Word's Title property) printing the report's year and then
    /// the page's publication or revision date (a date, with its month, in January of the next year as most reports are
    /// published) names one report year. Read as 2022 by 测试县教育局 until this change (c532c79); now refused, "the title
    /// states no year (it names 2022 and 2023)": YearsNamed counts every 年 in the title, a date's too.
    /// </summary>
    [Theory]
    [InlineData("测试县教育局2022年政府信息公开工作年度报告_2023年01月20日_测试县人民政府网")]
    [InlineData("测试县教育局2022年度政府信息公开工作年度报告（2023年1月20日）")]
    [InlineData("测试县教育局2022年政府信息公开工作年度报告（2023年1月20日发布）")]
    [InlineData("测试县教育局2022年政府信息公开工作年度报告（2023年1月修订）")]
    [InlineData("测试县教育局2022年政府信息公开工作年度报告（二〇二三年一月）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）（2023年1月20日发布）")]
    public void Review39b_a_page_title_printing_a_date_after_the_reports_year_names_the_year(string pageTitle)
    {
        SourceDocument text = TextDocumentReader.Read(Replace(Text(), Base().Title! + "\n", string.Empty));
        var page = new SourceDocument("p.html", text.Blocks) { PageTitle = pageTitle };

        ReportImport import = LayoutReader.Read(page);

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }

    /// <summary>
    /// The same titles as the document's heading (a Markdown #, as an HTML h1 or a Word paragraph with an outline level;
    /// documents.md: "the first paragraph … that the document marks as a heading … is the title"): read as 2022 by
    /// 测试县教育局 until this change, now refused naming 2022 and 2023.
    /// </summary>
    [Theory]
    [InlineData("测试县教育局2022年度政府信息公开工作年度报告（2023年1月20日）")]
    [InlineData("测试县教育局2022年政府信息公开工作年度报告（2023年1月20日发布）")]
    [InlineData("测试县教育局2022年政府信息公开工作年度报告（2023年1月修订）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）（2023年1月20日发布）")]
    public void Review39b_a_heading_title_printing_a_date_after_the_reports_year_names_the_year(string title)
    {
        string markdown = Replace(Text(null, TextPrinter.Style.Markdown), Base().Title!, title);

        ReportImport import = LayoutReader.Read(TextDocumentReader.Read(markdown, "report.md"));

        Assert.Equal((2022, "测试县教育局", title), (import.Report.Year, import.Report.Agency.Name, import.Report.Title));
    }

    /// <summary>
    /// A year in a title that is not a report's year: the regulations' revision (根据2019年修订的条例) or the next year's
    /// plan printed with the report (…报告及2023年工作要点). The report's year is the one before 政府信息公开工作年度报告
    /// (documents.md: "Year is the four digits before 年 in the title"). Read as 2022 until this change; now refused,
    /// "it names 2019 and 2022" / "2022 and 2023".
    /// </summary>
    [Theory]
    [InlineData("测试县教育局2022年政府信息公开工作年度报告（根据2019年修订的条例编制）")]
    [InlineData("测试县教育局2022年政府信息公开工作年度报告及2023年工作要点")]
    public void Review39b_a_heading_title_naming_a_laws_or_a_plans_year_names_the_reports_year(string title)
    {
        string markdown = Replace(Text(null, TextPrinter.Style.Markdown), Base().Title!, title);

        ReportImport import = LayoutReader.Read(TextDocumentReader.Read(markdown, "report.md"));

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }

    /// <summary>
    /// documents.md: a title naming two years "is refused without --year", and "The agency is then the text before the
    /// title's last 政府信息公开" where the year follows the title's words (a span's first year is not the agency's name
    /// "with --year: 某某县教育局"). The refusal tells the user to give --year; given it, the agency read from a title whose
    /// period names two years is the title's words up to the bracket (测试县教育局政府信息公开工作年度报告（, or …（自), without
    /// a word, or the document is refused for naming no agency (the period in dates). Before this change 至次年 was read
    /// as 测试县教育局 from a heading or a page title.
    /// </summary>
    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年7月1日至次年6月30日）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（自2022年7月1日起至2023年6月30日止）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年7月1日至2023年6月30日）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022.7.1-2023.6.30）")]
    public void Review39b_a_title_whose_period_spans_two_years_names_its_agency_with_the_year_given(string title)
    {
        ReportImport import = Read(Replace(Text(), Base().Title!, title), new ImportOptions { Year = 2022 });

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }

    /// <summary>
    /// The same with a page title or a heading printing its year in brackets and its publication date after it, --year
    /// given: 测试县教育局 until this change, now 测试县教育局政府信息公开工作年度报告（ without a word.
    /// </summary>
    [Fact]
    public void Review39b_a_heading_title_with_a_publication_date_names_its_agency_with_the_year_given()
    {
        const string Title = "测试县教育局政府信息公开工作年度报告（2022年度）（2023年1月20日发布）";
        string markdown = Replace(Text(null, TextPrinter.Style.Markdown), Base().Title!, Title);

        ReportImport import = LayoutReader.Read(TextDocumentReader.Read(markdown, "report.md"), new ImportOptions { Year = 2022 });

        Assert.Equal("测试县教育局", import.Report.Agency.Name);
    }

    /// <summary>
    /// A long page title (100,000 dashes after the title's year: a broken CMS template, a pasted separator) names its year.
    /// The review measured it read in seconds, growing with the square of its length (one core: 50,000 dashes 1.4 s,
    /// 100,000 4.8 s, 200,000 18.6 s; 1–2 ms at c532c79): a pattern for 至次年 with a run of dashes before it, unanchored,
    /// scanned the rest of the run from every dash. The time is not asserted (tests never assert timings); the figures
    /// after the fix are in reliability.md.
    /// </summary>
    [Fact]
    public void Review39b_a_long_page_title_of_dashes_names_its_year()
    {
        SourceDocument text = TextDocumentReader.Read(Replace(Text(), Base().Title! + "\n", string.Empty));
        var page = new SourceDocument("p.html", text.Blocks) { PageTitle = "测试县教育局2022年政府信息公开工作年度报告2022年" + new string('—', 100_000) };

        ReportImport import = LayoutReader.Read(page);

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }
}
