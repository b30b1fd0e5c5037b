using GovInfoDisclosure.Core.Consolidation;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Series;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Consolidation;

public class ReportConsolidationTests
{
    private static readonly Agency County = new() { Name = "涞源县人民政府", Region = "河北省保定市涞源县" };

    private static AnnualReport Part(string name, int received, decimal fee, decimal? informationFee = 0m) =>
        new AnnualReportBuilder(2022, name)
            .Received(naturalPerson: received, legalServiceProvider: 1)
            .Row(ApplicationRow.Disclosed, naturalPerson: received)
            .NormativeDocuments(issued: 2, abolished: 1, inForce: 9)
            .Licensing(100).Fees(fee)
            .Cases(CaseBlock.Review, upheld: 1)
            .WithInformationProcessingFee(informationFee)
            .Build();

    [Fact]
    public void Every_cell_is_the_sum_of_the_parts_cells()
    {
        AnnualReport a = Part("甲镇人民政府", 3, 1835.25m, 12.5m);
        AnnualReport b = Part("乙镇人民政府", 4, 0.75m, 7.5m);

        ConsolidationResult result = ReportConsolidation.Consolidate([a, b], 2022, County);

        AnnualReport r = result.Report;
        Assert.True(result.IsComplete);
        Assert.Equal(2, result.PartCount);
        Assert.Equal(County, r.Agency);
        Assert.Equal(2022, r.Year);
        Assert.Equal(ReportEdition.Edition2021, r.Edition);
        Assert.Equal(7, r.Applications.Received.NaturalPerson);
        Assert.Equal(2, r.Applications.Received.LegalServiceProvider);
        Assert.Equal(9, r.Applications.Received.Total);
        Assert.Equal(7, r.Applications.Outcomes.Total.Total);
        Assert.Equal(2, r.Applications.CarriedForward.Total);
        Assert.Equal(18, r.ProactiveDisclosure.NormativeDocuments.InForce);
        Assert.Equal(200, r.ProactiveDisclosure.Licensing.Decisions);
        Assert.Equal(1836.00m, r.ProactiveDisclosure.Fees.Amount);
        Assert.Equal("1836.00", r.ProactiveDisclosure.Fees.Amount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(20.0m, r.InformationProcessingFeeYuan);
        Assert.Equal(2, r.ReviewAndLitigation.Review.Total);
        Assert.Null(r.Overview);
        Assert.True(ReportValidator.Default.Validate(r).IsValid);
    }

    [Fact]
    public void A_county_consolidation_of_township_reports_is_a_government_report_by_its_name()
    {
        AnnualReport a = Part("甲镇人民政府", 3, 1m) with { Kind = ReportKind.Agency };
        AnnualReport b = Part("乙镇人民政府", 4, 1m);

        AnnualReport county = ReportConsolidation.Consolidate([a, b], 2022, County).Report;

        Assert.Null(county.Kind);
        Assert.Equal(new ReportKindReason(ReportKind.Government, ReportKindBasis.NameEnding, "县人民政府"), ReportKinds.Of(county));
        Assert.Equal(ReportKind.Agency, ReportKinds.Of(b).Kind);
    }

    [Fact]
    public void Narratives_are_not_summed_but_given_by_the_caller()
    {
        AnnualReport a = Part("甲镇人民政府", 3, 1m).ToBuilder().WithOverview("甲镇总体情况。").Build();
        Narrative overview = Narrative.FromText("全县总体情况。");
        Narrative problems = Narrative.FromText("存在的问题。");
        ConsolidationResult result = ReportConsolidation.Consolidate([a], 2022, County, overview, problems);
        Assert.Equal(overview, result.Report.Overview);
        Assert.Equal(problems, result.Report.ProblemsAndImprovements);
        Assert.Null(result.Report.OtherMatters);
    }

    [Fact]
    public void A_cell_blank_in_any_part_is_blank_and_the_parts_are_named()
    {
        AnnualReport a = Part("甲镇人民政府", 3, 1m);
        AnnualReport b = Part("乙镇人民政府", 4, 1m, informationFee: null);
        AnnualReport c = Part("丙镇人民政府", 5, 1m);
        AnnualReport blankA = a with { Applications = a.Applications with { Received = a.Applications.Received with { Total = null } } };
        AnnualReport blankC = c with
        {
            Applications = c.Applications with { Received = c.Applications.Received with { Total = null } },
            ReviewAndLitigation = c.ReviewAndLitigation with { LitigationAfterReview = CaseOutcomes.Blank },
        };

        ConsolidationResult result = ReportConsolidation.Consolidate([blankA, b, blankC], 2022, County);

        Assert.False(result.IsComplete);
        Assert.Null(result.Report.Applications.Received.Total);
        Assert.Equal(12, result.Report.Applications.Received.NaturalPerson);
        Assert.Null(result.Report.ReviewAndLitigation.LitigationAfterReview.Upheld);
        Assert.Null(result.Report.InformationProcessingFeeYuan);
        Assert.Equal(
            [
                "/applications/received/total: blank in part(s) 0, 2",
                "/reviewAndLitigation/litigationAfterReview/upheld: blank in part(s) 2",
                "/reviewAndLitigation/litigationAfterReview/corrected: blank in part(s) 2",
                "/reviewAndLitigation/litigationAfterReview/other: blank in part(s) 2",
                "/reviewAndLitigation/litigationAfterReview/pending: blank in part(s) 2",
                "/reviewAndLitigation/litigationAfterReview/total: blank in part(s) 2",
                "/informationProcessingFeeYuan: blank in part(s) 1",
            ],
            result.Blanks.Select(x => x.ToString()));
        Assert.Equal(new ConsolidationBlank("/applications/received/total", [0, 2]), result.Blanks[0]);
        Assert.Equal("一、本年新收政府信息公开申请数量 · 总计", result.Blanks[0].Cell!.QualifiedLabelZh);
    }

    [Fact]
    public void Parts_of_different_years_are_refused()
    {
        AnnualReport a = Part("甲镇人民政府", 3, 1m);
        AnnualReport b = Part("乙镇人民政府", 4, 1m).ToBuilder().ForYear(2023).Build();
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ReportConsolidation.Consolidate([a, b], 2022, County));
        Assert.Equal("parts", ex.ParamName);
        Assert.Contains("part 1 (乙镇人民政府) is a report on 2023, not on 2022", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ReportConsolidation.Consolidate([a], 2023, County));
    }

