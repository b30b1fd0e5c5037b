using System.Collections.Immutable;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Validation;

/// <summary>
/// What the rules report beyond the examples of <see cref="ReportValidatorTests"/>: section 四's blanks, a blank column
/// of section 三 left out of GID102, each narrative rule on its own, findings of custom rules and their order, and the
/// findings' own behaviour (messages, equality, fingerprints).
/// </summary>
public class RuleMechanicsTests
{
    private static readonly ReportValidator Validator = ReportValidator.Default;

    [Fact]
    public void GID001_reports_each_blank_cell_of_section_four_with_its_block_and_column()
    {
        AnnualReport report = TestReports.Valid();
        ReviewAndLitigation review = report.ReviewAndLitigation;
        report = report with
        {
            ReviewAndLitigation = review with
            {
                Review = review.Review with { Corrected = null },
                LitigationAfterReview = review.LitigationAfterReview with { Pending = null, Total = null },
            },
        };

        Diagnostic[] blanks = [.. Validator.Validate(report).Diagnostics.Where(d => d.Code == "GID001")];

        Assert.Equal(
            ["/reviewAndLitigation/review/corrected", "/reviewAndLitigation/litigationAfterReview/pending", "/reviewAndLitigation/litigationAfterReview/total"],
            blanks.Select(d => d.Path));
        Assert.All(blanks, d => Assert.Equal([d.Path], d.Cells.ToArray()));
        Assert.Contains("行政复议 · 结果纠正", blanks[0].MessageZh, StringComparison.Ordinal);
        Assert.Contains("复议后起诉 · 尚未审结", blanks[1].MessageZh, StringComparison.Ordinal);
        Assert.Contains("复议后起诉 · 总计", blanks[2].MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void GID001_turned_off_reports_no_blank_and_the_sums_still_skip_it()
    {
        AnnualReport report = WithBlankCommercialEnterpriseDisclosed(TestReports.Valid());
        var validator = new ReportValidator(ValidatorOptions.Default.Disable("GID001"));

        Assert.Contains(ReportValidator.Default.Validate(report).Diagnostics, d => d.Code == "GID001");
        Assert.Empty(validator.Validate(report).Diagnostics);
    }

    [Fact]
    public void GID102_leaves_out_a_column_with_a_blank_outcome_and_still_checks_the_others()
    {
        // 商业企业 is blank in （一）予以公开, and its total no longer adds up; 自然人's total is wrong too.
        AnnualReport report = WithBlankCommercialEnterpriseDisclosed(
            TestReports.Valid().ToBuilder()
                .Set(ApplicationRow.OutcomesTotal, ApplicantColumn.CommercialEnterprise, 7)
                .Set(ApplicationRow.OutcomesTotal, ApplicantColumn.NaturalPerson, 9)
                .Build());

        Diagnostic[] gid102 = [.. Validator.Validate(report).Diagnostics.Where(d => d.Code == "GID102")];

        Assert.Contains(gid102, d => d.Path == "/applications/outcomes/total/naturalPerson");
        Assert.DoesNotContain(gid102, d => d.Path == "/applications/outcomes/total/commercialEnterprise");
    }

    [Fact]
    public void GID105_names_the_rows_own_cells_for_normative_documents()
    {
        AnnualReport report = TestReports.ValidBuilder().NormativeDocuments(issued: 5, abolished: 1, inForce: 3).Build();

        Diagnostic d = Assert.Single(Validator.Validate(report).Diagnostics, x => x.Code == "GID105");

        Assert.Equal(
            ["/proactiveDisclosure/normativeDocuments/issued", "/proactiveDisclosure/normativeDocuments/abolished", "/proactiveDisclosure/normativeDocuments/inForce"],
            d.Cells.ToArray());
        Assert.Contains("本年制发件数 5", d.MessageZh, StringComparison.Ordinal);
        Assert.Contains("本年废止件数 1", d.MessageZh, StringComparison.Ordinal);
        Assert.Contains("行政规范性文件", d.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void GID102_names_every_outcome_row_of_the_column_and_its_total_last()
    {
        AnnualReport report = TestReports.ValidBuilder().Row(ApplicationRow.OutcomesTotal, naturalPerson: 2, commercialEnterprise: 1, total: 3).Build();

        Diagnostic d = Validator.Validate(report).Diagnostics.First(x => x.Code == "GID102");

        Assert.Equal("/applications/outcomes/total/naturalPerson", d.Path);
        Assert.Equal("/applications/outcomes/disclosed/naturalPerson", d.Cells[0]);
        Assert.Equal(d.Path, d.Cells[^1]);
    }

    public static TheoryData<string[], string[]> NarrativeRulesOff => new()
    {
        { ["GID201"], ["GID202"] },
        { ["GID202"], ["GID201"] },
        { ["GID201", "GID202"], [] },
    };

    [Theory]
    [MemberData(nameof(NarrativeRulesOff))]
    public void Each_narrative_rule_can_be_turned_off_alone(string[] off, string[] reported)
    {
        // Section 一 says 1 application was received (the table: 5), and no lawsuit while section 四 has one.
        AnnualReport report = TestReports.ValidBuilder()
            .WithOverview("2022年，接到依申请公开事项1项。", "全年未发生针对政府信息公开事务的行政复议申请和行政诉讼案件。")
            .Cases(CaseBlock.LitigationWithoutReview, pending: 1)
            .Build();
        Assert.Equal(["GID201", "GID202"], ReportValidator.Default.Validate(report).Diagnostics.Select(d => d.Code).Where(c => c.StartsWith("GID20", StringComparison.Ordinal)));

        var validator = new ReportValidator(ValidatorOptions.Default.Disable(off));

        Assert.Equal(reported, validator.Validate(report).Diagnostics.Select(d => d.Code).Where(c => c.StartsWith("GID20", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_paragraph_with_more_claims_than_the_buffer_holds_has_every_claim_checked()
    {
        // Forty sentences claiming 1 to 40 applications received (the table says 5): the claims buffer holds 32, so the
        // paragraph is read again in full; every claim but the one of 5 is a finding, each once.
        string paragraph = string.Concat(Enumerable.Range(1, 40).Select(i => $"我镇收到依申请公开申请{i}件。"));
        AnnualReport report = TestReports.ValidBuilder().WithOverview(paragraph).Build();

        Diagnostic[] gid201 = [.. Validator.Validate(report).Diagnostics.Where(d => d.Code == "GID201")];

        Assert.Equal(Enumerable.Range(1, 40).Where(i => i != 5).Select(i => (decimal?)i), gid201.Select(d => d.Expected).Order());
        Assert.All(gid201, d => Assert.Equal(5m, d.Actual));
    }

    [Fact]
    public void GID206_reports_a_2021_report_without_section_six_nor_the_fee()
    {
        AnnualReport report = TestReports.ValidBuilder().WithInformationProcessingFee(null).WithOtherMatters((Narrative?)null).Build();

        Assert.Contains(Validator.Validate(report).Diagnostics, d => d.Code == "GID206");
    }

    [Fact]
    public void GID206_accepts_the_fee_stated_in_a_sub_heading_of_section_six()
    {
        AnnualReport report = TestReports.ValidBuilder().WithInformationProcessingFee(null)
            .WithOtherMatters(new Narrative([new Paragraph { Heading = "（一）收取信息处理费情况", Text = "无。" }]))
            .Build();

        Assert.DoesNotContain(Validator.Validate(report).Diagnostics, d => d.Code == "GID206");
    }

    [Fact]
    public void A_rule_turned_off_and_on_again_reports_again()
    {
        AnnualReport report = TestReports.ValidWith(ApplicationRow.NotHeld, ApplicantColumn.Total, 2);
        ValidatorOptions options = ValidatorOptions.Default.Disable("GID101").Enable("GID101");

        Assert.Contains(new ReportValidator(options).Validate(report).Diagnostics, d => d.Code == "GID101");
        Assert.Equal(ValidatorOptions.Default, options);
    }

    [Fact]
    public void Findings_of_custom_rules_come_after_the_built_in_ones_in_the_order_the_rules_were_added()
    {
        // The second rule's finding is earlier in the document (/year) than the first's (/otherMatters): rule order first.
        var first = new FixedRule("ACME010", "/otherMatters");
        var second = new FixedRule("ACME011", "/year");
        AnnualReport report = TestReports.ValidWith(ApplicationRow.NotHeld, ApplicantColumn.Total, 2);

        ValidationResult result = new ReportValidator(ValidatorOptions.Default.AddRule(first).AddRule(second)).Validate(report);

        Assert.Equal(["GID101", "GID102", "ACME010", "ACME011"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(["GID101", "GID102", "ACME011", "ACME010"], new ReportValidator(ValidatorOptions.Default.AddRule(second).AddRule(first)).Validate(report).Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_finding_of_a_rule_neither_built_in_nor_added_comes_after_every_other()
    {
        // An added rule may report under a descriptor of its own making that was never added; it reports that finding
        // first (and earlier in the document), yet it is listed after the findings of every rule the validator knows.
        var unlisted = new FixedRule("ACME015", "/year");
        var relay = new RelayRule("ACME014", unlisted.Descriptor);
        AnnualReport report = TestReports.ValidWith(ApplicationRow.NotHeld, ApplicantColumn.Total, 2);

        ValidationResult result = new ReportValidator(ValidatorOptions.Default.AddRule(relay)).Validate(report);

        Assert.Equal(["GID101", "GID102", "ACME014", "ACME015"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void A_finding_made_by_a_rule_keeps_its_language_when_the_options_override_its_severity()
    {
        var rule = new FixedRule("ACME012", "/year", MessageLanguage.Chinese);
        var options = ValidatorOptions.Default.AddRule(rule).WithSeverity("ACME012", Severity.Error);

        Diagnostic d = Assert.Single(new ReportValidator(options).Validate(TestReports.Valid()).Diagnostics);

        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("固定。", d.LocalizedMessage);
        Assert.Equal(["/year"], d.Cells.ToArray());
        Assert.Equal(2m, d.Expected);
        Assert.Equal(3m, d.Actual);
        Assert.Equal(1, rule.CountAfterReport);
    }

    [Fact]
    public void A_collector_not_given_by_a_validator_refuses_a_finding()
    {
        var collector = default(DiagnosticCollector);
        var rule = new FixedRule("ACME013", "/year");

        Assert.Throws<InvalidOperationException>(() => collector.Report(rule.Descriptor, "/year"));
    }

    [Fact]
    public void A_message_leaves_an_unknown_or_unclosed_placeholder_as_written()
    {
        var rule = new RuleDescriptor(
            "ACME014", Severity.Info, RuleScope.Report, "T", "标题", "D", "说明", "Value {value}, unknown {nope}, open {value", "值{value}，未知{nope}，未闭合{");
        var d = new Diagnostic(rule, Severity.Info, "/year", null, null, default, [new MessageArgument("value", 7)]);

        Assert.Equal("Value 7, unknown {nope}, open {value", d.Message);
        Assert.Equal("值7，未知{nope}，未闭合{", d.MessageZh);
        Assert.Equal("T", rule.Title(MessageLanguage.English));
        Assert.Equal("标题", rule.Title(MessageLanguage.Chinese));
    }

    [Fact]
    public void Two_findings_are_equal_only_when_every_part_is()
    {
        RuleDescriptor rule = Rules.RowTotal;
        ImmutableArray<string> cells = ["/a", "/b"];
        ImmutableArray<MessageArgument> arguments = [new("row", "x")];
        var d = new Diagnostic(rule, Severity.Error, "/a", 1, 2, cells, arguments);

        Assert.Equal(d, new Diagnostic(rule, Severity.Error, "/a", 1, 2, ["/a", "/b"], [new("row", "x")]));
        Assert.NotEqual(d, new Diagnostic(Rules.OutcomeTotal, Severity.Error, "/a", 1, 2, cells, arguments));
        Assert.NotEqual(d, new Diagnostic(rule, Severity.Warning, "/a", 1, 2, cells, arguments));
        Assert.NotEqual(d, new Diagnostic(rule, Severity.Error, "/b", 1, 2, cells, arguments));
        Assert.NotEqual(d, new Diagnostic(rule, Severity.Error, "/a", 9, 2, cells, arguments));
        Assert.NotEqual(d, new Diagnostic(rule, Severity.Error, "/a", 1, 9, cells, arguments));
        Assert.NotEqual(d, new Diagnostic(rule, Severity.Error, "/a", 1, 2, ["/a"], arguments));
        Assert.NotEqual(d, new Diagnostic(rule, Severity.Error, "/a", 1, 2, cells, [new("row", "y")]));
        Assert.False(d.Equals(null));
    }

    [Fact]
    public void Fingerprints_differ_with_the_expected_or_actual_value()
    {
        var d = new Diagnostic(Rules.RowTotal, Severity.Error, "/a", 1, 2, default, default);

        Assert.Equal(d.Fingerprint, new Diagnostic(Rules.RowTotal, Severity.Warning, "/a", 1, 2, default, default).Fingerprint);
        Assert.NotEqual(d.Fingerprint, new Diagnostic(Rules.RowTotal, Severity.Error, "/a", 3, 2, default, default).Fingerprint);
        Assert.NotEqual(d.Fingerprint, new Diagnostic(Rules.RowTotal, Severity.Error, "/a", 1, 3, default, default).Fingerprint);
        Assert.NotEqual(d.Fingerprint, new Diagnostic(Rules.RowTotal, Severity.Error, "/a", null, 2, default, default).Fingerprint);
    }

    [Fact]
    public void A_result_lists_its_findings_by_severity()
    {
        var error = new Diagnostic(Rules.RowTotal, Severity.Error, "/a", null, null, default, default);
        var warning = new Diagnostic(Rules.BlankCell, Severity.Warning, "/b", null, null, default, default);
        var info = new Diagnostic(Rules.LongOverview, Severity.Info, "/c", null, null, default, default);
        var result = new ValidationResult([info, warning, error]);

        Assert.Equal([error], result.Errors);
        Assert.Equal([warning], result.Warnings);
        Assert.Equal([info], result.Infos);
        Assert.Empty(new ValidationResult(default).Diagnostics);
        Assert.True(new ValidationResult(default).IsValid);
    }

    /// <summary>The report with the 商业企业 cell of （一）予以公开 left blank (nothing else changed).</summary>
    private static AnnualReport WithBlankCommercialEnterpriseDisclosed(AnnualReport report)
    {
        Outcomes outcomes = report.Applications.Outcomes;
        return report with
        {
            Applications = report.Applications with { Outcomes = outcomes with { Disclosed = outcomes.Disclosed with { CommercialEnterprise = null } } },
        };
    }

    [Fact]
    public void One_rules_findings_come_in_the_documents_order_and_a_path_it_does_not_hold_last()
    {
        string[] inDocumentOrder =
        [
            ReportFormat.Overview.JsonPointer,
            ReportFormat.CellPointer(DisclosureCell.FeesAmount),
            ReportFormat.CellPointer(ApplicationRow.CarriedOver, ApplicantColumn.Total),
            ReportFormat.CellPointer(CaseBlock.Review, CaseColumn.Upheld),
            ReportFormat.CellPointer(CaseBlock.LitigationAfterReview, CaseColumn.Total),
            ReportFormat.ProblemsAndImprovements.JsonPointer, ReportFormat.OtherMatters.JsonPointer,
            ReportFormat.InformationProcessingFee.JsonPointer,
            "/acme/notInTheDocument",
        ];
        var rule = new SectionsRule("ACME020", [.. inDocumentOrder.Reverse()]);

        ValidationResult result = new ReportValidator(ValidatorOptions.Default.AddRule(rule)).Validate(TestReports.Valid());

        Assert.Equal(inDocumentOrder, result.Diagnostics.Where(d => d.Code == "ACME020").Select(d => d.Path));
    }

    /// <summary>A custom rule that reports one finding at each path, in the order given.</summary>
    private sealed class SectionsRule(string code, string[] paths) : IReportRule
    {
        public RuleDescriptor Descriptor { get; } = new(code, Severity.Warning, RuleScope.Report, "Sections", "各部分", "Reports.", "报告。", "Sections.", "各部分。");

        public void Check(AnnualReport report, ref DiagnosticCollector diagnostics)
        {
            foreach (string path in paths)
            {
                diagnostics.Report(Descriptor, path);
            }
        }
    }

    /// <summary>A custom rule that reports one ready-made finding (expected 2, actual 3) at a path, in a given language.</summary>
    private sealed class FixedRule(string code, string path, MessageLanguage language = MessageLanguage.English) : IReportRule
    {
        public RuleDescriptor Descriptor { get; } = new(code, Severity.Warning, RuleScope.Report, "Fixed", "固定", "Reports.", "报告。", "Fixed.", "固定。");

        public int CountAfterReport { get; private set; }

        public void Check(AnnualReport report, ref DiagnosticCollector diagnostics)
        {
            diagnostics.Report(new Diagnostic(Descriptor, Severity.Warning, path, 2, 3, [path], default) { PreferredLanguage = language });
            CountAfterReport = diagnostics.Count;
        }
    }

    /// <summary>A custom rule that reports a finding of another descriptor at /year, then one of its own at /otherMatters.</summary>
    private sealed class RelayRule(string code, RuleDescriptor other) : IReportRule
    {
        public RuleDescriptor Descriptor { get; } = new(code, Severity.Warning, RuleScope.Report, "Relay", "转报", "Reports.", "报告。", "Relay.", "转报。");

        public void Check(AnnualReport report, ref DiagnosticCollector diagnostics)
        {
            diagnostics.Report(other, "/year");
            diagnostics.Report(Descriptor, "/otherMatters");
        }
    }
}
