using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Documents.Html;
using GovInfoDisclosure.Documents.Tests.Writing;
using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

public partial class HtmlDocumentReaderTests
{
    private static string Review32Dump(SourceDocument document) => string.Join("\n", document.Blocks.Select(b => b switch
    {
        DocumentParagraph p => $"P {p.Text} @{p.Location}",
        DocumentTable t => $"T @{t.Location} " + string.Join(" | ", t.Rows.SelectMany(r => r).Select(c => $"{c.Text}@{c.Location}")),
        _ => b.ToString(),
    })) + "\nTITLE " + document.PageTitle;

    [Theory]
    [InlineData("<p>甲\0乙</p><p>丙</p>")]
    [InlineData("<p>甲</p>\r\n<p>乙</p>\r\n<table>\r\n<tr><td>1</td><td>2</td></tr>\r\n</table>\r\n<p>丙</p>")]
    [InlineData("<p>甲</p>\r<p>乙</p>\r<table>\r<tr><td>1</td><td>2</td></tr>\r</table>\r<p>丙</p>")]
    [InlineData("<p>甲\uD800乙</p>\n<p>丙</p>")]
    [InlineData("<p>甲\uDC00乙丁</p>\n<p>丙</p>")]
    [InlineData("<p>甲\uFFFE乙</p>\n<p>丙</p>")]
    [InlineData("<p>甲\uFDD0乙乙</p>\n<p>丙丙</p>")]
    [InlineData("<p>甲\uD83F\uDFFF乙</p>\n<p>丙</p>")]
    [InlineData("<template><p>一、总体情况</p></template><p>丙</p>")]
    [InlineData("<iframe><p>一、总体情况</p></iframe><p>丙</p>")]
    [InlineData("<noembed><p>一、总体情况</p></noembed><p>丙</p>")]
    [InlineData("<noframes><p>一、总体情况</p></noframes><p>丙</p>")]
    [InlineData("<script>document.write('<p>x</p>')</script><p>丙</p>")]
    [InlineData("<p>甲 &amp; 乙 &copy</p><p>丙 &#0; &#xD800; &#x110000;</p>")]
    [InlineData("<p>甲</p><textarea><p>乙</p></textarea><p>丙</p>")]
    [InlineData("<p>甲</p><plaintext><p>乙</p>丙")]
    [InlineData("<p>甲</p><table><tr><td>1</td></tr><p>乙</p></table><p>丙</p>")]
    [InlineData("<p>甲</p><p>乙")]
    [InlineData("<p>甲</p><p>乙 &amp")]
    [InlineData("<p>甲</p><p>乙</p><!-- 注")]
    [InlineData("<p>甲</p><p>乙</p><script>var a = '")]
    [InlineData("<p>甲</p><svg><p>乙</p></svg><p>丙</p>")]
    [InlineData("<p>甲</p><math><mi><p>乙</p></mi></math><p>丙</p>")]
    public void A_page_reads_the_same_whether_or_not_it_could_hold_a_noscript(string body)
    {
        string page = $"\uFEFF<!DOCTYPE html>\r\n<html><head><title>t</title></head><body>\r\n{body}\r\n</body></html>";

        string off = Review32Dump(HtmlDocumentReader.Read(page, "page.html"));
        string on = Review32Dump(HtmlDocumentReader.Read(page.Replace("<title>t</title>", "<title>t</title><!--<noscript>-->", StringComparison.Ordinal), "page.html"));

        Assert.Equal(on, off);
    }

