using GovInfoDisclosure.Core.Documents;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary>An option no document could be read with is refused where it is given, not as a fault of the first document read.</summary>
public sealed class ImportOptionsTests
{
    [Theory]
    [InlineData(999)]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(9999)]
    [InlineData(12345)]
    public void A_year_no_report_can_be_on_is_refused_when_given(int year)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new ImportOptions { Year = year });

        Assert.Equal(nameof(ImportOptions.Year), e.ParamName);
    }

    [Theory]
    [InlineData(AnnualReport.MinYear)]
    [InlineData(2023)]
    [InlineData(AnnualReport.MaxYear)]
    public void A_year_in_range_is_kept_and_none_stays_none(int year)
    {
        Assert.Equal(year, new ImportOptions { Year = year }.Year);
        Assert.Null(new ImportOptions { Year = null }.Year);
        Assert.Null(ImportOptions.Default.Year);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\t")]
    public void An_agency_name_that_names_nothing_is_refused_when_given(string name)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new ImportOptions { AgencyName = name });

        Assert.Equal(nameof(ImportOptions.AgencyName), e.ParamName);
    }

    [Fact]
    public void An_agency_name_is_kept_as_given()
    {
        Assert.Equal(" 测试县人民政府 ", new ImportOptions { AgencyName = " 测试县人民政府 " }.AgencyName);
        Assert.Null(new ImportOptions { AgencyName = null }.AgencyName);
    }

    [Fact]
    public void A_limit_of_zero_or_less_is_refused_and_a_positive_one_kept()
    {
        Assert.Equal("MaxBytes", Assert.ThrowsAny<ArgumentException>(() => new ImportOptions { MaxBytes = 0 }).ParamName);
        Assert.Equal("MaxTableCells", Assert.ThrowsAny<ArgumentException>(() => new ImportOptions { MaxTableCells = -1 }).ParamName);
        Assert.Equal("MaxDepth", Assert.ThrowsAny<ArgumentException>(() => new ImportOptions { MaxDepth = 0 }).ParamName);
        Assert.Equal("MaxUncompressedBytes", Assert.ThrowsAny<ArgumentException>(() => new ImportOptions { MaxUncompressedBytes = -1 }).ParamName);

        var limits = new ImportOptions { MaxBytes = 1, MaxTableCells = 2, MaxDepth = 3, MaxUncompressedBytes = 4 };
        Assert.Equal((1L, 2, 3, 4L), (limits.MaxBytes, limits.MaxTableCells, limits.MaxDepth, limits.MaxUncompressedBytes));
    }

    [Fact]
    public void The_defaults_are_the_documented_limits()
    {
        ImportOptions options = ImportOptions.Default;

        Assert.Equal((64L * 1024 * 1024, 100_000, 512, 256L * 1024 * 1024), (options.MaxBytes, options.MaxTableCells, options.MaxDepth, options.MaxUncompressedBytes));
        Assert.Equal(options, new ImportOptions());
    }
}
