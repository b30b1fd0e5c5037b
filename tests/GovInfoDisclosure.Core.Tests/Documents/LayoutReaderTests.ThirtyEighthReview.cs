using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>The thirty-eighth session's review: a title followed by the year's period in brackets.</summary>
public partial class LayoutReaderTests
{
    /// <summary>
    /// documents.md: "A period whose two years differ (（2022年7月1日至2023年6月30日）) states no one year: the document is
    /// refused without --year … (the reader does not choose one of the two)". A title marked as a heading (Markdown #, as an
    /// HTML h1 or a Word title style is) is taken by FindTitle's fallback, and its year is then the first 年 in it: 2022 is
    /// chosen without a word.
    /// </summary>
    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年7月1日至2023年6月30日）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至2023年12月31日）")]
    public void Review38_a_heading_title_whose_period_spans_two_years_is_refused_without_a_year(string title)
    {
        string markdown = Replace(Text(null, TextPrinter.Style.Markdown), Base().Title!, title);

        DocumentReadException refused = Assert.Throws<DocumentReadException>(() => LayoutReader.Read(TextDocumentReader.Read(markdown, "report.md")));

        Assert.Contains("states no year", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The same rule for the page's own title (HTML &lt;title&gt;, Word's document title), which names the year where the
    /// body's title does not: a period across two years there is read as its first year.
    /// </summary>
    [Fact]
    public void Review38_a_page_title_whose_period_spans_two_years_gives_no_year()
    {
        SourceDocument text = TextDocumentReader.Read(Replace(Text(), Base().Title! + "\n", string.Empty));
        var page = new SourceDocument("p.html", text.Blocks) { PageTitle = "测试县教育局政府信息公开工作年度报告（2022年7月1日至2023年6月30日）_测试县人民政府网" };

        DocumentReadException refused = Assert.Throws<DocumentReadException>(() => LayoutReader.Read(page));

        Assert.Contains("states no year", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// documents.md: the period "in figures or Chinese numerals". The last day's year is compared with the first's as
    /// printed text (a backreference), so the same year printed in another form — the zero typed as ○ once and 〇 once (both
    /// accepted by PrintedYear), or the first in figures and the last in numerals — is no period: "states no year".
    /// </summary>
    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（二〇二二年一月一日至二○二二年十二月三十一日）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至二〇二二年十二月三十一日）")]
    public void Review38_a_period_printing_the_same_year_twice_in_different_forms_names_the_year(string title)
    {
        ReportImport import = Read(Replace(Text(), Base().Title!, title));

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }

    /// <summary>
    /// Common Chinese ways of printing the year's period that a reader plainly reads as 2022, refused for "no year": the
    /// period closed with 止 (…至2022年12月31日止, the wording of most reports' statistics statement), months as a range
    /// before 月 (2022年1-12月, as statistics print it), and January as 元月.
    /// </summary>
    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日止）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日起至2022年12月31日止）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1-12月）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年元月1日至12月31日）")] // 元月, January
    public void Review38_a_period_in_common_wording_names_the_year(string title)
    {
        ReportImport import = Read(Replace(Text(), Base().Title!, title));

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }
    /// <summary>
    /// A site's heading over the article's own title (GID517, TitleBelow), the article's title printing its period alone on
    /// the next line (documents.md: "on the title's line or alone on the next"): TitleBelow joins no year line below the
    /// title, so the article's title is not found; its two lines are read as the overview's first paragraphs
    /// ("测试县教育局政府信息公开工作年度报告", "（2022年1月1日至2022年12月31日）"). On one line it is read (GID517). The
    /// same gap holds for （2022年度） on the next line.
    /// </summary>
    [Fact]
    public void Review38_an_articles_title_below_a_heading_with_its_period_on_the_next_line_is_no_narrative()
    {
        string text = Replace(Text(), Base().Title!, "测试县教育局2022年政府信息公开工作年度报告\n测试县教育局政府信息公开工作年度报告\n（2022年1月1日至2022年12月31日）");

        ReportImport import = Read(text);

        Assert.Equal(Base().Overview, import.Report.Overview);
        Assert.Equal("测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）", import.Report.Title);
    }
}
