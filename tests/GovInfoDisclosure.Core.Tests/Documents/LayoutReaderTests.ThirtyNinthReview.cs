using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>The thirty-ninth session's review: the year's period after a title (the thirty-eighth session's change).</summary>
public partial class LayoutReaderTests
{
    /// <summary>
    /// documents.md: "A period whose two years differ (（2022年7月1日至2023年6月30日）) states no one year, wherever the title
    /// comes from (a line ending so, a heading, the page's own title): the document is refused without --year … (the reader
    /// does not choose one of the two)". The article's own title prints such a period; the page's &lt;title&gt; (a CMS's,
    /// made from a column's name) prints 2023年度: the reader falls back to the page title and reads 2023 without a word,
    /// the article's period kept as the title.
    /// </summary>
    [Fact]
    public void Review39_an_articles_period_across_two_years_takes_no_year_from_the_page_title()
    {
        const string Title = "测试县教育局政府信息公开工作年度报告（2022年7月1日至2023年6月30日）";
        SourceDocument text = TextDocumentReader.Read(Replace(Text(), Base().Title!, Title));
        var page = new SourceDocument("p.html", text.Blocks) { PageTitle = "测试县教育局2023年度政府信息公开工作年度报告_政府信息公开年报_测试县人民政府网" };

        DocumentReadException refused = Assert.Throws<DocumentReadException>(() => LayoutReader.Read(page));

        Assert.Contains("states no year", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The same rule for a site's heading over the article's own title (GID517's layout): the article's title and its period
    /// across two years on the next line are read as the overview's first two paragraphs, and the heading's 2022 is the
    /// report's year, without a word. (With a period within one year the article's title is read as the title, GID517.)
    /// </summary>
    [Fact]
    public void Review39_a_sites_heading_gives_no_year_to_an_articles_title_whose_period_spans_two_years()
    {
        string text = Replace(Text(), Base().Title!, "测试县教育局2022年政府信息公开工作年度报告\n测试县教育局政府信息公开工作年度报告\n（2022年7月1日至2023年6月30日）");

        DocumentReadException refused = Assert.Throws<DocumentReadException>(() => Read(text));

        Assert.Contains("states no year", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A period across two years printed in ways the period's pattern does not take (自…起至…止, the wording of most
    /// statements of a period; a minus sign or a hyphen for the dash; 次年 for the next year; 底 or 期间 after it; no
    /// brackets after a page title's underscore): the first 年 is read as the year, 2022, without a word. The page's own
    /// title is the one place that names the year here (the body's title names none), as documents.md's rule covers.
    /// </summary>
    [Theory]
    [InlineData("（自2022年7月1日起至2023年6月30日止）")]
    [InlineData("（2022年7月1日−2023年6月30日）")] // U+2212 minus sign
    [InlineData("（2022年7月1日‐2023年6月30日）")] // U+2010 hyphen
    [InlineData("（2022年7月1日至次年6月30日）")]
    [InlineData("（2022年7月至2023年6月底）")]
    [InlineData("（2022年7月1日至2023年6月30日期间）")]
    [InlineData("_2022年7月1日至2023年6月30日")]
    public void Review39_a_page_title_whose_period_spans_two_years_in_other_wording_gives_no_year(string period)
    {
        SourceDocument text = TextDocumentReader.Read(Replace(Text(), Base().Title! + "\n", string.Empty));
        var page = new SourceDocument("p.html", text.Blocks) { PageTitle = "测试县教育局政府信息公开工作年度报告" + period };

        DocumentReadException refused = Assert.Throws<DocumentReadException>(() => LayoutReader.Read(page));

        Assert.Contains("states no year", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The same forms in a title the document marks as a heading (Markdown #, as an HTML h1 or Word's title style): read by
    /// FindTitle's fallback, its year is the first 年 in it.
    /// </summary>
    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（自2022年7月1日起至2023年6月30日止）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年7月1日至次年6月30日）")]
    public void Review39_a_heading_title_whose_period_spans_two_years_in_other_wording_is_refused(string title)
    {
        string markdown = Replace(Text(null, TextPrinter.Style.Markdown), Base().Title!, title);

        DocumentReadException refused = Assert.Throws<DocumentReadException>(() => LayoutReader.Read(TextDocumentReader.Read(markdown, "report.md")));

        Assert.Contains("states no year", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// documents.md: the period "the days or the months alone …, joined by 至, 到 or a dash: the year is the period's". The
    /// months alone joined by 至 (2022年1至12月, as often printed as 1-12月) and the period opened with 自 (自…起至…止, the
    /// usual wording) are refused for "the title states no year", though the year is plain.
    /// </summary>
    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1至12月）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月至12月）")] // control: documented, read
    [InlineData("测试县教育局政府信息公开工作年度报告（自2022年1月1日起至2022年12月31日止）")]
    public void Review39_a_period_within_one_year_in_common_wording_names_the_year(string title)
    {
        ReportImport import = Read(Replace(Text(), Base().Title!, title));

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
        Assert.Equal(title, import.Report.Title);
    }

    /// <summary>
    /// A title over two lines broken inside its period (a narrow column: …报告（2022年1月1日至 / 2022年12月31日）): documents.md
    /// joins a title broken over lines; here neither line is read as the title's end and the document is refused for "no
    /// year".
    /// </summary>
    [Fact]
    public void Review39_a_title_broken_inside_its_period_is_joined()
    {
        ReportImport import = Read(Replace(Text(), Base().Title!, "测试县教育局政府信息公开工作年度报告（2022年1月1日至\n2022年12月31日）"));

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }

    /// <summary>
    /// A title printing one year before its words and another in its period after them (last year's page copied and its
    /// title's year changed, the period not): 2023年…报告（2022年1月1日至2022年12月31日）. The year is uncertain; the reader
    /// reads 2023, the first, without a word. Nothing should be guessed: refused without --year (or said).
    /// </summary>
    [Fact]
    public void Review39_a_title_whose_year_and_period_disagree_is_not_read_as_either_silently()
    {
        string text = Replace(Text(), Base().Title!, "测试县教育局2023年政府信息公开工作年度报告（2022年1月1日至2022年12月31日）");

        ReportImport? import = null;
        Exception? refused = Record.Exception(() => import = Read(text));

        Assert.True(refused is DocumentReadException || import!.Findings.Any(f => f.Message.Contains("2022", StringComparison.Ordinal) && f.Message.Contains("2023", StringComparison.Ordinal)),
            $"read as {import?.Report.Year} without a word");
    }

    /// <summary>
    /// Two reports on one page (documents.md, GID526: the second's title "names 信息公开 and states a year"), the second's
    /// title printing its period across two years: it states no one year, so it is not taken for a title, and its line is
    /// read into the first report's 六 (OtherMatters), the second report said only at its 一. Its title should begin the
    /// second report as a title within one year does (the control, the same title with （2022年度）, is read right).
    /// </summary>
    [Theory]
    [InlineData("另一镇政府信息公开工作年度报告（2022年7月1日至2023年6月30日）")]
    [InlineData("另一镇政府信息公开工作年度报告（2022年度）")] // control: read right
    public void Review39_a_second_reports_title_with_a_period_across_two_years_is_not_read_into_the_first_reports_six(string secondTitle)
    {
        AnnualReport report = Base() with { PublishedOn = null };
        string first = Replace(Text(), "测试县\n2023年1月20日", string.Empty);
        string second = Replace(Text(Other()), Other().Title!, secondTitle);

        ReportImport both = Read(first + "\n\n" + second);

        Diagnostic said = Assert.Single(both.Findings, d => d.Code == Rules.SecondReportNotRead.Code);
        Assert.Equal(report.OtherMatters, both.Report.OtherMatters);
        Assert.Contains("另一镇政府信息公开工作年度报告", said.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A title naming a span of two years before its words (测试县教育局2022-2023年度…, as a school year or a period across
    /// two years is printed): the second year is read as the report's (2023), without a word, and the first year and its
    /// dash are read into the agency's name (测试县教育局2022-), with --year given too. The span names no one year
    /// (documents.md: "a period across two years names none … the reader does not choose one of the two"), and the
    /// agency's name holds no year.
    /// </summary>
    [Theory]
    [InlineData("测试县教育局2022-2023年度政府信息公开工作年度报告")]
    [InlineData("测试县教育局2022—2023年政府信息公开工作年度报告")]
    public void Review39_a_title_naming_a_span_of_two_years_gives_neither_year_nor_a_name_holding_one(string title)
    {
        string text = Replace(Text(), Base().Title!, title);

        ReportImport given = Read(text, new ImportOptions { Year = 2023 });

        Assert.Equal("测试县教育局", given.Report.Agency.Name);
        Assert.Contains("states no year", Assert.Throws<DocumentReadException>(() => Read(text)).Message, StringComparison.Ordinal);
    }
}
