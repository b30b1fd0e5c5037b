using GovInfoDisclosure.Core.Consolidation;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Edition2019;

/// <summary>Consolidating 2019-edition reports: their own cells, the procurement amount's unit, no mixing of editions.</summary>
public class ReportConsolidation2019Tests
{
    private static readonly Agency County = new() { Name = "某县人民政府" };

    [Fact]
    public void Parts_of_the_2019_edition_consolidate_into_a_2019_report_that_GID401_accepts()
    {
        AnnualReport a = Edition2019Fixtures.Valid(2020, "甲局");
        AnnualReport b = Edition2019Fixtures.Builder(2020, "乙局").Set(DisclosureCell2019.LicensingChange, 5).Build();

        AnnualReport sum = ReportConsolidation.Consolidate([a, b], 2020, County).Report;

        Assert.Equal(ReportEdition.Edition2019, sum.Edition);
        Assert.Equal(-13, sum.ProactiveDisclosure2019!.Licensing.Change);
        Assert.Equal(2, sum.Applications2019!.Outcomes.OtherHandling.NaturalPerson);
        Assert.Equal(502000m, sum.ProactiveDisclosure2019.Procurement.Amount);
        Assert.Equal(MoneyUnit.Yuan, sum.ProactiveDisclosure2019.Procurement.AmountUnit);
        Assert.Empty(ConsolidationValidator.Default.Validate(sum, [a, b]).Diagnostics);
        Diagnostic d = Assert.Single(ConsolidationValidator.Default.Validate(sum with
        {
            Applications2019 = sum.Applications2019 with { Outcomes = sum.Applications2019.Outcomes with { OtherHandling = ApplicantBreakdown.Zero } },
        }, [a, b]).Diagnostics.Where(d => d.Path == "/applications/outcomes/otherHandling/naturalPerson"));
        Assert.Equal("GID401", d.Code);
    }

    [Fact]
    public void Amounts_in_yuan_and_in_ten_thousand_yuan_are_added_in_ten_thousand_yuan_exactly()
    {
        AnnualReport a = Edition2019Fixtures.Valid(2020, "甲局"); // 251000 元
        AnnualReport b = Edition2019Fixtures.Builder(2020, "乙局").Procurement(2, 1835.25m, MoneyUnit.TenThousandYuan).Build();

        AnnualReport sum = ReportConsolidation.Consolidate([a, b], 2020, County).Report;

        Assert.Equal(1860.35m, sum.ProactiveDisclosure2019!.Procurement.Amount);
        Assert.Equal(MoneyUnit.TenThousandYuan, sum.ProactiveDisclosure2019.Procurement.AmountUnit);
        Assert.Empty(ConsolidationValidator.Default.Validate(sum, [a, b]).Diagnostics);
    }

    [Fact]
    public void An_amount_without_a_unit_beside_amounts_with_one_is_refused_not_guessed()
    {
        AnnualReport a = Edition2019Fixtures.Valid(2020, "甲局");
        AnnualReport b = Edition2019Fixtures.Builder(2020, "乙局").Procurement(2, 30m, null).Build();

        ArgumentException e = Assert.Throws<ArgumentException>(() => ReportConsolidation.Consolidate([a, b], 2020, County));
        Assert.Contains("乙局", e.Message);
        Assert.Contains("采购总金额", e.Message);
    }

    [Fact]
    public void Parts_of_different_editions_are_refused_with_both_named()
    {
        AnnualReport a = Edition2019Fixtures.Valid(2020, "甲局");
        AnnualReport b = new AnnualReportBuilder(2020, "乙局").Build();

        ArgumentException e = Assert.Throws<ArgumentException>(() => ReportConsolidation.Consolidate([a, b], 2020, County));
        Assert.Contains("2019", e.Message);
        Assert.Contains("2021", e.Message);
        Assert.Contains("乙局", e.Message);
        Assert.Throws<ArgumentException>(() => ConsolidationValidator.Default.Validate(a, [b]));
    }
}