    [Fact]
    public void Nothing_to_consolidate_is_refused()
    {
        Assert.Equal("parts", Assert.Throws<ArgumentException>(() => ReportConsolidation.Consolidate([], 2022, County)).ParamName);
        Assert.Throws<ArgumentNullException>(() => ReportConsolidation.Consolidate([SeriesFixtures.Valid()], 2022, null!));
    }

    [Fact]
    public void A_sum_above_int_MaxValue_is_refused_not_wrapped()
    {
        AnnualReport big = new AnnualReportBuilder(2022, "甲镇人民政府").Licensing(int.MaxValue).Build();
        AnnualReport one = new AnnualReportBuilder(2022, "乙镇人民政府").Licensing(1).Build();
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ReportConsolidation.Consolidate([big, one], 2022, County));
        Assert.Equal("parts", ex.ParamName);
        Assert.Contains("/proactiveDisclosure/licensing/decisions", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2147483648", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sums_up_to_int_MaxValue_are_exact()
    {
        AnnualReport big = new AnnualReportBuilder(2022, "甲镇人民政府").Licensing(int.MaxValue - 1).Build();
        AnnualReport one = new AnnualReportBuilder(2022, "乙镇人民政府").Licensing(1).Build();
        Assert.Equal(int.MaxValue, ReportConsolidation.Consolidate([big, one], 2022, County).Report.ProactiveDisclosure.Licensing.Decisions);
    }
}
