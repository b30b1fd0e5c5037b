using GovInfoDisclosure.Cli;
using GovInfoDisclosure.Core.Comparison;
using GovInfoDisclosure.Core.Consolidation;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Consolidation;

/// <summary>Faults the second review found in consolidation, comparison and their commands, each pinned.</summary>
public sealed class SecondReviewRegressionTests : IDisposable
{
    private static readonly Agency County = new() { Name = "某某县人民政府" };
    private readonly string _folder = Directory.CreateTempSubdirectory("gidr-review-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Amounts_whose_sum_a_decimal_cannot_hold_are_a_finding_not_a_crash()
    {
        AnnualReport big = TestReports.ValidBuilder().Fees(50_000_000_000_000_000_000_000_000_000m).Build();

        ValidationResult result = ConsolidationValidator.Default.Validate(big, [big, big]);

        Diagnostic d = Assert.Single(result.Diagnostics, d => d.Path == "/proactiveDisclosure/fees/amount");
        Assert.Equal("GID401", d.Code);
        Assert.Null(d.Expected);
        Assert.Contains("more than a decimal holds exactly", d.Message);
    }

    [Fact]
    public void Consolidating_amounts_that_would_be_rounded_is_refused()
    {
        AnnualReport a = TestReports.ValidBuilder().Fees(10_000_000_000_000_000_000_000_000_000m).Build();
        AnnualReport b = TestReports.ValidBuilder().Fees(0.5m).Build();

        var ex = Assert.Throws<ArgumentException>(() => ReportConsolidation.Consolidate([a, b, b], 2022, County));
        Assert.Contains("/proactiveDisclosure/fees/amount", ex.Message);
    }

    [Fact]
    public void A_part_of_another_year_is_refused_by_the_validator()
    {
        AnnualReport part = TestReports.ValidBuilder().ForYear(2021).PublishedOn(new DateOnly(2022, 1, 10)).Build();

        Assert.Throws<ArgumentException>(() => ConsolidationValidator.Default.Validate(TestReports.Valid(), [part]));
    }

    [Fact]
    public void Comparison_refuses_years_given_the_wrong_way_round_and_survives_tiny_amounts()
    {
        AnnualReport y2022 = TestReports.ValidBuilder().Fees(0.0001m).Build();
        AnnualReport y2023 = y2022.ToBuilder().ForYear(2023).PublishedOn(new DateOnly(2024, 1, 10)).Fees(50_000_000_000_000_000_000_000_000_000m).Build();

        Assert.Throws<ArgumentException>(() => ReportComparison.Compare(y2023, y2022));
        ReportComparison comparison = ReportComparison.Compare(y2022, y2023);
        Assert.Null(comparison.Cells.Single(c => c.Path == "/proactiveDisclosure/fees/amount").RelativeChange);
        Assert.NotEmpty(comparison.ToText());
        Assert.NotEmpty(comparison.ToJson());
    }

    [Fact]
    public void Gidr_compare_with_the_years_reversed_is_a_usage_error()
    {
        string old = Write("2022.json", TestReports.Valid());
        string @new = Write("2023.json", TestReports.Valid().ToBuilder().ForYear(2023).PublishedOn(new DateOnly(2024, 1, 10)).Build());

        (int code, string stderr) = Run("compare", @new, old);

        Assert.Equal(64, code);
        Assert.Contains("give the earlier year first", stderr);
    }

    [Fact]
    public void Gidr_validate_part_of_another_year_exits_2_naming_the_part()
    {
        string county = Write("county.json", TestReports.Valid());
        string part = Write("y2021.json", TestReports.ValidBuilder().ForYear(2021).PublishedOn(new DateOnly(2022, 1, 10)).Build());

        (int code, string stderr) = Run("validate", county, "--part", part);

        Assert.Equal(2, code);
        Assert.Contains($"'{part}' is a report on 2021", stderr);
    }

    [Fact]
    public void Gidr_consolidate_takes_a_folder_of_parts()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "parts"));
        Write(Path.Combine("parts", "a.json"), TestReports.Valid());
        Write(Path.Combine("parts", "b.json"), TestReports.Valid());
        string output = Path.Combine(_folder, "county.json");

        (int code, string stderr) = Run("consolidate", Path.Combine(_folder, "parts"), "-o", output);

        Assert.True(code == 0, stderr);
        Assert.Equal(10, AnnualReportJson.ReadFile(output).Applications.Received.Total);
    }

    [Fact]
    public void An_unreadable_year_in_a_series_is_not_called_missing()
    {
        string y2021 = Write("2021.json", TestReports.ValidBuilder().ForYear(2021).PublishedOn(new DateOnly(2022, 1, 10)).Build());
        string y2022 = Path.Combine(_folder, "2022.json");
        File.WriteAllText(y2022, "{ not json");
        string y2023 = Write("2023.json", TestReports.ValidBuilder().ForYear(2023).PublishedOn(new DateOnly(2024, 1, 10)).Build());

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = GidrApp.Run(["validate", "--series", y2021, y2022, y2023], stdout, stderr, () => Stream.Null);

        Assert.Equal(2, code);
        Assert.DoesNotContain("GID304", stdout.ToString());
    }

    private string Write(string name, AnnualReport report)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, AnnualReportJson.ToUtf8Bytes(report));
        return path;
    }

    private static (int Code, string Stderr) Run(params string[] args)
    {
        var stderr = new StringWriter();
        int code = GidrApp.Run(args, new StringWriter(), stderr, () => Stream.Null);
        return (code, stderr.ToString());
    }
}
