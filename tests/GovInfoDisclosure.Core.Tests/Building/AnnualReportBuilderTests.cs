using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Building;

public class AnnualReportBuilderTests
{
    [Fact]
    public void Every_cell_is_filled_and_every_total_computed()
    {
        AnnualReport report = TestReports.Valid();

        Assert.Equal(5, report.Applications.Received.Total);
        Assert.Equal(4, report.Applications.Outcomes.Total.Total);
        Assert.Equal(3, report.Applications.Outcomes.Total.NaturalPerson);
        Assert.Equal(1, report.Applications.CarriedForward.NaturalPerson);
        Assert.Equal(1, report.Applications.CarriedForward.Total);
        Assert.Equal(0, report.Applications.CarriedOver.Total);
        Assert.Equal(0, report.ReviewAndLitigation.LitigationAfterReview.Total);
        Assert.Equal(0, report.ProactiveDisclosure.Regulations.InForce);
        Assert.Empty(ReportValidator.Default.Validate(report).Diagnostics);
    }

    [Fact]
    public void In_force_not_set_is_issued_minus_abolished()
    {
        AnnualReport report = new AnnualReportBuilder(2022, "某局").NormativeDocuments(issued: 5, abolished: 2).Build();

        Assert.Equal(3, report.ProactiveDisclosure.NormativeDocuments.InForce);
    }

    [Fact]
    public void A_total_the_caller_sets_is_kept_even_when_wrong()
    {
        AnnualReport report = TestReports.ValidBuilder().Row(ApplicationRow.Disclosed, naturalPerson: 2, total: 9).Build();

        Assert.Equal(9, report.Applications.Outcomes.Disclosed.Total);
        Assert.Contains(ReportValidator.Default.Validate(report).Errors, d => d.Code == "GID101" && d.Path == "/applications/outcomes/disclosed/total");
    }

    [Fact]
    public void A_negative_count_is_refused_with_the_cell_named()
    {
        ArgumentException ex = Assert.ThrowsAny<ArgumentException>(() => new AnnualReportBuilder(2022, "某局").Set(ApplicationRow.Duplicate, ApplicantColumn.ResearchInstitution, -3));

        Assert.Equal("/applications/outcomes/notProcessed/duplicate/researchInstitution", ex.ParamName);
        Assert.Contains("-3", ex.Message);
    }

    [Fact]
    public void A_negative_case_count_or_fee_is_refused()
    {
        var builder = new AnnualReportBuilder(2022, "某局");

        Assert.Equal("/reviewAndLitigation/review/pending", Assert.ThrowsAny<ArgumentException>(() => builder.Cases(CaseBlock.Review, pending: -1)).ParamName);
        Assert.Equal("/proactiveDisclosure/fees/amount", Assert.ThrowsAny<ArgumentException>(() => builder.Fees(-0.5m)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => builder.Set(DisclosureCell.LicensingDecisions, 1.5m));
    }

    [Fact]
    public void More_handled_than_received_cannot_be_carried_forward()
    {
        var builder = new AnnualReportBuilder(2022, "某局").Row(ApplicationRow.Disclosed, naturalPerson: 2);

        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("/applications/carriedForward/naturalPerson", ex.Message);
    }

    [Fact]
    public void A_total_beyond_a_count_is_refused_not_wrapped()
    {
        var builder = new AnnualReportBuilder(2022, "某局").Received(naturalPerson: int.MaxValue, commercialEnterprise: 1);

        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("/applications/received/total", ex.Message);
    }

    [Theory]
    [InlineData(ReportKind.Agency)]
    [InlineData(ReportKind.Government)]
    [InlineData(null)]
    public void OfKind_sets_the_kind_and_ToBuilder_keeps_it(ReportKind? kind)
    {
        AnnualReport report = TestReports.ValidBuilder().OfKind(kind).Build();

        Assert.Equal(kind, report.Kind);
        Assert.Equal(kind, report.ToBuilder().Build().Kind);
        Assert.Null(report.ToBuilder().OfKind(null).Build().Kind);
    }

    [Fact]
    public void OfKind_refuses_a_kind_that_does_not_exist()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => TestReports.ValidBuilder().OfKind((ReportKind)7));

