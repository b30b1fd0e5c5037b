using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Validation;

/// <summary>Faults a review found, each pinned by a test that failed before its fix.</summary>
public class ReviewRegressionTests
{
    [Theory]
    [InlineData("18.250000000000000000000000000001")]
    [InlineData("1e-30")]
    [InlineData("123456789012345678901234567890")]
    public void An_amount_a_decimal_cannot_hold_exactly_is_refused_not_rounded(string amount)
    {
        string json = AnnualReportJson.ToJson(TestReports.Valid()).Replace("\"amount\": 18.25", "\"amount\": " + amount, StringComparison.Ordinal);

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Equal("$.proactiveDisclosure.fees.amount", ex.JsonPath);
    }

    [Theory]
    [InlineData("18.250", 18.250)]
    [InlineData("1.8250e1", 18.25)]
    [InlineData("0.000001", 0.000001)]
    [InlineData("0", 0)]
    public void An_amount_a_decimal_holds_exactly_is_read(string amount, double expected)
    {
        string json = AnnualReportJson.ToJson(TestReports.Valid()).Replace("\"amount\": 18.25", "\"amount\": " + amount, StringComparison.Ordinal);

        Assert.Equal((decimal)expected, AnnualReportJson.Parse(json).ProactiveDisclosure.Fees.Amount);
    }

