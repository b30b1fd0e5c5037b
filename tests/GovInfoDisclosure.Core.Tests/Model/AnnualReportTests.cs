using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Model;

public class AnnualReportTests
{
    [Fact]
    public void Two_reports_built_from_the_same_values_are_equal_and_hash_alike()
    {
        AnnualReport a = TestReports.Valid();
        AnnualReport b = TestReports.Valid();

        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Narratives_compare_by_their_paragraphs_not_by_reference()
    {
        var a = new Narrative([new Paragraph { Heading = "（一）", Text = "甲" }, new Paragraph { Text = "乙" }]);
        var b = new Narrative([new Paragraph { Heading = "（一）", Text = "甲" }, new Paragraph { Text = "乙" }]);
        var c = new Narrative([new Paragraph { Heading = "（一）", Text = "甲" }, new Paragraph { Text = "丙" }]);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal(TestReports.Valid() with { Overview = a }, TestReports.Valid() with { Overview = b });
    }

    [Fact]
    public void A_single_changed_cell_makes_reports_unequal()
    {
        AnnualReport a = TestReports.Valid();
        AnnualReport b = a.ToBuilder().Set(ApplicationRow.Complaint, ApplicantColumn.OtherOrganization, 1).Build();

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_blank_cell_is_not_equal_to_a_zero()
    {
        ApplicantBreakdown zero = ApplicantBreakdown.Zero;
        ApplicantBreakdown blank = zero with { Total = null };

        Assert.NotEqual(zero, blank);
        Assert.Null(blank.Total);
        Assert.True(blank.HasBlank);
        Assert.False(zero.HasBlank);
    }

    [Fact]
    public void A_negative_count_is_refused_by_the_model_with_the_cell_named()
    {
        ArgumentException ex = Assert.ThrowsAny<ArgumentException>(() => ApplicantBreakdown.Zero with { NaturalPerson = -1 });
        Assert.Equal("NaturalPerson", ex.ParamName);
    }

    [Fact]
    public void The_indexers_reach_every_row_and_column_of_the_catalogue()
    {
        AnnualReport report = TestReports.Valid();

        Assert.Equal(report.Applications.Outcomes.NotDisclosed.StateSecret, report.Applications[ApplicationRow.StateSecret]);
        Assert.Equal(report.Applications.Outcomes.OtherHandling.Other, report.Applications[ApplicationRow.OtherHandling]);
        Assert.Equal(report.Applications.CarriedForward, report.Applications[ApplicationRow.CarriedForward]);
        Assert.Equal(4, report.Applications.Received[ApplicantColumn.NaturalPerson]);
        Assert.Equal(18.25m, report.ProactiveDisclosure[DisclosureCell.FeesAmount]);
        foreach (ApplicationRow row in Enum.GetValues<ApplicationRow>())
        {
            foreach (ApplicantColumn column in Enum.GetValues<ApplicantColumn>())
            {
                Assert.NotNull(report.Applications[row][column]);
            }
        }
    }
}
