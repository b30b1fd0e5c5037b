using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;
using Xunit;

namespace GovInfoDisclosure.Core.Tests.Documents;

public partial class LayoutReaderTests
{
    [Fact]
    public void A_period_across_two_years_is_read_with_the_year_given()
    {
        ReportImport import = Read(Replace(Text(), Base().Title!, "测试县教育局政府信息公开工作年度报告（2022年7月1日至2023年6月30日）"), new ImportOptions { Year = 2022, AgencyName = "测试县教育局" });

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }

    [Theory]
    [InlineData("测试县教育局2023年政府信息公开工作年度报告（2022年1月1日至2022年12月31日）")] // a year and a period that disagree
    [InlineData("测试县教育局2022年至2023年政府信息公开工作年度报告")] // a span, 至
    [InlineData("测试县教育局2022-2023年度政府信息公开工作年度报告")] // a span, a dash
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年7月1日至次年6月30日）")] // the next year unnamed
    [InlineData("测试县教育局政府信息公开工作年度报告（2022.7.1-2023.6.30）")]
    [InlineData("测试县教育局2023年政府信息公开工作年度报告（2022）")] // a year and a year in brackets
    public void A_title_naming_two_years_is_refused_naming_both(string title)
    {
        // The thirty-ninth session's review: a year before the words and a period after them that disagree were read as
        // the first year, and a span of years as its second, without a word.
        DocumentReadException refused = Assert.Throws<DocumentReadException>(() => Read(Replace(Text(), Base().Title!, title)));

        Assert.Contains("the title states no year (it names 2022 and 2023)", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年一至十二月）")] // months in Chinese numerals joined by 至
    [InlineData("测试县教育局政府信息公开工作年度报告（2022年1月1日\u22122022年12月31日）")] // a minus sign for the dash
    [InlineData("测试县教育局政府信息公开工作年度报告【自2022年1月至12月】")]
    public void A_period_within_one_year_in_other_wordings_names_the_year(string title)
    {
        ReportImport import = Read(Replace(Text(), Base().Title!, title));

        Assert.Equal((title, 2022, "测试县教育局"), (import.Report.Title, import.Report.Year, import.Report.Agency.Name));
        Assert.Empty(import.Findings);
    }

    [Fact]
    public void A_span_of_years_is_not_the_agencys_name_with_the_year_given()
    {
        ReportImport import = Read(Replace(Text(), Base().Title!, "测试县教育局2022—2023年度政府信息公开工作年度报告"), new ImportOptions { Year = 2022 });

        Assert.Equal((2022, "测试县教育局"), (import.Report.Year, import.Report.Agency.Name));
    }

    [Theory]
    [InlineData("（2022年1月1日至2022年12月31日）")]
    [InlineData("（2022年度）")]
    [InlineData("（2022.1.1-2022.12.31）")]
    public void An_articles_title_below_a_sites_heading_with_its_year_alone_on_the_next_line_is_the_title(string yearLine)
    {
        // The thirty-eighth session's review: the article's own title under a site's heading (GID517) took no year line
        // below it, so its two lines were read as the overview's first paragraphs.
        ReportImport import = Read(Replace(Text(), Base().Title!, $"测试县教育局2022年政府信息公开工作年度报告\n测试县教育局政府信息公开工作年度报告\n{yearLine}"));

        Assert.Equal("测试县教育局政府信息公开工作年度报告" + yearLine, import.Report.Title);
        Assert.Equal(Base().Overview, import.Report.Overview);
        Assert.Equal("GID517", Assert.Single(import.Findings).Code);
    }

    [Theory]
    [InlineData("（2022.1.1-2022.12.31）")]
    [InlineData("（2022年1月1日至2022年12月31日）")]
    public void An_articles_title_below_a_sites_heading_ending_with_its_period_is_the_title(string period)
    {
        // A period in dates ends the article's title on its own line: its dots are no sentence's full stops.
        ReportImport import = Read(Replace(Text(), Base().Title!, $"测试县教育局2022年政府信息公开工作年度报告\n测试县教育局政府信息公开工作年度报告{period}"));

        Assert.Equal("测试县教育局政府信息公开工作年度报告" + period, import.Report.Title);
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
