using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Xunit;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Properties;

namespace GovInfoDisclosure.Documents.Tests.Writing;

public class HtmlReportWriterTests
{
    public static TheoryData<string> Samples => [.. WrittenReport.SampleNames];

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_read_back_from_its_page_is_the_same_report(string sample)
    {
        AnnualReport report = WrittenReport.Sample(sample);

        WrittenReport.FromHtml(HtmlReportWriter.ToHtml(report), report.Edition).AssertIsOf(report);
    }

    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 60)]
    public void Any_report_read_back_from_its_page_is_the_same_report(AnyReportSpec spec)
    {
        AnnualReport report = spec.Report;

        WrittenReport.FromHtml(HtmlReportWriter.ToHtml(report), report.Edition).AssertIsOf(report);
    }

    [Fact]
    public void The_page_is_a_complete_self_contained_html5_page_in_chinese()
    {
        string html = HtmlReportWriter.ToHtml(WrittenReport.Sample("laiyuan-2022.json"));
        IDocument document = Parse(html);

        Assert.StartsWith("<!DOCTYPE html>\n", html);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, [src]"));
        Assert.DoesNotContain("url(", document.QuerySelector("style")!.TextContent);
        Assert.Contains("@page{size:A4", document.QuerySelector("style")!.TextContent);
        Assert.Equal("涞源县2022年政府信息公开工作年度报告", document.Title);
    }

    [Fact]
    public void A_fragment_is_the_article_alone()
    {
        string html = HtmlReportWriter.ToHtml(WrittenReport.Sample("laiyuan-2022.json"), new HtmlReportOptions { Fragment = true });

        Assert.StartsWith("<article class=\"gid-report\" lang=\"zh-CN\"", html);
        Assert.EndsWith("</article>\n", html);
        Assert.DoesNotContain("<style>", html);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_tables_have_the_printed_layouts_cells_spans_and_scopes(string sample)
    {
        AnnualReport report = WrittenReport.Sample(sample);
        IDocument document = Parse(HtmlReportWriter.ToHtml(report));

        WrittenMarkup.AssertTablesAsPrinted(document.QuerySelector("article.gid-report")!, report.Edition, string.Empty);
    }

    [Fact]
    public void A_label_s_scope_is_col_row_or_the_group_it_heads()
    {
        IDocument document = Parse(HtmlReportWriter.ToHtml(WrittenReport.Sample("yanshi-jinshi-2022.json")));

        Assert.Equal("rowgroup", Assert.Single(document.QuerySelectorAll("th"), th => th.TextContent == "（三）不予公开").GetAttribute("scope"));
        Assert.Equal("row", Assert.Single(document.QuerySelectorAll("th"), th => th.TextContent == "1.属于国家秘密").GetAttribute("scope"));
        Assert.Equal("colgroup", Assert.Single(document.QuerySelectorAll("th"), th => th.TextContent == "法人或其他组织").GetAttribute("scope"));
        Assert.Equal("col", Assert.Single(document.QuerySelectorAll("th"), th => th.TextContent == "商业企业").GetAttribute("scope"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_element_of_the_page_and_of_the_fragment_is_closed_by_its_own_end_tag(string sample)
    {
        AnnualReport report = WrittenReport.Sample(sample);

        string page = HtmlReportWriter.ToHtml(report);
        WrittenMarkup.AssertEveryElementClosed(page);
        Assert.EndsWith("</article>\n</body>\n</html>\n", page);
        WrittenMarkup.AssertEveryElementClosed(HtmlReportWriter.ToHtml(report, new HtmlReportOptions { Fragment = true }));
    }

    [Fact]
    public void The_markup_check_finds_an_element_left_open_or_closed_out_of_order()
    {
        string page = HtmlReportWriter.ToHtml(WrittenReport.Sample("laiyuan-2022.json"));
        int cell = page.IndexOf("</td>", StringComparison.Ordinal);

        Assert.ThrowsAny<Exception>(() => WrittenMarkup.AssertEveryElementClosed(page.Remove(cell, "</td>".Length)));
        Assert.ThrowsAny<Exception>(() => WrittenMarkup.AssertEveryElementClosed(page.Replace("</h1>", "</h2>", StringComparison.Ordinal)));
        Assert.ThrowsAny<Exception>(() => WrittenMarkup.AssertEveryElementClosed(page.Replace("</body>", string.Empty, StringComparison.Ordinal)));
        Assert.ThrowsAny<Exception>(() => WrittenMarkup.AssertEveryElementClosed(page + "</p>"));
    }

    [Fact]
    public void The_article_keeps_the_edition_the_year_and_the_values_the_template_does_not_print_as_data_attributes()
    {
        const string Region = "北京市 \"朝阳\" <区> & '某'\r\n第二行";
        AnnualReport report = WrittenReport.Sample("laiyuan-2022.json");
        report = report with { Agency = report.Agency with { Region = Region }, InformationProcessingFeeYuan = 1200.50m };
        AnnualReport report2019 = WrittenReport.Sample("2019-shouyang-market-regulation.json") with { InformationProcessingFeeYuan = null };

        IElement article = Parse(HtmlReportWriter.ToHtml(report)).QuerySelector("article")!;
        IElement article2019 = Parse(HtmlReportWriter.ToHtml(report2019 with { Agency = report2019.Agency with { Region = null } })).QuerySelector("article")!;

        Assert.Equal(("2021", report.Year.ToString(), Region, "1200.50"), (
            article.GetAttribute("data-edition"), article.GetAttribute("data-year"), article.GetAttribute("data-region"),
            article.GetAttribute("data-information-processing-fee-yuan")));
        Assert.Equal(("2019", report2019.Year.ToString()), (article2019.GetAttribute("data-edition"), article2019.GetAttribute("data-year")));
        Assert.False(article2019.HasAttribute("data-region"));
        Assert.False(article2019.HasAttribute("data-information-processing-fee-yuan"));
    }

    [Fact]
    public void A_blank_is_an_empty_cell_and_an_amount_is_printed_exactly()
    {
        AnnualReport report = WrittenReport.Sample("laiyuan-2022.json");
        report = report with
        {
            ProactiveDisclosure = report.ProactiveDisclosure with { Fees = new FeeAmount { Amount = 1835.50m }, Licensing = new DecisionCount { Decisions = null } },
        };

        IDocument document = Parse(HtmlReportWriter.ToHtml(report));

        Assert.Equal("1835.50", document.QuerySelector("td[data-pointer='/proactiveDisclosure/fees/amount']")!.TextContent);
        IElement blank = document.QuerySelector("td[data-pointer='/proactiveDisclosure/licensing/decisions']")!;
        Assert.Equal(string.Empty, blank.InnerHtml);
    }

    [Fact]
    public void A_narrative_holding_markup_and_astral_characters_prints_as_text()
    {
        const string Hostile = "<script>alert('x')</script> & \"引号\" '单引号' 𠀋🙂 </p><p>\r\n第二行\t制表";
        AnnualReport report = WrittenReport.Sample("linqiu-wuling-2022.json") with
        {
            Overview = new Narrative([new Paragraph { Heading = "<b>小标题</b>", Text = Hostile }]),
            Agency = new Agency { Name = "某<i>局</i>&" },
        };

        string html = HtmlReportWriter.ToHtml(report);
        IDocument document = Parse(html);

        Assert.Empty(document.QuerySelectorAll("script, b, i"));
        Assert.Equal(Hostile, WrittenReport.Text(document.QuerySelector("h2[data-section=overview] ~ p")!));
        Assert.Equal("<b>小标题</b>", document.QuerySelector("h2[data-section=overview] ~ h3")!.TextContent);
        Assert.Equal("某<i>局</i>&", document.QuerySelector(".gid-agency")!.TextContent);
        WrittenReport.FromHtml(html, report.Edition).AssertIsOf(report);
    }

    [Fact]
    public void Writing_to_a_stream_writes_the_same_page_as_utf8_without_a_byte_order_mark()
    {
        AnnualReport report = WrittenReport.Sample("linqiu-wuling-2022.json");
        using var stream = new MemoryStream();

        HtmlReportWriter.Write(report, stream);

        Assert.Equal(Encoding.UTF8.GetBytes(HtmlReportWriter.ToHtml(report)), stream.ToArray());
        Assert.True(stream.CanWrite, "the stream is left open");
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("政务公开工作取得成效", false)]
    [InlineData("中文 中文 Latin text", false)] // single spaces between words collapse to themselves
    [InlineData("第一行\n第二行", false)]
    [InlineData(" 开头", true)]
    [InlineData("结尾 ", true)]
    [InlineData("两个  空格", true)]
    [InlineData("制表\t符", true)]
    [InlineData("回车\r符", true)]
    [InlineData("行首\n 空格", true)]
    [InlineData("行尾 \n空格", true)]
    [InlineData(" ", true)]
    public void Text_needs_its_white_space_kept_where_a_browser_would_collapse_it(string text, bool needed)
    {
        Assert.Equal(needed, HtmlText.NeedsKeptWhiteSpace(text));
        Assert.Equal(needed, NeedsKeptWhiteSpaceByHand(text));
    }

    [Property(MaxTest = 1000)]
    public void Kept_white_space_is_decided_for_any_text_as_by_looking_at_every_character(NonNull<string> text, PositiveInt spaces)
    {
        // Random text salted with spaces, tabs and line breaks at random places.
        string salted = SaltedText.Of(text.Get, spaces.Get, " \t\n\r", 6);
        Assert.Equal(NeedsKeptWhiteSpaceByHand(salted), HtmlText.NeedsKeptWhiteSpace(salted));
    }

    /// <summary>The rule stated character by character: a tab, a carriage return, or a space at an end of a line or beside another space.</summary>
    private static bool NeedsKeptWhiteSpaceByHand(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool lineStart = i == 0 || text[i - 1] == '\n', lineEnd = i == text.Length - 1 || text[i + 1] == '\n';
            if (c is '\t' or '\r' || (c == ' ' && (lineStart || lineEnd || text[i - 1] == ' ' || text[i + 1] == ' ')))
            {
                return true;
            }
        }

        return false;
    }
}
