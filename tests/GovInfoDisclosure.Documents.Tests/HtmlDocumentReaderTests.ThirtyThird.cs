using GovInfoDisclosure.Documents.Tests.Writing;
using Xunit;

namespace GovInfoDisclosure.Documents.Tests;

public partial class HtmlDocumentReaderTests
{
    [Theory]
    [InlineData("<b>{0}</b>{1}")] // the numeral in bold alone, as Word pastes a heading numbered by hand
    [InlineData("<span><strong>{0}</strong></span>{1}")]
    public void Sections_whose_heading_numeral_is_in_an_element_of_its_own_are_read_together(string heading)
    {
        // Mutation testing of the session's article search: a block whose text begins with a heading across its elements
        // (一 in a bold element, 、总体情况 after it) was never tested; every heading's first text node held its numeral
        // and separator, which the search finds as a line. Each section is in a container of its own and the first
        // outweighs the rest: the six headings make their common container the article.
        string[] headings = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];
        string sections = string.Concat(headings.Select((h, i) =>
            $"<div class=\"s\"><p>{string.Format(System.Globalization.CultureInfo.InvariantCulture, heading, h[..1], h[1..])}</p><p>{(i == 0 ? Filler(2000) : "短")}</p></div>"));

        string[] paragraphs = Paragraphs(Html($"<div class=\"report\">{sections}</div>"));

        Assert.Equal(12, paragraphs.Length);
        Assert.Equal(headings, paragraphs.Where((_, i) => i % 2 == 0));
    }

    [Fact]
    public void A_first_report_printing_four_of_the_six_headings_beside_a_longer_second_is_read_and_the_second_said()
    {
        // Mutation testing of the session's article search: a container beside the article is a report of its own where
        // it holds four or more of the six headings and section 三's table; the tests' reports printed all six. Here the
        // first prints its 二 and 五 without their numbered headings, and the second (all six, its overview longer) is
        // the text-richest: the first is still a report beside it, read as the document's first, the second said; not
        // the longer read alone.
        GovInfoDisclosure.Core.AnnualReport first = WrittenReport.Sample("laiyuan-2022.json");
        string fourHeadings = ReportBody(first)
            .Replace("二、主动公开政府信息情况", "主动公开政府信息情况", StringComparison.Ordinal)
            .Replace("五、存在的主要问题及改进情况", "存在的主要问题及改进情况", StringComparison.Ordinal);

        GovInfoDisclosure.Core.Documents.ReportImport import = ReadReportsInDivs(fourHeadings, ReportBody(LongerSecondReport(first)));

        Assert.Equal(first.Title, import.Report.Title);
        Assert.Contains(import.Findings, d => d.Code == "GID526");
    }
}
