using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Series;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Edition2019;

/// <summary>The rules across years within the 2019 edition and across its change to the 2021 edition.</summary>
public class SeriesValidator2019Tests
{
    private const string Agency = "某县市场监督管理局";

    [Fact]
    public void GID301_holds_from_a_2020_report_of_the_2019_edition_into_a_2021_report()
    {
        AnnualReport r2020 = Edition2019Fixtures.Valid(2020, Agency); // carries 1 forward (自然人)
        AnnualReport carried = Next2021(carriedOver: 1);
        AnnualReport broken = Next2021(carriedOver: 2);

        Assert.DoesNotContain(SeriesValidator.Default.Validate(r2020, carried).Diagnostics, d => d.Code == "GID301");
        Diagnostic d = Assert.Single(SeriesValidator.Default.Validate(r2020, broken).Diagnostics, d => d.Code == "GID301" && d.Path.EndsWith("naturalPerson", StringComparison.Ordinal));
        Assert.Contains(SeriesValidator.Default.Validate(r2020, broken).Diagnostics, d => d.Code == "GID301" && d.Path == "/applications/carriedOver/total");
        Assert.Equal(1m, d.Expected);
        Assert.Equal(2m, d.Actual);
    }

    [Fact]
    public void GID302_is_not_applied_across_the_change_of_edition()
    {
        AnnualReport r2020 = Edition2019Fixtures.Valid(2020, Agency);
        AnnualReport r2021 = Next2021(carriedOver: 1);

        Assert.DoesNotContain(SeriesValidator.Default.Validate(r2020, r2021).Diagnostics, d => d.Code == "GID302");
    }

    [Fact]
    public void GID306_checks_the_items_of_the_previous_year_between_two_2019_edition_years()
    {
        AnnualReport r2019 = Edition2019Fixtures.Valid(2019, Agency); // 行政许可 120 − 18, 行政处罚 45 + 3, 收费 6 − 1
        AnnualReport r2020 = Edition2019Fixtures.Builder(2020, Agency)
            .Set(DisclosureCell2019.LicensingPreviousYearItems, 102).Set(DisclosureCell2019.PenaltiesPreviousYearItems, 48)
            .Set(DisclosureCell2019.FeesPreviousYearItems, 6)
            .Build();

        Diagnostic d = Assert.Single(SeriesValidator.Default.Validate(r2019, r2020).Diagnostics);
        Assert.Equal("GID306", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("/proactiveDisclosure/fees/previousYearItems", d.Path);
        Assert.Equal(5m, d.Expected);
        Assert.Equal(6m, d.Actual);
        Assert.Contains("行政事业性收费", d.MessageZh);
    }

    [Fact]
    public void GID306_skips_a_blank_cell_and_does_not_apply_with_a_2021_report()
    {
        AnnualReport r2019 = Edition2019Fixtures.Valid(2019, Agency);
        AnnualReport blank = r2019 with
        {
            ProactiveDisclosure2019 = r2019.ProactiveDisclosure2019! with { Fees = new FeeItems { PreviousYearItems = 6, Change = null } },
        };
        AnnualReport r2020 = Edition2019Fixtures.Builder(2020, Agency)
            .Set(DisclosureCell2019.LicensingPreviousYearItems, 102).Set(DisclosureCell2019.PenaltiesPreviousYearItems, 48).Build();

        Assert.DoesNotContain(SeriesValidator.Default.Validate(blank, r2020).Diagnostics, d => d.Code == "GID306");
        Assert.DoesNotContain(SeriesValidator.Default.Validate(r2020, Next2021(carriedOver: 1)).Diagnostics, d => d.Code == "GID306");
    }

    private static AnnualReport Next2021(int carriedOver) =>
        new AnnualReportBuilder(2021, Agency)
            .CarriedOver(naturalPerson: carriedOver)
            .Received(naturalPerson: 2)
            .Row(ApplicationRow.Disclosed, naturalPerson: 2)
            .WithInformationProcessingFee(0m)
            .Build();
}
