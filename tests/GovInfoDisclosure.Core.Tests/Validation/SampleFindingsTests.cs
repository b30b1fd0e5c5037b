using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Validation;

/// <summary>The findings a careful reader of each published report lists, each with its reason.</summary>
public class SampleFindingsTests
{
    [Fact]
    public void Linqiu_Wuling_2022_has_an_outcome_total_of_zero_over_four_partial_disclosures()
    {
        ValidationResult result = ReportValidator.Default.Validate(TestReports.Sample(TestReports.Linqiu));

        Assert.Equal(
            [
                // （二）部分公开 is 自然人 4 / 总计 4, but （七）总计 is printed all 0.
                ("GID102", "/applications/outcomes/total/naturalPerson", 4m, 0m),
                ("GID102", "/applications/outcomes/total/total", 4m, 0m),

                // 一、总体情况 says "2022年共依法依规办理依申请公开4件" against （七）总计 0.
                ("GID201", "/applications/outcomes/total/total", 4m, 0m),

                // Section 六 is "无。": no word on the 信息处理费.
                ("GID206", "/otherMatters", (decimal?)null, (decimal?)null),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Path, d.Expected, d.Actual)));
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Yanshi_Jinshi_2022_has_one_blank_cell_in_the_outcome_total()
    {
        ValidationResult result = ReportValidator.Default.Validate(TestReports.Sample(TestReports.Yanshi));

        // The row （七）总计 prints six numbers where there are seven columns: 自然人 is blank. Everything else is 0 and
        // consistent; the narrative's "收到依申请公开申请事项0件" agrees with the table; section 六 states the fee.
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("GID001", "/applications/outcomes/total/naturalPerson"), (d.Code, d.Path));
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Laiyuan_2022_misstates_the_applications_received_and_prints_the_old_other_handling_row()
    {
        ValidationResult result = ReportValidator.Default.Validate(TestReports.Sample(TestReports.Laiyuan));

        string[] blanks = [.. new[] { "noCorrection", "feeUnpaid" }.SelectMany(row =>
            new[] { "naturalPerson", "commercialEnterprise", "researchInstitution", "publicInterestOrganization", "legalServiceProvider", "otherOrganization", "total" }
                .Select(column => $"/applications/outcomes/otherHandling/{row}/{column}"))];
        Assert.Equal(
            [
                // （六）其他处理 is printed as one row (the older layout): its sub-rows 1 and 2 do not exist, 14 blank cells.
                .. blanks.Select(p => ("GID001", p, (decimal?)null, (decimal?)null)),

                // "2022年，接到依申请公开事项1项" while the table received 7 (6 自然人, 1 社会公益组织), none carried over.
                ("GID201", "/applications/received/total", 1m, 7m),

                // 一、总体情况 runs to well over 1,000 characters.
                ("GID207", "/overview", 1000m, 1236m),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Path, d.Expected, d.Actual)));
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Shouyang_market_regulation_2019_in_the_2019_edition_misadds_a_row_and_misstates_what_it_received()
    {
        ValidationResult result = ReportValidator.Default.Validate(TestReports.Sample(TestReports.Shouyang2019));

        Assert.Equal(
            [
                // （一）予以公开: 自然人 5, 商业企业 2, 法律服务机构 1 add up to 8; its 总计 is printed 7.
                ("GID101", "/applications/outcomes/disclosed/total", 8m, 7m),

                // The 19 outcome rows' totals (with that 7) add up to 13; （七）总计 · 总计 is printed 14.
                ("GID102", "/applications/outcomes/total/total", 13m, 14m),

                // 一、总体情况: "共收到政府信息公开申请16件，上年结转1件", while the table received 13 and carried over 1
                // (neither 13 nor 14 is 16).
                ("GID201", "/applications/received/total", 16m, 13m),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Path, d.Expected, d.Actual)));

        // A 2019-edition report on 2019: the edition fits the year (no GID205), and section 六 of this edition asks for no
        // statement of the 信息处理费 (no GID206).
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "GID205" or "GID206");
    }

    [Fact]
    public void Ningxiang_natural_resources_2020_in_the_2019_edition_misadds_a_row_and_misstates_what_it_received()
    {
        ValidationResult result = ReportValidator.Default.Validate(TestReports.Sample(TestReports.Ningxiang2020));

        Assert.Equal(
            [
                // （四）无法提供 · 1.本机关不掌握相关政府信息: 6 + 1 + 1 = 8 applicants, 总计 printed 7.
                ("GID101", "/applications/outcomes/unableToProvide/notHeld/total", 8m, 7m),

                // The outcome rows' totals add up to 36 with that 7; （七）总计 · 总计 is printed 37.
                ("GID102", "/applications/outcomes/total/total", 36m, 37m),

                // "全年共收到政府信息公开申请39件，上年结转3件": the table received 37 and carried over 3 (37 or 40, not 39).
                ("GID201", "/applications/received/total", 39m, 37m),
            ],
            result.Diagnostics.Select(d => (d.Code, d.Path, d.Expected, d.Actual)));
    }
}
