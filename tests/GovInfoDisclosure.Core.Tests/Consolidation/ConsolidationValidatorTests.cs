using GovInfoDisclosure.Core.Consolidation;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Series;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Consolidation;

public class ConsolidationValidatorTests
{
    private static readonly Agency County = new() { Name = "涞源县人民政府" };

    private static readonly AnnualReport[] Parts =
    [
        SeriesFixtures.Valid(2022, "甲镇人民政府"),
        SeriesFixtures.Valid(2022, "乙镇人民政府").ToBuilder().Fees(0.75m).Licensing(3).Build(),
    ];

    private static AnnualReport Consolidated => ReportConsolidation.Consolidate(Parts, 2022, County).Report;

    [Fact]
    public void The_consolidation_of_the_parts_has_no_finding()
    {
        Assert.Empty(ConsolidationValidator.Default.Validate(Consolidated, Parts).Diagnostics);
    }

    [Fact]
    public void A_cell_that_differs_from_the_sum_of_the_parts_is_an_error_at_its_path()
    {
        AnnualReport wrong = Consolidated.ToBuilder().Set(ApplicationRow.Received, ApplicantColumn.NaturalPerson, 30).Build();
        ValidationResult result = ConsolidationValidator.Default.Validate(wrong, Parts);
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.False(result.IsValid);
        Assert.Equal("GID401", d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("/applications/received/naturalPerson", d.Path);
        Assert.Equal(24, d.Expected);
        Assert.Equal(30, d.Actual);
        Assert.Equal("一、本年新收政府信息公开申请数量 · 自然人：汇总报告为30，但2份被汇总报告之和为24。", d.MessageZh);
    }

    [Fact]
    public void The_fee_amount_is_compared_exactly()
    {
        AnnualReport wrong = Consolidated.ToBuilder().Fees(1836.01m).Build();
        Diagnostic d = Assert.Single(ConsolidationValidator.Default.Validate(wrong, Parts).Diagnostics);
        Assert.Equal("/proactiveDisclosure/fees/amount", d.Path);
        Assert.Equal(1836.00m, d.Expected);
        Assert.Equal(1836.01m, d.Actual);
    }

    [Fact]
    public void Cells_blank_in_a_part_or_in_the_consolidated_report_are_skipped()
    {
        AnnualReport wrong = Consolidated.ToBuilder()
            .Set(ApplicationRow.Received, ApplicantColumn.NaturalPerson, 30)
            .Set(CaseBlock.Review, CaseColumn.Upheld, 50)
            .Build();
        AnnualReport blankPart = Parts[0] with
        {
            Applications = Parts[0].Applications with { Received = Parts[0].Applications.Received with { NaturalPerson = null } },
        };
        AnnualReport blankConsolidated = wrong with
        {
            ReviewAndLitigation = wrong.ReviewAndLitigation with { Review = wrong.ReviewAndLitigation.Review with { Upheld = null } },
        };

        Assert.Empty(ConsolidationValidator.Default.Validate(blankConsolidated, [blankPart, Parts[1]]).Diagnostics);
    }

    [Fact]
    public void The_rule_can_be_turned_off()
    {
        AnnualReport wrong = Consolidated.ToBuilder().Licensing(1).Build();
        Assert.Empty(new ConsolidationValidator(ValidatorOptions.Default.Disable("GID401")).Validate(wrong, Parts).Diagnostics);
    }

    [Fact]
    public void Findings_come_in_catalogue_order()
    {
        AnnualReport wrong = Consolidated.ToBuilder()
            .Set(CaseBlock.Review, CaseColumn.Total, 40)
            .Licensing(1)
            .Set(ApplicationRow.CarriedForward, ApplicantColumn.Total, 99)
            .Build();
        Assert.Equal(
            ["/proactiveDisclosure/licensing/decisions", "/applications/carriedForward/total", "/reviewAndLitigation/review/total"],
            ConsolidationValidator.Default.Validate(wrong, Parts).Diagnostics.Select(d => d.Path));
    }
}
