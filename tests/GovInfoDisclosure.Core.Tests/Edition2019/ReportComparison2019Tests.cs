using GovInfoDisclosure.Core.Comparison;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Tests.Edition2019;

/// <summary>Comparing across the change of edition: the shared cells, and a list of those that could not be compared.</summary>
public class ReportComparison2019Tests
{
    [Fact]
    public void A_2020_report_and_a_2021_report_are_compared_on_the_cells_both_print()
    {
        AnnualReport r2020 = Edition2019Fixtures.Valid(2020, "某局");
        AnnualReport r2021 = Series.SeriesFixtures.Valid(2021, "某局");

        ReportComparison c = ReportComparison.Compare(r2020, r2021);

        Assert.Contains(c.Cells, x => x.Path == "/applications/received/total" && x.Previous == 7 && x.Current == 15);
        Assert.Contains(c.Cells, x => x.Path == "/proactiveDisclosure/licensing/decisions" && x.Previous == 2310 && x.Current == 9570);
        Assert.DoesNotContain(c.Cells, x => x.Path.StartsWith("/applications/outcomes/otherHandling", StringComparison.Ordinal));
        Assert.Contains(c.NotCompared, e => e.JsonPointer == "/proactiveDisclosure/procurement/amount");
        Assert.Contains(c.NotCompared, e => e.JsonPointer == "/applications/outcomes/otherHandling/total");
        Assert.Contains(c.NotCompared, e => e.JsonPointer == "/applications/outcomes/otherHandling/feeUnpaid/total");
        Assert.Contains(c.NotCompared, e => e.JsonPointer == "/proactiveDisclosure/fees/amount");
        Assert.Contains("not compared", c.ToText());
        Assert.Contains("\"notCompared\"", c.ToJson());
    }

    private static AnnualReport WithAmount(AnnualReport report, decimal? amount, MoneyUnit? unit) => report with
    {
        ProactiveDisclosure2019 = report.ProactiveDisclosure2019! with
        {
            Procurement = report.ProactiveDisclosure2019.Procurement with { Amount = amount, AmountUnit = unit },
        },
    };

    [Fact]
    public void A_procurement_amount_is_compared_in_the_later_report_s_unit()
    {
        AnnualReport r2019 = WithAmount(Edition2019Fixtures.Valid(2019, "某局"), 48.65m, MoneyUnit.TenThousandYuan);
        AnnualReport r2020 = WithAmount(Edition2019Fixtures.Valid(2020, "某局"), 486500m, MoneyUnit.Yuan);

        ReportComparison same = ReportComparison.Compare(r2019, r2020);

        // The same money in another unit: 486500 元 then, unchanged, no outlier (not 48.65 → 486500, +999900 %).
        CellComparison amount = Assert.Single(same.Cells, x => x.Path == "/proactiveDisclosure/procurement/amount");
        Assert.Equal((486500m, 486500m, false, false), (amount.Previous, amount.Current, amount.IsChanged, amount.IsOutlier));
        Assert.Empty(same.NotCompared);

        CellComparison doubled = Assert.Single(
            ReportComparison.Compare(r2019, WithAmount(r2020, 97.3m, MoneyUnit.TenThousandYuan)).Cells,
            x => x.Path == "/proactiveDisclosure/procurement/amount");
        Assert.Equal((48.65m, 97.3m, 48.65m), (doubled.Previous, doubled.Current, doubled.Change));
    }

    [Fact]
    public void An_amount_printed_with_a_unit_against_one_printed_without_is_not_compared_but_listed()
    {
        AnnualReport r2019 = WithAmount(Edition2019Fixtures.Valid(2019, "某局"), 48.65m, MoneyUnit.TenThousandYuan);
        AnnualReport r2020 = WithAmount(Edition2019Fixtures.Valid(2020, "某局"), 48.65m, null);

        ReportComparison c = ReportComparison.Compare(r2019, r2020);

        Assert.DoesNotContain(c.Cells, x => x.Path == "/proactiveDisclosure/procurement/amount");
        Assert.Equal("/proactiveDisclosure/procurement/amount", Assert.Single(c.NotCompared).JsonPointer);
        Assert.Contains("the 2019 report prints the procurement amount in 万元 and the 2020 report without a unit: it is not compared", c.ToText(), StringComparison.Ordinal);
        Assert.Contains("\"notCompared\"", c.ToJson(), StringComparison.Ordinal);
        Assert.Equal(198, c.Cells.Length);

        // A blank amount on either side compares (a blank filled or emptied), whatever the units.
        Assert.Empty(ReportComparison.Compare(WithAmount(r2019, null, MoneyUnit.TenThousandYuan), r2020).NotCompared);
        Assert.Empty(ReportComparison.Compare(WithAmount(r2019, 1m, null), WithAmount(r2020, 2m, null)).NotCompared);
    }

    [Fact]
    public void Two_reports_of_one_edition_compare_every_cell()
    {
        ReportComparison c = ReportComparison.Compare(Edition2019Fixtures.Valid(2019, "某局"), Edition2019Fixtures.Valid(2020, "某局"));

        Assert.Empty(c.NotCompared);
        Assert.Equal(199, c.Cells.Length);
        Assert.DoesNotContain("notCompared", c.ToJson());
    }
}
