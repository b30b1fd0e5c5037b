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

    [Fact]
    public void A_consolidated_amount_in_yuan_is_checked_against_parts_in_both_units_converted_to_yuan()
    {
        AnnualReport a = Edition2019Fixtures.Valid(2020, "甲局"); // 251000 元
        AnnualReport b = Edition2019Fixtures.Builder(2020, "乙局").Procurement(2, 1835.25m, MoneyUnit.TenThousandYuan).Build();
        AnnualReport sum = ReportConsolidation.Consolidate([a, b], 2020, County).Report;
        AnnualReport inYuan = sum with
        {
            ProactiveDisclosure2019 = sum.ProactiveDisclosure2019! with { Procurement = new ProcurementTotals { Projects = 7, Amount = 18603500m, AmountUnit = MoneyUnit.Yuan } },
        };

        Assert.Empty(ConsolidationValidator.Default.Validate(inYuan, [a, b]).Diagnostics);
        AnnualReport wrong = inYuan with
        {
            ProactiveDisclosure2019 = inYuan.ProactiveDisclosure2019! with { Procurement = inYuan.ProactiveDisclosure2019.Procurement with { Amount = 1860.35m } },
        };
        Diagnostic d = Assert.Single(ConsolidationValidator.Default.Validate(wrong, [a, b]).Diagnostics);
        Assert.Equal(("/proactiveDisclosure/procurement/amount", 18603500m, 1860.35m), (d.Path, d.Expected, d.Actual));
    }

    [Fact]
    public void A_consolidated_amount_printed_without_a_unit_is_checked_in_the_unit_consolidating_would_give_never_yuan_plus_ten_thousand_yuan()
    {
        AnnualReport a = Edition2019Fixtures.Valid(2020, "甲局"); // 251000 元
        AnnualReport b = Edition2019Fixtures.Builder(2020, "乙局").Procurement(2, 1835.25m, MoneyUnit.TenThousandYuan).Build();
        AnnualReport sum = ReportConsolidation.Consolidate([a, b], 2020, County).Report; // 1860.35 万元
        AnnualReport bare = sum with
        {
            ProactiveDisclosure2019 = sum.ProactiveDisclosure2019! with { Procurement = sum.ProactiveDisclosure2019.Procurement with { AmountUnit = null } },
        };

        // 1860.35 is the parts' sum in 万元: no finding (not "expected 252835.25", 元 and 万元 added as they stand).
        Assert.Empty(ConsolidationValidator.Default.Validate(bare, [a, b]).Diagnostics);
        AnnualReport wrong = bare with
        {
            ProactiveDisclosure2019 = bare.ProactiveDisclosure2019! with { Procurement = bare.ProactiveDisclosure2019.Procurement with { Amount = 1860m } },
        };
        Diagnostic d = Assert.Single(ConsolidationValidator.Default.Validate(wrong, [a, b]).Diagnostics);
        Assert.Equal(("/proactiveDisclosure/procurement/amount", 1860.35m, 1860m), (d.Path, d.Expected, d.Actual));

        // Parts that agree on 元: the bare consolidated amount is checked in 元, as consolidating them would print it.
        AnnualReport c = Edition2019Fixtures.Valid(2020, "丙局");
        AnnualReport yuan = ReportConsolidation.Consolidate([a, c], 2020, County).Report;
        Assert.Equal(MoneyUnit.Yuan, yuan.ProactiveDisclosure2019!.Procurement.AmountUnit);
        AnnualReport bareYuan = yuan with
        {
            ProactiveDisclosure2019 = yuan.ProactiveDisclosure2019 with { Procurement = yuan.ProactiveDisclosure2019.Procurement with { AmountUnit = null } },
        };
        Assert.Empty(ConsolidationValidator.Default.Validate(bareYuan, [a, c]).Diagnostics);
    }

    [Fact]
    public void Changes_that_add_up_below_what_a_count_holds_are_refused_not_wrapped()
    {
        AnnualReport a = Edition2019Fixtures.Builder(2020, "甲局").Set(DisclosureCell2019.FeesChange, int.MinValue + 1).Build();
        AnnualReport b = Edition2019Fixtures.Builder(2020, "乙局").Set(DisclosureCell2019.FeesChange, -2).Build();

        ArgumentException e = Assert.Throws<ArgumentException>(() => ReportConsolidation.Consolidate([a, b], 2020, County));
        Assert.Contains("/proactiveDisclosure/fees/change", e.Message);
        Assert.Equal(int.MinValue, ReportConsolidation.Consolidate([a, Edition2019Fixtures.Builder(2020, "丙局").Set(DisclosureCell2019.FeesChange, -1).Build()], 2020, County)
            .Report.ProactiveDisclosure2019!.Fees.Change);
    }

    [Fact]
    public void A_blank_cell_of_either_edition_is_labelled_by_its_editions_catalogue()
    {
        Assert.Equal("（六）其他处理 · 自然人", new ConsolidationBlank("/applications/outcomes/otherHandling/naturalPerson", [0]).Cell!.QualifiedLabelZh);
        Assert.Equal("（六）其他处理 · 3.其他 · 自然人", new ConsolidationBlank("/applications/outcomes/otherHandling/other/naturalPerson", [0]).Cell!.QualifiedLabelZh);
        Assert.Equal("行政许可 · 本年处理决定数量", new ConsolidationBlank("/proactiveDisclosure/licensing/decisions", [0]).Cell!.QualifiedLabelZh);
        Assert.Null(new ConsolidationBlank("/nothing", [0]).Cell);
    }

    [Fact]
    public void Blanks_are_equal_by_path_and_parts_and_a_default_list_of_parts_is_empty()
    {
        var blank = new ConsolidationBlank("/applications/received/total", [0, 2]);

        Assert.True(blank == new ConsolidationBlank("/applications/received/total", [0, 2]));
        Assert.True(blank != new ConsolidationBlank("/applications/received/total", [0, 1]));
        Assert.True(blank != new ConsolidationBlank("/applications/carriedOver/total", [0, 2]));
        Assert.False(blank.Equals(null));
        Assert.Empty(new ConsolidationBlank("/applications/received/total", default).Parts);
    }
}
