using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Series;

namespace GovInfoDisclosure.Core.Tests.Series;

public class ReportSeriesTests
{
    [Fact]
    public void Reports_are_ordered_by_year_whatever_the_order_given()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        AnnualReport r2022 = SeriesFixtures.Next(r2021);
        AnnualReport r2023 = SeriesFixtures.Next(r2022);
        var series = new ReportSeries([r2023, r2021, r2022]);
        Assert.Equal([2021, 2022, 2023], series.Select(r => r.Year));
        Assert.Equal(2021, series.FirstYear);
        Assert.Equal(2023, series.LastYear);
        Assert.True(series.IsContiguous);
        Assert.Empty(series.MissingYears);
        Assert.Empty(series.DuplicateYears);
    }

    [Fact]
    public void Missing_and_duplicate_years_are_listed()
    {
        var series = new ReportSeries([SeriesFixtures.Valid(2025), SeriesFixtures.Valid(2021), SeriesFixtures.Valid(2021), SeriesFixtures.Valid(2022)]);
        Assert.Equal(new[] { 2023, 2024 }, series.MissingYears.ToArray());
        Assert.Equal(new[] { 2021 }, series.DuplicateYears.ToArray());
        Assert.False(series.IsContiguous);
    }

    [Fact]
    public void A_year_with_three_reports_is_listed_once_beside_another_duplicated_year()
    {
        var series = new ReportSeries(
            [SeriesFixtures.Valid(2021), SeriesFixtures.Valid(2021), SeriesFixtures.Valid(2021), SeriesFixtures.Valid(2022), SeriesFixtures.Valid(2022)]);
        Assert.Equal(new[] { 2021, 2022 }, series.DuplicateYears.ToArray());
        Assert.Empty(series.MissingYears);
        Assert.False(series.IsContiguous);
        Assert.Equal(2022, series.LastYear);
    }

    [Fact]
    public void A_missing_year_alone_makes_a_series_not_contiguous()
    {
        var series = new ReportSeries([SeriesFixtures.Valid(2021), SeriesFixtures.Valid(2023)]);
        Assert.Empty(series.DuplicateYears);
        Assert.Equal(new[] { 2022 }, series.MissingYears.ToArray());
        Assert.False(series.IsContiguous);
    }

    [Fact]
    public void Reports_of_one_year_keep_the_order_given()
    {
        AnnualReport first = SeriesFixtures.Valid(2022, "甲镇人民政府");
        AnnualReport second = SeriesFixtures.Valid(2022, "乙镇人民政府");
        var series = new ReportSeries([second, first]);
        Assert.Same(second, series[0]);
        Assert.Same(first, series[1]);
    }

    [Fact]
    public void Two_series_of_equal_reports_are_equal()
    {
        var a = new ReportSeries([SeriesFixtures.Valid(2021), SeriesFixtures.Valid(2022)]);
        var b = new ReportSeries([SeriesFixtures.Valid(2022), SeriesFixtures.Valid(2021)]);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new ReportSeries([SeriesFixtures.Valid(2021)]));
        Assert.False(a != b);
        Assert.True(a != new ReportSeries([SeriesFixtures.Valid(2021)]));
    }

    [Fact]
    public void Series_of_different_reports_have_different_hash_codes()
    {
        // Not required by the contract of GetHashCode, but a hash that ignores the reports would put every series of
        // a portal's dictionary in one bucket: these two differ in one cell.
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        AnnualReport other = r2021.ToBuilder().Set(DisclosureCell.RegulationsIssued, 9).Build();
        Assert.NotEqual(new ReportSeries([r2021]).GetHashCode(), new ReportSeries([other]).GetHashCode());
    }

    [Fact]
    public void A_series_prints_its_agency_years_and_count()
    {
        var series = new ReportSeries([SeriesFixtures.Valid(2023), SeriesFixtures.Valid(2021), SeriesFixtures.Valid(2022)]);
        Assert.Equal($"{SeriesFixtures.AgencyName} 2021–2023 (3 report(s))", series.ToString());
        Assert.Equal("(empty series)", new ReportSeries([]).ToString());
    }

    [Fact]
    public void An_empty_series_has_no_years()
    {
        var series = new ReportSeries([]);
        Assert.Empty(series);
        Assert.Null(series.FirstYear);
        Assert.Null(series.LastYear);
        Assert.True(series.IsContiguous);
    }

    [Fact]
    public void A_null_report_is_refused()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new ReportSeries([SeriesFixtures.Valid(), null!]));
        Assert.Equal("reports", ex.ParamName);
    }
}