    [Fact]
    public void A_blank_carried_over_does_not_make_GID201_fire()
    {
        AnnualReport report = TestReports.ValidWith(ApplicationRow.CarriedOver, ApplicantColumn.Total, null)
            .ToBuilder().Build() with { Overview = Narrative.FromText("全年共收到政府信息公开申请7件。") };
        report = report with { Applications = report.Applications with { CarriedOver = report.Applications.CarriedOver with { Total = null } } };

        ValidationResult result = ReportValidator.Default.Validate(report);

        Assert.Equal(["GID001"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Findings_are_in_catalogue_order_whatever_the_text_order_and_a_repeated_sentence_counts_once()
    {
        AnnualReport report = TestReports.ValidBuilder()
            .Cases(CaseBlock.Review, pending: 1)
            .WithOverview("全年未发生行政复议案件。")
            .WithOtherMatters("2022年收到依申请公开申请事项9件。", "2022年收到依申请公开申请事项9件。")
            .Build();

        ValidationResult result = ReportValidator.Default.Validate(report);

        Assert.Equal(["GID201", "GID202"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Findings_within_a_rule_are_in_the_document_order()
    {
        AnnualReport report = TestReports.ValidBuilder()
            .WithOverview("2022年共依法依规办理依申请公开9件。")
            .WithOtherMatters("2022年收到依申请公开申请事项9件。")
            .Build();

        ValidationResult result = ReportValidator.Default.Validate(report);

        Assert.Equal(["/applications/received/total", "/applications/outcomes/total/total"], result.Diagnostics.Select(d => d.Path));
    }

    [Fact]
    public void Claims_beyond_the_buffer_of_a_paragraph_are_still_checked()
    {
        string many = string.Concat(Enumerable.Repeat("2022年收到依申请公开申请事项5件。", 40)) + "2022年共依法依规办理依申请公开9件。";
        AnnualReport report = TestReports.ValidBuilder().WithOverview(many).Build();

        Diagnostic d = Assert.Single(ReportValidator.Default.Validate(report).Diagnostics);

        Assert.Equal(("GID201", "/applications/outcomes/total/total"), (d.Code, d.Path));
    }

    [Fact]
    public void GID202_reports_cases_stated_where_the_table_has_none()
    {
        AnnualReport report = TestReports.ValidBuilder().WithOverview("本年度发生行政复议2件。").Build();

        Diagnostic d = Assert.Single(ReportValidator.Default.Validate(report).Diagnostics);

        Assert.Equal(("GID202", "/reviewAndLitigation/review/total", 2m, 0m), (d.Code, d.Path, d.Expected, d.Actual));
    }

    [Fact]
    public void GID201_for_lawsuits_names_both_litigation_blocks_and_their_sum()
    {
        AnnualReport report = TestReports.ValidBuilder()
            .Cases(CaseBlock.LitigationWithoutReview, pending: 1).Cases(CaseBlock.LitigationAfterReview, upheld: 1)
            .WithOverview("本年度行政诉讼3件。").Build();

        Diagnostic d = Assert.Single(ReportValidator.Default.Validate(report).Diagnostics);

        Assert.Equal(("GID201", 3m, 2m), (d.Code, d.Expected, d.Actual));
        Assert.Equal(["/reviewAndLitigation/litigationWithoutReview/total", "/reviewAndLitigation/litigationAfterReview/total"], d.Cells.ToArray());
        Assert.Contains("未经复议直接起诉 + 行政诉讼 · 复议后起诉", d.MessageZh);
    }

    [Fact]
    public void A_custom_rule_keeps_the_severity_it_reports_unless_overridden()
    {
        var rule = new ErrorRule();
        AnnualReport report = TestReports.Valid();

        Assert.Equal(Severity.Error, new ReportValidator(ValidatorOptions.Default.AddRule(rule)).Validate(report).Diagnostics.Single().Severity);
        Assert.Equal(
            Severity.Info,
            new ReportValidator(ValidatorOptions.Default.AddRule(rule).WithSeverity("ACME002", Severity.Info)).Validate(report).Diagnostics.Single().Severity);
    }

    [Fact]
    public void The_language_option_chooses_the_language_of_ToString_and_LocalizedMessage()
    {
        AnnualReport report = TestReports.ValidWith(ApplicationRow.NotHeld, ApplicantColumn.Total, 2);

        Diagnostic zh = new ReportValidator(ValidatorOptions.Default.WithLanguage(MessageLanguage.Chinese)).Validate(report).Diagnostics[0];
        Diagnostic en = ReportValidator.Default.Validate(report).Diagnostics[0];

        Assert.Equal(zh.MessageZh, zh.LocalizedMessage);
        Assert.Contains(zh.MessageZh, zh.ToString());
        Assert.Equal(en.Message, en.LocalizedMessage);
        Assert.Equal(zh, en);
    }

    [Fact]
    public void Options_compare_by_value()
    {
        Assert.Equal(ValidatorOptions.Default.Disable("GID207"), ValidatorOptions.Default.Disable("GID207"));
        Assert.Equal(ValidatorOptions.Default.WithSeverity("GID203", Severity.Error), ValidatorOptions.Default.WithSeverity("GID203", Severity.Error));
        Assert.NotEqual(ValidatorOptions.Default.Disable("GID207"), ValidatorOptions.Default.Disable("GID206"));
    }

    [Fact]
    public void An_undefined_edition_is_refused_by_the_model()
    {
        Assert.ThrowsAny<ArgumentException>(() => TestReports.Valid() with { Edition = default });
    }

    [Fact]
    public void A_negative_count_beyond_32_bits_is_called_negative()
    {
        string json = AnnualReportJson.ToJson(TestReports.Valid()).Replace("\"naturalPerson\": 4,", "\"naturalPerson\": -5000000000,", StringComparison.Ordinal);

        Assert.Contains("negative", Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json)).Reason);
    }

    [Fact]
    public void Applicant_columns_of_organisations_are_labelled_with_their_group()
    {
        Assert.Equal("法人或其他组织 · 其他", ReportFormat.Get(ApplicantColumn.OtherOrganization).LabelZh);
        Assert.Equal("自然人", ReportFormat.Get(ApplicantColumn.NaturalPerson).LabelZh);
    }

    private sealed class ErrorRule : IReportRule
    {
        public RuleDescriptor Descriptor { get; } = new(
            "ACME002", Severity.Warning, RuleScope.Report, "Always", "总是", "Always reports.", "总是报告。", "Always.", "总是。");

        public void Check(AnnualReport report, ref DiagnosticCollector diagnostics) =>
            diagnostics.Report(new Diagnostic(Descriptor, Severity.Error, "/year", null, null, default, default));
    }
}
