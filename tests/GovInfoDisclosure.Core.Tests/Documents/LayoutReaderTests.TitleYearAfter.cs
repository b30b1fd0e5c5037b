using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年度）", "测试县教育局政府信息公开工作年度报告（2022年度）", "测试县教育局")]
    [InlineData("测试县人民政府政府信息公开工作年度报告（2022年）", "测试县人民政府政府信息公开工作年度报告（2022年）", "测试县人民政府")]
    [InlineData("测试县教育局信息公开工作年度报告(2022年度)", "测试县教育局信息公开工作年度报告(2022年度)", "测试县教育局")]
    [InlineData("《测试县教育局政府信息公开工作年度报告》（二〇二二年度）", "《测试县教育局政府信息公开工作年度报告》（二〇二二年度）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告\n（2022年度）", "测试县教育局政府信息公开工作年度报告（2022年度）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告\n\n2022年度", "测试县教育局政府信息公开工作年度报告2022年度", "测试县教育局")]
    [InlineData("测试县教育局\n政府信息公开工作年度报告\n（2022年度）", "测试县教育局政府信息公开工作年度报告（2022年度）", "测试县教育局")]
    [InlineData("测试县教育局\n信息公开工作年度报告\n（2022年度）", "测试县教育局信息公开工作年度报告（2022年度）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022）", "测试县教育局政府信息公开工作年度报告（2022）", "测试县教育局")] // no 年: in brackets
    [InlineData("测试县教育局\n政府信息公开工作年度报告\n（2022）", "测试县教育局政府信息公开工作年度报告（2022）", "测试县教育局")]
    [InlineData("测试县政府信息公开领导小组办公室政府信息公开工作年度报告（2022年度）", "测试县政府信息公开领导小组办公室政府信息公开工作年度报告（2022年度）", "测试县政府信息公开领导小组办公室")]
    [InlineData("测试县教育局2022年政府信息公开工作年度报告\n（2022年度）", "测试县教育局2022年政府信息公开工作年度报告（2022年度）", "测试县教育局")] // the year twice: one title
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）", "测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告\n（2022年1月1日至2022年12月31日）", "测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告\n（2022年1月1日—12月31日）", "测试县教育局政府信息公开工作年度报告（2022年1月1日—12月31日）", "测试县教育局")] // the last day's year not printed
    [InlineData("测试县教育局政府信息公开工作年度报告（２０２２年１月１日－２０２２年１２月３１日）", "测试县教育局政府信息公开工作年度报告（２０２２年１月１日－２０２２年１２月３１日）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告【2022年1月至12月】", "测试县教育局政府信息公开工作年度报告【2022年1月至12月】", "测试县教育局")] // months alone
    [InlineData("测试县教育局\n政府信息公开工作年度报告\n（二〇二二年一月一日至十二月三十一日）", "测试县教育局政府信息公开工作年度报告（二〇二二年一月一日至十二月三十一日）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日 ~ 2022年12月31日）", "测试县教育局政府信息公开工作年度报告（2022年1月1日 ~ 2022年12月31日）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日到2022年12月31日）", "测试县教育局政府信息公开工作年度报告（2022年1月1日到2022年12月31日）", "测试县教育局")] // 到, to
    [InlineData("测试县教育局政府信息公开工作年度报告（2022.1.1-2022.12.31）", "测试县教育局政府信息公开工作年度报告（2022.1.1-2022.12.31）", "测试县教育局")] // dates in figures
    [InlineData("测试县教育局政府信息公开工作年度报告\n（2022.01.01—2022.12.31）", "测试县教育局政府信息公开工作年度报告（2022.01.01—2022.12.31）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022/1/1至2022/12/31）", "测试县教育局政府信息公开工作年度报告（2022/1/1至2022/12/31）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022-01-01至2022-12-31）", "测试县教育局政府信息公开工作年度报告（2022-01-01至2022-12-31）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022.1-12）", "测试县教育局政府信息公开工作年度报告（2022.1-12）", "测试县教育局")] // months, the last's year not printed
    [InlineData("测试县教育局政府信息公开工作年度报告（２０２２．１．１－２０２２．１２．３１）", "测试县教育局政府信息公开工作年度报告（２０２２．１．１－２０２２．１２．３１）", "测试县教育局")]
    public void A_title_printing_its_year_after_its_words_names_the_year_and_the_body(string printed, string title, string agency)
    {
        // Found with a mutation helper's test in issue 10's thirty-seventh session: a title whose year follows its words in
        // brackets, on its line or the next (某某局政府信息公开工作年度报告（2022年度）, a layout departments use), was
        // no title with a year: the document was refused without --year ("the title states no year"); so too, until the
        // thirty-eighth session, the year's period there (（2022年1月1日至2022年12月31日）).
        ReportImport import = Read(Replace(Text(), Base().Title!, printed));

        Assert.Equal((title, 2022, agency), (import.Report.Title, import.Report.Year, import.Report.Agency.Name));
        Assert.Equal(Base() with { Title = title, Agency = new Agency { Name = agency } }, import.Report);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告\n2022年工作要点如下")] // a line of more than a year
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年度）说明")] // words after the brackets: no title
    [InlineData("测试县教育局政府信息公开工作年度报告2022")] // four figures without 年 or brackets
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至2023年12月31日）")] // a period across two years
    [InlineData("测试县教育局政府信息公开工作年度报告\n（2022年7月1日至2023年6月30日）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日起）")] // no end: not a period
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）说明")] // words after the brackets
    [InlineData("测试县教育局政府信息公开工作年度报告（2022.7.1-2023.6.30）")] // dates across two years
    [InlineData("测试县教育局政府信息公开工作年度报告（2023-01-20）")] // a date alone, in hyphens: no period
    [InlineData("测试县教育局政府信息公开工作年度报告（2022-1-1-2022-12-31）")] // hyphens joined by a hyphen: not read
    [InlineData("测试县教育局政府信息公开工作年度报告（2022.1.1/2022.12.31）")] // dots and slashes mixed
    public void A_line_after_a_title_that_is_more_than_a_year_gives_it_none(string printed)
    {
        DocumentReadException refused = Assert.Throws<DocumentReadException>(() => Read(Replace(Text(), Base().Title!, printed)));

        Assert.Contains("states no year", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年度）_测试县人民政府网", "测试县教育局")]
    [InlineData("测试县人民政府政府信息公开工作年度报告(2022年)-测试县人民政府", "测试县人民政府")]
    public void Without_a_title_in_the_body_a_page_title_printing_its_year_after_its_words_names_the_year_and_body(string pageTitle, string agency)
    {
        // The page's own title (HTML <title>) goes on with the site's name after the year.
        SourceDocument text = TextDocumentReader.Read(Replace(Text(), Base().Title! + "\n", string.Empty));

        ReportImport import = LayoutReader.Read(new SourceDocument("p.html", text.Blocks) { PageTitle = pageTitle });

        Assert.Equal((2022, agency), (import.Report.Year, import.Report.Agency.Name));
        Assert.Empty(import.Findings);
    }
}