    private static readonly string[] Review32Headings =
        ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];

    private static string Review32Table(string label) => "<table>" + string.Concat(Enumerable.Range(0, 6).Select(r =>
        $"<tr><td>{label}第{r}行</td><td>0</td><td>0</td><td>0</td></tr>")) + "</table>";

    /// <summary>A report whose sections are each in a div of their own (as many CMSs print them), 一's narrative long.</summary>
    private static string Review32Sections() =>
        "<div><p>某某县2022年政府信息公开工作年度报告</p></div>"
        + $"<div><p>{Review32Headings[0]}</p><p>{Filler(3000)}</p></div>"
        + $"<div><p>{Review32Headings[1]}</p>{Review32Table("主动")}</div>"
        + $"<div><p>{Review32Headings[2]}</p>{Review32Table("申请")}</div>"
        + $"<div><p>{Review32Headings[3]}</p>{Review32Table("复议")}</div>"
        + $"<div><p>{Review32Headings[4]}</p><p>问题。</p></div>"
        + $"<div><p>{Review32Headings[5]}</p><p>无。</p></div>";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_article_in_the_cell_of_a_layout_table_beside_a_navigation_cell_is_read_whole(bool navigationCell)
    {
        string navigation = navigationCell ? "<td class=\"nav\">首页<br>机构概况<br>政务公开<br>办事服务<br>互动交流</td>" : "";
        string page = $"<table class=\"layout\"><tr>{navigation}<td class=\"content\">{Review32Sections()}</td></tr></table>";

        string[] paragraphs = Paragraphs(Html(page));

        Assert.All(Review32Headings, h => Assert.Contains(h, paragraphs));
        Assert.DoesNotContain(paragraphs, p => p.Contains("机构概况", StringComparison.Ordinal));
    }

    [Fact]
    public void A_numbered_navigation_list_beside_the_article_is_not_read_as_the_reports()
    {
        // The article prints 一's heading with a full stop (一．总体情况, read by the layout reader), so its container holds
        // five of the six headings the HTML search counts; the site's column menu is numbered 一、二、三、四、 as links.
        string article = Review32Sections().Replace(Review32Headings[0], "一．总体情况", StringComparison.Ordinal);
        string menu = "<div class=\"menu\"><h3>信息公开目录</h3><ul>"
            + "<li><a href=\"/1\">一、政府信息公开指南</a></li><li><a href=\"/2\">二、政府信息公开制度</a></li>"
            + "<li><a href=\"/3\">三、法定主动公开内容</a></li><li><a href=\"/4\">四、政府信息公开年报</a></li></ul></div>";
        string page = $"<div class=\"wrap\">{menu}<div class=\"article\">{article}</div></div>";

        string[] paragraphs = Paragraphs(Html(page));

        Assert.Contains("一．总体情况", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("政府信息公开指南", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_reports_on_one_page_each_in_a_div_of_its_own_are_said()
    {
        // Two bodies' reports one after the other on one page, each in its own div (the second's overview longer): the
        // document's first report is read and the second is said (GID526), as where the page prints them as one run of text.
        GovInfoDisclosure.Core.AnnualReport first = WrittenReport.Sample("laiyuan-2022.json");

        GovInfoDisclosure.Core.Documents.ReportImport import = ReadReportsInDivs(ReportBody(first), ReportBody(LongerSecondReport(first)));

        Assert.Equal(first.Title, import.Report.Title);
        Assert.Contains(import.Findings, d => d.Code == "GID526");
    }

    /// <summary>Another body's report after <paramref name="first"/>, its overview longer (the page's text-richest).</summary>
    private static GovInfoDisclosure.Core.AnnualReport LongerSecondReport(GovInfoDisclosure.Core.AnnualReport first) => first with
    {
        Title = "另一镇2022年政府信息公开工作年度报告",
        Overview = GovInfoDisclosure.Core.Narrative.FromText(Filler(4000)),
    };

    /// <summary>What the HTML writer prints inside the body for a report.</summary>
    private static string ReportBody(GovInfoDisclosure.Core.AnnualReport report)
    {
        string page = HtmlReportWriter.ToHtml(report);
        int start = page.IndexOf('>', page.IndexOf("<body", StringComparison.Ordinal)) + 1;
        return page[start..page.IndexOf("</body>", StringComparison.Ordinal)];
    }

    /// <summary>Reads a page printing each of the reports' bodies in a div of its own, one after the other.</summary>
    private static GovInfoDisclosure.Core.Documents.ReportImport ReadReportsInDivs(params string[] bodies)
    {
        string page = $"<!DOCTYPE html><html><head><title>t</title></head><body>{string.Concat(bodies.Select(b => $"<div class=\"report\">{b}</div>"))}</body></html>";
        return ReportDocument.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(page)), "page.html");
    }

    [Fact]
    public void A_report_printed_as_a_table_of_headings_beside_their_contents_is_read_whole()
    {
        // A report printed as a two-column layout table (each section's heading in the left cell, its narrative or data
        // table in the right): each heading's row prints a digit in its other cell (2022年, a table's 0), so since
        // a35a1a8 every heading is a "row label" and none is a landmark; the article falls to the cell of 一's long
        // narrative. At 5bad90a the headings counted and the whole table was the article.
        string[] contents =
        [
            $"<p>2022年，本县{Filler(3000)}</p>",
            Review32Table("主动"),
            Review32Table("申请"),
            Review32Table("复议"),
            "<p>2022年存在的问题。</p>",
            "<p>2022年未收取信息处理费。</p>",
        ];
        string rows = string.Concat(Review32Headings.Select((h, i) => $"<tr><td>{h}</td><td>{contents[i]}</td></tr>"));
        string page = $"<p>某某县2022年政府信息公开工作年度报告</p><table class=\"layout\">{rows}</table>";

        string[] paragraphs = Paragraphs(Html(page));

        Assert.All(Review32Headings, h => Assert.Contains(h, paragraphs));
    }

    [Fact]
    public void A_guide_in_a_column_beside_the_report_is_not_pulled_into_the_article()
    {
        // A page whose left column prints the body's 政府信息公开指南 (its parts numbered 一、 to 四、 and a table of the
        // office's contacts) beside the report: since a35a1a8 the column "holds a report" (four headings and a table) and
        // the article widens to the page's wrapper, so the guide is read as the report's first lines.
        string guide = "<div class=\"side\"><h3>政府信息公开指南</h3>"
            + "<p>一、公开的主体和范围</p><p>本机关公开本机关制作的政府信息。</p>"
            + "<p>二、公开的方式</p><p>网站、公告栏。</p>"
            + "<p>三、依申请公开</p><p>向本机关提出申请。</p>"
            + "<p>四、监督和救济</p><p>可以投诉。</p>"
            + "<table><tr><td>办公地址</td><td>某某路1号</td></tr><tr><td>联系电话</td><td>0591-12345678</td></tr></table></div>";
        string page = $"<div class=\"wrap\">{guide}<div class=\"article\">{Review32Sections()}</div></div>";

        string[] paragraphs = Paragraphs(Html(page));

        Assert.All(Review32Headings, h => Assert.Contains(h, paragraphs));
        Assert.DoesNotContain(paragraphs, p => p.Contains("公开的主体和范围", StringComparison.Ordinal));
    }

    [Fact]
    public void A_summary_of_last_years_report_in_a_column_after_the_report_is_not_read_into_it()
    {
        // The report, then (in a column of its own) a summary of last year's report, its parts numbered as the sections
        // are and a small table of last year's figures. Since a35a1a8 the column "is a report" and the article widens to
        // the page's wrapper: its lines run into 六 (with the signature 涞源县人民政府, no longer read as one).
        GovInfoDisclosure.Core.AnnualReport report = WrittenReport.Sample("laiyuan-2022.json");
        string page = HtmlReportWriter.ToHtml(report);
        int start = page.IndexOf('>', page.IndexOf("<body", StringComparison.Ordinal)) + 1;
        string body = page[start..page.IndexOf("</body>", StringComparison.Ordinal)];
        string summary = "<div class=\"side\"><h3>2021年年报摘要</h3>"
            + "<p>一、总体情况：全年主动公开信息。</p><p>二、主动公开：公开文件。</p><p>三、依申请公开：收到申请。</p>"
            + "<p>四、复议诉讼：无。</p><table><tr><td>主动公开</td><td>1200</td></tr><tr><td>依申请公开</td><td>15</td></tr></table></div>";
        static GovInfoDisclosure.Core.Documents.ReportImport Read(string html) =>
            ReportDocument.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)), "page.html");

        var alone = Read($"<!DOCTYPE html><html><head><title>t</title></head><body><div class=\"wrap\"><div class=\"article\">{body}</div></div></body></html>");
        var both = Read($"<!DOCTYPE html><html><head><title>t</title></head><body><div class=\"wrap\"><div class=\"article\">{body}</div>{summary}</div></body></html>");

        Assert.Equal(alone.Report.OtherMatters, both.Report.OtherMatters);
        Assert.Equal(alone.Report, both.Report);
        Assert.Equal(alone.Findings.Select(d => d.Message), both.Findings.Select(d => d.Message));
    }
}
