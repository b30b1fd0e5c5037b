using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Validation;

/// <summary>For every per-report rule, a report that passes it and one that breaks it, with the exact path.</summary>
public class ReportValidatorTests
{
    private static readonly ReportValidator Validator = ReportValidator.Default;

    [Fact]
    public void A_built_report_has_no_finding()
    {
        ValidationResult result = Validator.Validate(TestReports.Valid());

        Assert.True(result.IsValid);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void GID001_reports_each_blank_cell_once_and_no_sum_rule_fires()
    {
        AnnualReport report = TestReports.Valid();
        report = report with
        {
            Applications = report.Applications with { Received = report.Applications.Received with { CommercialEnterprise = null } },
            ProactiveDisclosure = report.ProactiveDisclosure with { Fees = new FeeAmount { Amount = null } },
        };

        ValidationResult result = Validator.Validate(report);

        Assert.Collection(
            result.Diagnostics,
            d => AssertFinding(d, "GID001", Severity.Warning, "/proactiveDisclosure/fees/amount"),
            d => AssertFinding(d, "GID001", Severity.Warning, "/applications/received/commercialEnterprise"));
        Assert.True(result.IsValid);
        Assert.Contains("商业企业", result.Diagnostics[1].MessageZh);
    }

    [Fact]
    public void GID101_reports_a_row_total_that_misses_a_column()
    {
        AnnualReport report = TestReports.ValidWith(ApplicationRow.NotHeld, ApplicantColumn.Total, 2);

        Diagnostic d = Single(report, "GID101");

        AssertFinding(d, "GID101", Severity.Error, "/applications/outcomes/unableToProvide/notHeld/total", expected: 1, actual: 2);
        Assert.Equal(7, d.Cells.Length);
        Assert.Contains("1.本机关不掌握相关政府信息", d.Message);
        Assert.Contains("（四）无法提供 · 1.本机关不掌握相关政府信息：总计为2，但六类申请人之和为1。", d.MessageZh);
    }

    [Fact]
    public void GID102_reports_an_outcome_total_that_misses_a_row_in_each_column()
    {
        AnnualReport report = TestReports.ValidBuilder().Row(ApplicationRow.OutcomesTotal, naturalPerson: 2, commercialEnterprise: 1, total: 3).Build();

        ValidationResult result = Validator.Validate(report);

        Diagnostic[] gid102 = [.. result.Diagnostics.Where(d => d.Code == "GID102")];
        Assert.Equal(2, gid102.Length);
        AssertFinding(gid102[0], "GID102", Severity.Error, "/applications/outcomes/total/naturalPerson", expected: 3, actual: 2);
        AssertFinding(gid102[1], "GID102", Severity.Error, "/applications/outcomes/total/total", expected: 4, actual: 3);
        Assert.Equal(22, gid102[0].Cells.Length);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void GID103_reports_a_column_that_does_not_balance_at_carried_forward()
    {
        AnnualReport report = TestReports.ValidBuilder().Row(ApplicationRow.CarriedForward, naturalPerson: 0, total: 0).Build();

        ValidationResult result = Validator.Validate(report);

        Diagnostic[] gid103 = [.. result.Diagnostics.Where(d => d.Code == "GID103")];
        Assert.Equal(2, gid103.Length);
        AssertFinding(gid103[0], "GID103", Severity.Error, "/applications/carriedForward/naturalPerson", expected: 1, actual: 0);
        AssertFinding(gid103[1], "GID103", Severity.Error, "/applications/carriedForward/total", expected: 1, actual: 0);
    }

    [Fact]
    public void GID104_reports_a_block_total_of_section_four()
    {
        AnnualReport report = TestReports.ValidBuilder().Cases(CaseBlock.LitigationAfterReview, upheld: 1, pending: 1, total: 1)
            .WithOverview("2022年，我镇收到依申请公开申请事项5件。").Build();

        Diagnostic d = Single(report, "GID104");

        AssertFinding(d, "GID104", Severity.Error, "/reviewAndLitigation/litigationAfterReview/total", expected: 2, actual: 1);
        Assert.Contains("复议后起诉", d.MessageZh);
    }

    [Fact]
    public void GID105_reports_fewer_documents_in_force_than_issued_and_not_abolished()
    {
        AnnualReport report = TestReports.ValidBuilder().NormativeDocuments(issued: 5, abolished: 1, inForce: 3).Build();

        Diagnostic d = Single(report, "GID105");

        AssertFinding(d, "GID105", Severity.Error, "/proactiveDisclosure/normativeDocuments/inForce", expected: 4, actual: 3);
    }

    [Fact]
    public void GID105_accepts_more_in_force_than_issued_this_year()
    {
        AnnualReport report = TestReports.ValidBuilder().Regulations(issued: 1, abolished: 0, inForce: 40).Build();

        Assert.DoesNotContain(Validator.Validate(report).Diagnostics, d => d.Code == "GID105");
    }

    [Fact]
    public void GID201_reports_a_received_count_that_differs_from_the_table()
    {
        AnnualReport report = TestReports.ValidBuilder().WithOverview("2022年，接到依申请公开事项1项。").Build();

        Diagnostic d = Single(report, "GID201");

        AssertFinding(d, "GID201", Severity.Warning, "/applications/received/total", expected: 1, actual: 5);
        Assert.Contains("接到依申请公开事项1项", d.Message);
    }

    [Fact]
    public void GID201_accepts_a_received_count_that_includes_the_carried_over_ones()
    {
        AnnualReport report = TestReports.ValidBuilder().CarriedOver(naturalPerson: 2).WithOverview("全年共收到政府信息公开申请7件。").Build();

        Assert.DoesNotContain(Validator.Validate(report).Diagnostics, d => d.Code == "GID201");
    }

    [Fact]
    public void GID201_reports_a_handled_count_in_Chinese_numerals_that_differs_from_the_outcome_total()
    {
        AnnualReport report = TestReports.ValidBuilder().WithOverview("2022年共依法依规办理依申请公开十二件。").Build();

        Diagnostic d = Single(report, "GID201");

        AssertFinding(d, "GID201", Severity.Warning, "/applications/outcomes/total/total", expected: 12, actual: 4);
        Assert.Contains("但表格中（七）总计 · 总计为4", d.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void GID202_reports_no_lawsuit_stated_while_section_four_has_one()
    {
        AnnualReport report = TestReports.ValidBuilder().Cases(CaseBlock.LitigationWithoutReview, pending: 1).Build();

        Diagnostic d = Single(report, "GID202");

        AssertFinding(d, "GID202", Severity.Warning, "/reviewAndLitigation/litigationWithoutReview/total", expected: 0, actual: 1);
    }

    [Fact]
    public void GID201_and_GID202_ignore_cases_filed_for_the_record_across_a_city()
    {
        // The city's 四 table counts the cases where the reporting bodies were respondents: 170 reviews, 77 lawsuits.
        AnnualReport report = TestReports.ValidBuilder()
            .WithOverview("2022年，我市收到依申请公开申请事项5件。", "全市全年备案政府信息依申请公开领域行政复议案件134件，行政诉讼案件57件。")
            .Cases(CaseBlock.Review, upheld: 170).Cases(CaseBlock.LitigationWithoutReview, upheld: 77)
            .Build();

        Assert.DoesNotContain(Validator.Validate(report).Diagnostics, d => d.Code is "GID201" or "GID202");
    }

    [Fact]
    public void GID201_still_compares_the_bodys_own_cases_stated_after_the_filings()
    {
        AnnualReport report = TestReports.ValidBuilder()
            .WithOverview("全市全年备案政府信息依申请公开领域行政复议案件134件，行政诉讼案件57件。本机关被申请行政复议2件。")
            .Cases(CaseBlock.Review, upheld: 170)
            .Build();

        Diagnostic d = Single(report, "GID201");

        AssertFinding(d, "GID201", Severity.Warning, "/reviewAndLitigation/review/total", expected: 2, actual: 170);
    }

    [Fact]
    public void GID202_accepts_no_case_stated_when_section_four_has_none()
    {
        Assert.DoesNotContain(Validator.Validate(TestReports.Valid()).Diagnostics, d => d.Code == "GID202");
    }

    [Theory]
    [InlineData("2023-02-01", "GID203", Severity.Warning)]
    [InlineData("2022-12-31", "GID204", Severity.Error)]
    [InlineData("2022-06-30", "GID204", Severity.Error)]
    public void Publication_dates_outside_the_window_are_reported(string date, string code, Severity severity)
    {
        AnnualReport report = TestReports.ValidBuilder().PublishedOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Build();

        Diagnostic d = Single(report, code);

        AssertFinding(d, code, severity, "/publishedOn");
        Assert.Contains(date, d.Message);
    }

    [Fact]
    public void GID203_a_county_report_published_on_15_March_is_on_time()
    {
        AnnualReport report = TestReports.ValidBuilder().ForAgency("涞源县人民政府", "河北省保定市涞源县").PublishedOn(new DateOnly(2023, 3, 15)).Build();

        Assert.Empty(Validator.Validate(report).Diagnostics);
    }

    [Fact]
    public void GID203_a_county_report_published_on_2_April_is_late_by_31_March_inferred_from_its_name()
    {
        AnnualReport report = TestReports.ValidBuilder().ForAgency("涞源县人民政府", "河北省保定市涞源县").PublishedOn(new DateOnly(2023, 4, 2)).Build();

        Diagnostic d = Single(report, "GID203");

        AssertFinding(d, "GID203", Severity.Warning, "/publishedOn");
        Assert.Equal(
            "Published on 2023-04-02, after the statutory deadline 2023-03-31: a local government's report on its whole area (本级政府年度报告) "
            + "is due by 31 March of the following year (kind inferred from the agency's name ending in 县人民政府).",
            d.Message);
        Assert.Equal("发布日期2023-04-02晚于法定期限2023-03-31：本级政府年度报告应于次年3月31日前发布（报告类型按机关名称以“县人民政府”结尾推断）。", d.MessageZh);
    }

    [Fact]
    public void GID203_a_town_report_published_on_10_February_is_late_by_31_January_inferred_from_its_name()
    {
        AnnualReport report = TestReports.ValidBuilder().ForAgency("武灵镇人民政府", "山西省大同市灵丘县武灵镇").PublishedOn(new DateOnly(2023, 2, 10)).Build();

        Diagnostic d = Single(report, "GID203");

        AssertFinding(d, "GID203", Severity.Warning, "/publishedOn");
        Assert.Contains("2023-01-31", d.Message);
        Assert.Contains("31 January", d.Message);
        Assert.Contains("ending in 镇人民政府", d.Message);
        Assert.Contains("次年1月31日", d.MessageZh);
    }

    [Fact]
    public void GID203_a_given_kind_overrides_the_name_both_ways()
    {
        AnnualReport county = TestReports.ValidBuilder().ForAgency("涞源县人民政府").PublishedOn(new DateOnly(2023, 3, 15)).Build();
        AnnualReport town = TestReports.ValidBuilder().ForAgency("武灵镇人民政府").PublishedOn(new DateOnly(2023, 3, 15)).Build();

        Diagnostic countyAsAgency = Single(county with { Kind = ReportKind.Agency }, "GID203");
        Assert.Contains("2023-01-31", countyAsAgency.Message);
        Assert.Contains("kind given in the document", countyAsAgency.Message);
        Assert.Contains("报告类型由文档给出", countyAsAgency.MessageZh);

        Assert.Contains(Validator.Validate(town).Diagnostics, d => d.Code == "GID203");
        Assert.DoesNotContain(Validator.Validate(town with { Kind = ReportKind.Government }).Diagnostics, d => d.Code == "GID203");
    }

    [Fact]
    public void GID203_a_government_report_on_31_March_is_on_time_and_on_1_April_is_late()
    {
        AnnualReportBuilder builder = TestReports.ValidBuilder().ForAgency("平潭综合实验区");

        Assert.DoesNotContain(Validator.Validate(builder.PublishedOn(new DateOnly(2023, 3, 31)).Build()).Diagnostics, d => d.Code == "GID203");
        Assert.Contains("ending in 实验区", Single(builder.PublishedOn(new DateOnly(2023, 4, 1)).Build(), "GID203").Message);
    }

    [Theory]
    [InlineData("2023-01-01")]
    [InlineData("2023-01-31")]
    public void Publication_dates_inside_the_window_pass(string date)
    {
        AnnualReport report = TestReports.ValidBuilder().PublishedOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Build();

        Assert.Empty(Validator.Validate(report).Diagnostics);
    }

    [Fact]
    public void GID205_reports_the_2021_edition_for_a_year_before_2021()
    {
        AnnualReport report = TestReports.ValidBuilder().ForYear(2020).PublishedOn(new DateOnly(2021, 1, 15)).Build();

        AssertFinding(Single(report, "GID205"), "GID205", Severity.Warning, "/edition");
    }

    [Fact]
    public void GID206_reports_a_report_silent_on_the_information_processing_fee()
    {
        AnnualReport report = TestReports.ValidBuilder().WithInformationProcessingFee(null).WithOtherMatters("无。").Build();

        AssertFinding(Single(report, "GID206"), "GID206", Severity.Warning, "/otherMatters");
    }

    [Theory]
    [InlineData("2022年未收取信息处理费。")]
    [InlineData("按照《政府信息公开信息处理费管理办法》规定，2022年我单位未收取政府信息公开处理费。")]
    public void GID206_accepts_a_fee_statement_in_section_six(string text)
    {
        AnnualReport report = TestReports.ValidBuilder().WithInformationProcessingFee(null).WithOtherMatters(text).Build();

        Assert.DoesNotContain(Validator.Validate(report).Diagnostics, d => d.Code == "GID206");
    }

    [Fact]
    public void GID207_reports_an_overview_over_a_thousand_characters()
    {
        AnnualReport report = TestReports.ValidBuilder().WithOverview(new string('政', 1001)).Build();

        AssertFinding(Single(report, "GID207"), "GID207", Severity.Info, "/overview", expected: 1000, actual: 1001);
        Assert.Empty(Validator.Validate(TestReports.ValidBuilder().WithOverview(new string('政', 1000)).Build()).Diagnostics);
    }

    [Fact]
    public void Sums_are_exact_with_cells_at_int_MaxValue()
    {
        ApplicantBreakdown max = ApplicantBreakdown.FromCells([int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue]);
        AnnualReport report = TestReports.Valid();
        report = report with { Applications = report.Applications with { Received = max } };

        Diagnostic d = Single(report, "GID101");

        Assert.Equal(6m * int.MaxValue, d.Expected);
        Assert.Equal(int.MaxValue, d.Actual);
    }

    [Fact]
    public void Rules_can_be_turned_off_and_severities_overridden()
    {
        AnnualReport report = TestReports.ValidBuilder().PublishedOn(new DateOnly(2023, 3, 1)).WithOverview(new string('政', 1001)).Build();
        var validator = new ReportValidator(ValidatorOptions.Default.Disable("GID207").WithSeverity("GID203", Severity.Error));

        ValidationResult result = validator.Validate(report);

        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("GID203", d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void An_unknown_code_in_the_options_is_refused()
    {
        Assert.ThrowsAny<ArgumentException>(() => ValidatorOptions.Default.Disable("GID999"));
    }

    [Fact]
    public void A_custom_rule_runs_after_the_built_in_ones()
    {
        var validator = new ReportValidator(ValidatorOptions.Default.AddRule(new NoLicensingRule()));
        AnnualReport report = TestReports.ValidBuilder().Licensing(0).WithOverview(new string('政', 1001)).Build();

        ValidationResult result = validator.Validate(report);

        Assert.Equal(["GID207", "ACME001"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal("Licensing decisions are 0.", result.Diagnostics[1].Message);
    }

    [Fact]
    public void A_custom_rule_cannot_take_a_built_in_code()
    {
        Assert.ThrowsAny<ArgumentException>(() => ValidatorOptions.Default.AddRule(new NoLicensingRule("GID101")));
    }

    [Fact]
    public void Findings_come_in_catalogue_order_then_document_order_and_are_the_same_on_every_run()
    {
        AnnualReport sample = TestReports.Sample(TestReports.Laiyuan);

        ValidationResult first = Validator.Validate(sample);
        ValidationResult second = Validator.Validate(sample);

        Assert.Equal(first.Diagnostics.Length, second.Diagnostics.Length);
        for (int i = 0; i < first.Diagnostics.Length; i++)
        {
            Assert.True(first.Diagnostics[i].Equals(second.Diagnostics[i]), $"finding {i} differs: {first.Diagnostics[i]}");
        }

        int[] order = [.. first.Diagnostics.Select(d => Rules.All.IndexOf(d.Rule))];
        Assert.Equal(order.Order(), order);
        Assert.Equal(first.Diagnostics.Select(d => d.Fingerprint), second.Diagnostics.Select(d => d.Fingerprint));
    }

    [Fact]
    public void Fingerprints_differ_when_the_values_differ()
    {
        Diagnostic a = Single(TestReports.ValidWith(ApplicationRow.NotHeld, ApplicantColumn.Total, 2), "GID101");
        Diagnostic b = Single(TestReports.ValidWith(ApplicationRow.NotHeld, ApplicantColumn.Total, 3), "GID101");

        Assert.NotEqual(a.Fingerprint, b.Fingerprint);
        Assert.Matches("^[0-9a-f]{16}$", a.Fingerprint);
    }

    [Fact]
    public void Validating_a_valid_report_allocates_nothing()
    {
        AnnualReport report = TestReports.Valid();
        ValidationResult result = Validator.Validate(report);

        long allocated = Allocations.Fewest(() => result = Validator.Validate(report));

        Assert.True(result.IsValid);
        Assert.Equal(0, allocated);
    }

    internal static void AssertFinding(Diagnostic d, string code, Severity severity, string path, decimal? expected = null, decimal? actual = null)
    {
        Assert.Equal(code, d.Code);
        Assert.Equal(severity, d.Severity);
        Assert.Equal(path, d.Path);
        if (expected is not null || actual is not null)
        {
            Assert.Equal(expected, d.Expected);
            Assert.Equal(actual, d.Actual);
            Assert.Contains(path, d.Cells);
        }

        Assert.DoesNotContain("{", d.Message);
        Assert.DoesNotContain("{", d.MessageZh);
    }

    private static Diagnostic Single(AnnualReport report, string code)
    {
        ValidationResult result = Validator.Validate(report);
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }

    private sealed class NoLicensingRule(string code = "ACME001") : IReportRule
    {
        public RuleDescriptor Descriptor { get; } = new(
            code, Severity.Warning, RuleScope.Report, "No licensing", "无行政许可", "Flags zero licensing decisions.", "行政许可为0。",
            "Licensing decisions are {count}.", "行政许可决定为{count}。");

        public void Check(AnnualReport report, ref DiagnosticCollector diagnostics)
        {
            if (report.ProactiveDisclosure.Licensing.Decisions == 0)
            {
                diagnostics.Report(Descriptor, "/proactiveDisclosure/licensing/decisions", arguments: [new("count", 0)]);
            }
        }
    }
}
