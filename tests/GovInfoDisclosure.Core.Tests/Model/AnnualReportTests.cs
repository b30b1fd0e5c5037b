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
    public void Reports_that_differ_only_in_their_kind_are_not_equal()
    {
        AnnualReport inferred = TestReports.Valid();
        AnnualReport agency = inferred with { Kind = ReportKind.Agency };

        Assert.NotEqual(inferred, agency);
        Assert.NotEqual(agency, agency with { Kind = ReportKind.Government });
        Assert.Equal(agency, TestReports.ValidBuilder().OfKind(ReportKind.Agency).Build());
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
    public void Each_cell_of_a_row_or_block_is_blank_on_its_own_and_keeps_its_value()
    {
        ApplicantColumn[] columns = Enum.GetValues<ApplicantColumn>();
        foreach (ApplicantColumn blankColumn in columns)
        {
            int?[] cells = [.. columns.Select(c => c == blankColumn ? (int?)null : int.MaxValue - (int)c)];
            ApplicantBreakdown row = ApplicantBreakdown.FromCells(cells);

            Assert.True(row.HasBlank);
            Assert.Equal(cells, columns.Select(c => row[c]));
            Assert.NotEqual(row, ApplicantBreakdown.FromCells([.. cells.Select(c => c ?? 0)]));
            Assert.Equal(row, ApplicantBreakdown.FromCells(cells));
            Assert.Equal(row.GetHashCode(), ApplicantBreakdown.FromCells(cells).GetHashCode());
        }

        CaseColumn[] caseColumns = Enum.GetValues<CaseColumn>();
        foreach (CaseColumn blankColumn in caseColumns)
        {
            int?[] cells = [.. caseColumns.Select(c => c == blankColumn ? (int?)null : 7 + (int)c)];
            CaseOutcomes block = CaseOutcomes.FromCells(cells);

            Assert.True(block.HasBlank);
            Assert.Equal(cells, caseColumns.Select(c => block[c]));
            Assert.NotEqual(block, CaseOutcomes.FromCells([.. cells.Select(c => c ?? 0)]));
        }

        Assert.Equal(ApplicantBreakdown.Zero, ApplicantBreakdown.Blank with
        {
            NaturalPerson = 0, CommercialEnterprise = 0, ResearchInstitution = 0, PublicInterestOrganization = 0,
            LegalServiceProvider = 0, OtherOrganization = 0, Total = 0,
        });
        Assert.Equal(ApplicantBreakdown.Blank, ApplicantBreakdown.Zero with
        {
            NaturalPerson = null, CommercialEnterprise = null, ResearchInstitution = null, PublicInterestOrganization = null,
            LegalServiceProvider = null, OtherOrganization = null, Total = null,
        });
    }

    [Fact]
    public void The_validators_row_walk_puts_every_row_at_its_catalogue_index()
    {
        AnnualReport report = TestReports.Valid();
        var rows = new ApplicantBreakdown[ReportFormat.ApplicationRowCount];

        report.Applications.CopyRows(rows);

        foreach (ApplicationRow row in Enum.GetValues<ApplicationRow>())
        {
            Assert.Same(report.Applications[row], rows[(int)row]);
        }

        Assert.Equal(ReportFormat.ApplicationRowCount, rows.Distinct(ReferenceEqualityComparer.Instance).Count());
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
