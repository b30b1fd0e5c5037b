using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）", "测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告\n（2022年1月1日至2022年12月31日）", "测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告\n（2022年1月1日—12月31日）", "测试县教育局政府信息公开工作年度报告（2022年1月1日—12月31日）", "测试县教育局")] // the last day's year not printed
    [InlineData("测试县教育局政府信息公开工作年度报告（２０２２年１月１日－２０２２年１２月３１日）", "测试县教育局政府信息公开工作年度报告（２０２２年１月１日－２０２２年１２月３１日）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告【2022年1月至12月】", "测试县教育局政府信息公开工作年度报告【2022年1月至12月】", "测试县教育局")] // months alone
    [InlineData("测试县教育局\n政府信息公开工作年度报告\n（二〇二二年一月一日至十二月三十一日）", "测试县教育局政府信息公开工作年度报告（二〇二二年一月一日至十二月三十一日）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日 ~ 2022年12月31日）", "测试县教育局政府信息公开工作年度报告（2022年1月1日 ~ 2022年12月31日）", "测试县教育局")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日到2022年12月31日）", "测试县教育局政府信息公开工作年度报告（2022年1月1日到2022年12月31日）", "测试县教育局")] // 到, to
    public void A_title_printing_the_years_period_after_its_words_names_the_year_and_the_body(string printed, string title, string agency)
    {
        // Issue 10's thirty-eighth session: the period the report covers, in brackets after the title's words
        // (某某局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）), was no year: the document was refused without
        // --year ("the title states no year").
        ReportImport import = Read(Replace(Text(), Base().Title!, printed));

        Assert.Equal((title, 2022, agency), (import.Report.Title, import.Report.Year, import.Report.Agency.Name));
        Assert.Equal(Base() with { Title = title, Agency = new Agency { Name = agency } }, import.Report);
        Assert.Empty(import.Findings);
    }

    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至2023年12月31日）")] // a period across two years
    [InlineData("测试县教育局政府信息公开工作年度报告\n（2022年7月1日至2023年6月30日）")]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日起）")] // no end: not a period
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日至2022年12月31日）说明")] // words after the brackets
    public void A_period_that_states_no_one_year_gives_a_title_none(string printed)
    {
        DocumentReadException refused = Assert.Throws<DocumentReadException>(() => Read(Replace(Text(), Base().Title!, printed)));

        Assert.Contains("states no year", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_across_two_years_is_read_with_the_year_given()
    {
        ReportImport import = Read(Replace(Text(), Base().Title!, "测试县教育局政府信息公开工作年度报告（2022年7月1日至2023年6月30日）"), new ImportOptions { Year = 2022, AgencyName = "测试县教育局" });

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }

    [Theory]
    [InlineData("（2022年1月1日至2022年12月31日）")]
    [InlineData("（2022年度）")]
    public void An_articles_title_below_a_sites_heading_with_its_year_alone_on_the_next_line_is_the_title(string yearLine)
    {
        // The thirty-eighth session's review: the article's own title under a site's heading (GID517) took no year line
        // below it, so its two lines were read as the overview's first paragraphs.
        ReportImport import = Read(Replace(Text(), Base().Title!, $"测试县教育局2022年政府信息公开工作年度报告\n测试县教育局政府信息公开工作年度报告\n{yearLine}"));

        Assert.Equal("测试县教育局政府信息公开工作年度报告" + yearLine, import.Report.Title);
        Assert.Equal(Base().Overview, import.Report.Overview);
        Assert.Equal("GID517", Assert.Single(import.Findings).Code);
    }

    [Fact]
    public void A_joined_paragraphs_quotes_split_no_character_past_the_basic_plane()
    {
        // The thirty-eighth session's review: GID513 quotes the last eight code units of a paragraph and the first eight of
        // the next; a picture font's mark read as 🗸 (two code units) across either cut was split in half.
        string first = new string('字', 25) + "🗸" + new string('字', 7);
        const string Next = "第二段落的文字🗸继续。";

        ReportImport import = Read(Replace(Replace(Text(), "本年主动公开信息100条。", first), "第二段。", Next));

        Assert.Equal([first + Next], import.Report.Overview!.Select(p => p.Text));
        Diagnostic joined = Assert.Single(import.Findings);
        Assert.Equal(Rules.ParagraphJoined.Code, joined.Code);
        Assert.Contains("🗸字字字字字字字", joined.Message, StringComparison.Ordinal);
        Assert.Contains("第二段落的文字🗸", joined.Message, StringComparison.Ordinal);
    }
}