        Assert.Equal("kind", ex.ParamName);
    }

    [Fact]
    public void ToBuilder_then_Build_gives_the_same_report()
    {
        AnnualReport report = TestReports.Valid();

        Assert.Equal(report, report.ToBuilder().Build());
    }

    [Fact]
    public void ToBuilder_keeps_a_published_report_wrong_totals_and_fills_its_blanks()
    {
        AnnualReport sample = TestReports.Sample(TestReports.Yanshi);

        AnnualReport rebuilt = sample.ToBuilder().Build();

        Assert.Null(sample.Applications.Outcomes.Total.NaturalPerson);
        Assert.Equal(0, rebuilt.Applications.Outcomes.Total.NaturalPerson);
        Assert.Equal(sample with { Applications = rebuilt.Applications }, rebuilt);
    }

    [Fact]
    public void The_year_and_agency_are_checked()
    {
        Assert.ThrowsAny<ArgumentException>(() => new AnnualReportBuilder(99, "某局"));
        Assert.ThrowsAny<ArgumentException>(() => new AnnualReportBuilder(2022, " "));
    }

    [Fact]
    public void Carried_forward_not_set_is_received_plus_carried_over_minus_handled()
    {
        AnnualReport report = TestReports.ValidBuilder().CarriedOver(naturalPerson: 3).Build();

        // TestReports.Valid: 4 received from natural persons, 3 handled, 1 carried forward; now 3 more carried over.
        Assert.Equal(3 + 1, report.Applications.CarriedForward.NaturalPerson);
        Assert.Equal(report.Applications.Received.NaturalPerson + 3 - report.Applications.Outcomes.Total.NaturalPerson, report.Applications.CarriedForward.NaturalPerson);
    }

    [Fact]
    public void A_computed_total_of_exactly_int_max_value_is_kept_and_one_more_is_refused()
    {
        AnnualReport report = new AnnualReportBuilder(2022, "某局").Received(naturalPerson: int.MaxValue - 1, commercialEnterprise: 1).Build();

        Assert.Equal(int.MaxValue, report.Applications.Received.Total);
        Assert.Throws<InvalidOperationException>(new AnnualReportBuilder(2022, "某局").Received(naturalPerson: int.MaxValue, commercialEnterprise: 1).Build);
    }

    [Fact]
    public void A_2019_count_takes_any_whole_number_an_int_holds_and_refuses_one_beyond()
    {
        var builder = new AnnualReportBuilder(2022, "某局").WithEdition(ReportEdition.Edition2019);

        builder.Set(DisclosureCell2019.LicensingDecisions, int.MaxValue).Set(DisclosureCell2019.LicensingChange, int.MinValue);
        Assert.ThrowsAny<ArgumentException>(() => builder.Set(DisclosureCell2019.LicensingDecisions, int.MaxValue + 1m));
        Assert.ThrowsAny<ArgumentException>(() => builder.Set(DisclosureCell2019.LicensingChange, int.MinValue - 1m));
        Assert.Equal(1.5m, builder.Set(DisclosureCell2019.ProcurementAmount, 1.5m).Build().ProactiveDisclosure2019!.Procurement.Amount);
    }

    [Fact]
    public void A_cell_of_the_other_edition_is_refused_at_build_naming_it()
    {
        var fees = new AnnualReportBuilder(2022, "某局").Fees(1.5m).WithEdition(ReportEdition.Edition2019);
        var procurement = new AnnualReportBuilder(2022, "某局").Procurement(2, 30m, MoneyUnit.TenThousandYuan);

        Assert.Contains(ReportFormat.CellPointer(DisclosureCell.FeesAmount), Assert.Throws<InvalidOperationException>(fees.Build).Message);
        Assert.Contains(ReportFormat.CellPointer(DisclosureCell2019.ProcurementAmount), Assert.Throws<InvalidOperationException>(procurement.Build).Message);
    }

    [Fact]
    public void Paragraphs_given_as_null_leave_the_section_empty()
    {
        AnnualReport report = TestReports.ValidBuilder().WithOverview("概述").WithOverview((string[])null!).Build();

        Assert.Null(report.Overview);
        Assert.ThrowsAny<ArgumentException>(() => TestReports.ValidBuilder().WithOverview("概述", null!));
    }
}
