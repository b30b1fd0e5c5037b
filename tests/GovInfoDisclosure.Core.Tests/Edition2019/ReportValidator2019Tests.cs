using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Edition2019;

/// <summary>The per-report rules on reports of the 2019 edition (report-format.md, "The 2019 edition").</summary>
public class ReportValidator2019Tests
{
    private static readonly ReportValidator Validator = ReportValidator.Default;

    [Fact]
    public void A_valid_2019_report_has_no_finding()
    {
        Assert.Empty(Validator.Validate(Edition2019Fixtures.Valid()).Diagnostics);
    }

    [Fact]
    public void Validating_a_valid_2019_report_allocates_nothing()
    {
        AnnualReport report = Edition2019Fixtures.Valid();
        ValidationResult result = Validator.Validate(report);

        long allocated = Support.Allocations.Fewest(() => result = Validator.Validate(report));

        Assert.True(result.IsValid);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void GID102_adds_the_19_outcome_rows_with_the_single_other_handling_row()
    {
        AnnualReport report = Edition2019Fixtures.Builder().Set(ApplicationRow.OutcomesTotal, ApplicantColumn.NaturalPerson, 5).Build();

        Diagnostic d = Assert.Single(Validator.Validate(report).Diagnostics, d => d.Code == "GID102");
        Assert.Equal("/applications/outcomes/total/naturalPerson", d.Path);
        Assert.Equal(6m, d.Expected); // 3 disclosed + 2 not held + 1 other handling
        Assert.Contains("/applications/outcomes/otherHandling/naturalPerson", d.Cells);
        Assert.Equal(20, d.Cells.Length);
    }

    [Fact]
    public void GID101_names_the_single_other_handling_row_by_its_2019_path_and_label()
    {
        AnnualReport report = Edition2019Fixtures.Builder().Set(ApplicationRow.OtherHandling, ApplicantColumn.Total, 4).Build();

        Diagnostic d = Assert.Single(Validator.Validate(report).Diagnostics, d => d.Code == "GID101" && d.Path.StartsWith("/applications/outcomes/otherHandling", StringComparison.Ordinal));
        Assert.Equal("/applications/outcomes/otherHandling/total", d.Path);
        Assert.Contains("（六）其他处理", d.MessageZh);
    }

    [Fact]
    public void GID001_reports_a_blank_cell_of_the_2019_section_two_and_of_the_single_row()
    {
        AnnualReport valid = Edition2019Fixtures.Valid();
        AnnualReport report = valid with
        {
            ProactiveDisclosure2019 = valid.ProactiveDisclosure2019! with
            {
                Licensing = valid.ProactiveDisclosure2019.Licensing with { Change = null },
            },
            Applications2019 = valid.Applications2019! with
            {
                Outcomes = valid.Applications2019.Outcomes with
                {
                    OtherHandling = valid.Applications2019.Outcomes.OtherHandling with { LegalServiceProvider = null },
                },
            },
        };

        string[] blanks = [.. Validator.Validate(report).Diagnostics.Where(d => d.Code == "GID001").Select(d => d.Path)];
        Assert.Equal(["/proactiveDisclosure/licensing/change", "/applications/outcomes/otherHandling/legalServiceProvider"], blanks);
        Assert.DoesNotContain(Validator.Validate(report).Diagnostics, d => d.Code is "GID101" or "GID102");
    }

    [Fact]
    public void GID105_in_the_2019_edition_is_published_in_all_at_least_published_this_year()
    {
        AnnualReport report = Edition2019Fixtures.Builder()
            .Set(DisclosureCell2019.NormativeDocumentsPublished, 5).Set(DisclosureCell2019.NormativeDocumentsPublishedTotal, 4).Build();

        Diagnostic d = Assert.Single(Validator.Validate(report).Diagnostics);
        Assert.Equal("GID105", d.Code);
        Assert.Equal("/proactiveDisclosure/normativeDocuments/publishedTotal", d.Path);
        Assert.Equal(5m, d.Expected);
        Assert.Equal(4m, d.Actual);
        Assert.Contains("对外公开总数量", d.MessageZh);
        Assert.Contains("本年新公开数量", d.MessageZh);
        Assert.DoesNotContain("/proactiveDisclosure/normativeDocuments/made", d.Cells);
    }

    [Fact]
    public void GID105_in_the_2021_edition_still_names_issued_and_abolished()
    {
        AnnualReport report = Series.SeriesFixtures.Valid().ToBuilder().NormativeDocuments(5, 1, 3).Build();

        Diagnostic d = Assert.Single(Validator.Validate(report).Diagnostics, d => d.Code == "GID105");
        Assert.Equal(4m, d.Expected);
        Assert.Contains("本年制发件数 5", d.MessageZh);
        Assert.Contains("本年废止件数 1", d.MessageZh);
        Assert.Contains("现行有效件数", d.Message);
    }

    [Theory]
    [InlineData(2019, false)]
    [InlineData(2020, false)]
    [InlineData(2021, true)]
    [InlineData(2023, true)]
    public void GID205_says_a_2019_edition_report_for_a_year_from_2021_on_does_not_fit(int year, bool expected)
    {
        AnnualReport report = Edition2019Fixtures.Valid(year);

        Diagnostic? d = Validator.Validate(report).Diagnostics.SingleOrDefault(d => d.Code == "GID205");
        Assert.Equal(expected, d is not null);
        if (d is not null)
        {
            Assert.Equal("/edition", d.Path);
            Assert.Contains("2021", d.Message);
        }
    }

    [Fact]
    public void GID206_does_not_apply_to_the_2019_edition_whose_section_six_has_no_fee_statement()
    {
        AnnualReport report = Edition2019Fixtures.Valid() with { OtherMatters = null, InformationProcessingFeeYuan = null };

        Assert.DoesNotContain(Validator.Validate(report).Diagnostics, d => d.Code == "GID206");
    }

    [Fact]
    public void GID201_compares_the_narratives_count_with_the_2019_table()
    {
        AnnualReport report = Edition2019Fixtures.Builder().WithOverview("2020年，我局收到政府信息公开申请9件。").Build();

        Diagnostic d = Assert.Single(Validator.Validate(report).Diagnostics);
        Assert.Equal("GID201", d.Code);
        Assert.Equal("/applications/received/total", d.Path);
    }

    [Fact]
    public void GID103_balances_each_column_of_a_2019_report()
    {
        AnnualReport report = Edition2019Fixtures.Builder().Set(ApplicationRow.CarriedForward, ApplicantColumn.CommercialEnterprise, 2).Build();

        Assert.Contains(Validator.Validate(report).Diagnostics, d => d.Code == "GID103" && d.Path == "/applications/carriedForward/commercialEnterprise");
    }
}
