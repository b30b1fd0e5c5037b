using GovInfoDisclosure.Core.Comparison;

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

    [Fact]
    public void Two_reports_of_one_edition_compare_every_cell()
    {
        ReportComparison c = ReportComparison.Compare(Edition2019Fixtures.Valid(2019, "某局"), Edition2019Fixtures.Valid(2020, "某局"));

        Assert.Empty(c.NotCompared);
        Assert.Equal(199, c.Cells.Length);
        Assert.DoesNotContain("notCompared", c.ToJson());
    }
}
