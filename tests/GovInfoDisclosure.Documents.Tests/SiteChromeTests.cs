using FsCheck.Xunit;
using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using GovInfoDisclosure.Core.Tests.Properties;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>
/// A report as a government site serves it: the HTML writer's article inside a site's page (a banner and its menu, the
/// path to the page, the index data table, the page's heading and date line, share and print links, the footer, scripts).
/// </summary>
public class SiteChromeTests
{
    [Property(Arbitrary = new[] { typeof(ReportArbitraries) }, MaxTest = 40)]
    public void Any_report_inside_a_site_s_page_reads_as_the_article_alone(AnyReportSpec spec, PageHeading heading)
    {
        // A title that names the agency and the year, as a published report's does (a fragment has no page title to fall
        // back on).
        AnnualReport report = spec.Report with { Title = PrintedDocument.MetadataTitle(spec.Report) };
        string article = HtmlReportWriter.ToHtml(report, new HtmlReportOptions { Fragment = true });
        ReportImport alone = ReportDocument.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(article)), "article.html");

        ReportImport inPage = ReportDocument.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Page(report, article, heading))), "page.html");

        // The page's heading above the article's own title, the same or worded otherwise, is said once; the page's date
        // line is the date of a report that prints none, said; nothing else differs.
        bool dated = report.PublishedOn is not null;
        string? headingCode = heading switch { PageHeading.Same => Rules.TitleRepeated.Code, PageHeading.Other => Rules.TitleBelowHeading.Code, _ => null };
        Assert.Equal(alone.Report with { PublishedOn = report.PublishedOn ?? PageDate(report) }, inPage.Report);
        Assert.Equal(
            alone.Findings.Select(d => (d.Code, d.Path)),
            inPage.Findings.Where(d => d.Code != headingCode && !(!dated && d.Code == Rules.PageDateUsed.Code)).Select(d => (d.Code, d.Path)));
        Assert.Equal(headingCode is null ? 0 : 1, inPage.Findings.Count(d => d.Code == headingCode));
        Assert.Equal(dated ? 0 : 1, inPage.Findings.Count(d => d.Code == Rules.PageDateUsed.Code));
    }

    /// <summary>The heading a site prints over the article: none, the report's title, or a title of its own for the same report.</summary>
    public enum PageHeading
    {
        None,
        Same,
        Other,
    }

    private static DateOnly PageDate(AnnualReport report) => new(report.Year + 1, 1, 20);

    private static string Page(AnnualReport report, string article, PageHeading heading)
    {
        string title = System.Net.WebUtility.HtmlEncode(heading == PageHeading.Other ? $"{report.Agency.Name}{report.Year}年度政府信息公开工作报告" : PrintedDocument.Title(report));
        string pageTitle = System.Net.WebUtility.HtmlEncode(PrintedDocument.MetadataTitle(report));
        return $$"""
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>{{pageTitle}}_测试县人民政府</title>
            <script>var _hmt = _hmt || []; (function() { var hm = document.createElement("script"); })();</script>
            <style>.nav li { float: left; }</style></head>
            <body>
            <div class="header"><div class="logo"><img src="/images/logo.png" alt="测试县人民政府"></div>
            <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
            <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/nb/">政府信息公开年报</a></div>
            <table class="xxgk-table"><tr><td>索引号：</td><td>11130630MB0000000X/2023-00001</td><td>主题分类：</td><td>政府信息公开年报</td></tr>
            <tr><td>发布机构：</td><td>测试县人民政府办公室</td><td>成文日期：</td><td>2023-01-20</td></tr></table>
            <div class="content">
            {{(heading != PageHeading.None ? $"<h1 class=\"title\">{title}</h1>" : string.Empty)}}
            <div class="info"><span>发布时间：{{PageDate(report):yyyy-MM-dd}}</span><span>来源：测试县人民政府</span><span>浏览次数：<script>document.write(123)</script></span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>
            <div class="TRS_Editor">{{article}}</div>
            <div class="share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div>
            <div class="print"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
            </div>
            <div class="footer"><p>主办单位：测试县人民政府办公室　地址：测试县人民路1号</p><p>网站标识码：1306300001　冀ICP备00000000号</p></div>
            <script src="/js/common.js"></script>
            </body></html>
            """;
    }
}
