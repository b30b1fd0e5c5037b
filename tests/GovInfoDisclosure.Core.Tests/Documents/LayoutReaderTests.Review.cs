using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>
/// The review of issue 10's thirtieth session's last reader commits: each test failed on the build it read (5cfcd93).
/// </summary>
public partial class LayoutReaderTests
{
    [Fact]
    public void Tab_indented_paragraphs_separated_by_blank_lines_are_the_section_s_text()
    {
        ReportImport import = Read(Replace(Text(), "问题。", "\t问题一，已整改。\n\n\t问题二，正在整改。"));

        Assert.Equal(["问题一，已整改。", "问题二，正在整改。"], import.Report.ProblemsAndImprovements?.Select(p => p.Text) ?? []);
    }

    [Theory]
    [InlineData("120件")]
    [InlineData("120项")]
    public void A_one_row_tab_table_printing_a_count_with_its_unit_is_read(string value)
    {
        string text = Replace(Text(), "\t第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t120\n\t第二十条第（六）项",
            "第二十条第（五）项\n信息内容　本年处理决定数量\n行政许可\t" + value + "\n第二十条第（六）项");

        ReportImport import = Read(text);

        Assert.Equal(120, import.Report.ProactiveDisclosure.Licensing.Decisions);
        Assert.Equal([Rules.NumberWithUnit.Code], import.Findings.Select(d => d.Code));
    }

    [Fact]
    public void A_labelled_date_footer_after_the_closing_date_does_not_replace_it()
    {
        ReportImport import = Read(Replace(Text(), "测试县\n2023年1月20日", "测试县\n2023年1月20日\n发布日期：2023年1月25日"));

        Assert.Equal(new DateOnly(2023, 1, 20), import.Report.PublishedOn);
        Assert.Equal(Base().OtherMatters, import.Report.OtherMatters);
        Assert.Contains(import.Findings, d => d.Code == Rules.TextAfterClosing.Code);
    }

    [Theory]
    [InlineData("时间：2022年1月1日起至2022年12月31日")]
    [InlineData("时间：2022年1月1日起到12月31日")]
    [InlineData("上一篇：测试县2021年年报　发布日期：2022-01-20")]
    public void A_period_or_another_page_s_date_before_section_one_is_not_the_page_s_date(string paragraph)
    {
        string title = "测试县2022年政府信息公开工作年度报告";

        ReportImport import = Read(Replace(Text(Base() with { PublishedOn = null }), title + "\n", title + "\n" + paragraph + "\n"));

        Assert.Null(import.Report.PublishedOn);
    }

    [Theory]
    [InlineData("发布时间：2023-01-18 - 来源：县政府办")]
    [InlineData("发布日期：2023年01月18日 — 浏览次数：12")]
    public void A_header_line_with_a_dash_between_its_fields_is_the_page_s_date(string line)
    {
        string title = "测试县2022年政府信息公开工作年度报告";

        ReportImport import = Read(Replace(Text(Base() with { PublishedOn = null }), title + "\n", title + "\n" + line + "\n"));

        Assert.Equal(new DateOnly(2023, 1, 18), import.Report.PublishedOn);
        Assert.Equal(Base().Overview, import.Report.Overview);
    }

    [Theory]
    [InlineData("标题：测试县2022年政府信息公开工作年度报告")] // a page's metadata line, the title's only copy
    [InlineData("测试县人民政府:2022年政府信息公开工作年度报告")]
    public void A_title_holding_a_colon_still_gives_the_year(string line)
    {
        string title = "测试县2022年政府信息公开工作年度报告";

        ReportImport import = Read(Replace(Text(), title + "\n", line + "\n"));

        Assert.Equal(2022, import.Report.Year);
    }

    [Fact]
    public void A_near_label_printing_only_dashes_is_its_row_not_said_unprinted()
    {
        string text = ReplaceRow(Relabel(Text(), "（七）总计", "（七）合计"), "（七）合计", "—", "—", "—", "—", "—", "—", "—");

        ReportImport import = Read(text);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.RowNotFound.Code);
        Assert.Contains(import.Findings, d => d.Code == Rules.LabelVariant.Code);
    }

    [Fact]
    public void A_header_naming_yen_in_a_note_does_not_blank_the_amount()
    {
        string text = Replace(Text(), "信息内容\t本年收费金额（单位：万元）", "信息内容（日元汇率不适用）\t收费金额");

        ReportImport import = Read(text);

        Assert.DoesNotContain(import.Findings, d => d.Code == Rules.AmountUnitNotRead.Code);
    }

    [Theory]
    [InlineData("收费单元")]
    [InlineData("项目（元旦）")]
    public void A_header_word_holding_yuan_does_not_convert_the_amount(string first)
    {
        string text = Replace(Text(), "信息内容\t本年收费金额（单位：万元）", first + "\t收费金额");

        ReportImport import = Read(text);

        Assert.Equal(18.25m, import.Report.ProactiveDisclosure.Fees.Amount);
    }

    [Theory]
    [InlineData(TextPrinter.Style.CellLines)]
    [InlineData(TextPrinter.Style.TabRows)]
    public void Section_four_s_table_left_blank_in_text_is_a_table_read_as_blank(TextPrinter.Style style)
    {
        // The first fix of the first defect above made every text table printing no value paragraphs: 四's header over a
        // row its agency left blank was then "not found" (GID502). Rows of several cells stay a table. As tab rows the
        // blank row is a line of tabs alone: a row of empty cells after a table's row (was a blank line, and 四 not found,
        // until the thirty-first session).
        AnnualReport report = Base() with { ReviewAndLitigation = new ReviewAndLitigation { Review = CaseOutcomes.Blank, LitigationWithoutReview = CaseOutcomes.Blank, LitigationAfterReview = CaseOutcomes.Blank } };

        ReportImport import = Read(Text(report, style));

        Assert.Equal(report.ReviewAndLitigation, import.Report.ReviewAndLitigation);
        Assert.DoesNotContain(import.Findings, d => d.Code is "GID501" or "GID502");
    }
}
