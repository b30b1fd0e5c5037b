using System.Collections.Immutable;
using System.Globalization;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Series;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Series;

public class SeriesValidatorTests
{
    private static readonly SeriesValidator Validator = SeriesValidator.Default;

    private static ImmutableArray<ValidationResult> Validate(params AnnualReport[] reports) => Validator.Validate(new ReportSeries(reports));

    [Fact]
    public void A_consistent_series_has_no_finding()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        AnnualReport r2022 = SeriesFixtures.Next(r2021);
        AnnualReport r2023 = SeriesFixtures.Next(r2022);
        ImmutableArray<ValidationResult> results = Validate(r2021, r2022, r2023);
        Assert.Equal(3, results.Length);
        Assert.All(results, r => Assert.Empty(r.Diagnostics));
    }

    [Fact]
    public void Carried_over_that_differs_from_last_years_carried_forward_is_reported_on_the_later_year()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        int forward = r2021.Applications.CarriedForward.NaturalPerson!.Value;
        AnnualReport r2022 = SeriesFixtures.Next(r2021).ToBuilder()
            .Set(ApplicationRow.CarriedOver, ApplicantColumn.NaturalPerson, forward + 3)
            .Set(ApplicationRow.CarriedOver, ApplicantColumn.Total, r2021.Applications.CarriedForward.Total + 3)
            .Build();

        ImmutableArray<ValidationResult> results = Validate(r2022, r2021);

        Assert.Empty(results[0].Diagnostics);
        Assert.False(results[1].IsValid);
        Assert.Collection(
            results[1].Diagnostics,
            d =>
            {
                Assert.Equal("GID301", d.Code);
                Assert.Equal(Severity.Error, d.Severity);
                Assert.Equal("/applications/carriedOver/naturalPerson", d.Path);
                Assert.Equal(forward, d.Expected);
                Assert.Equal(forward + 3, d.Actual);
                Assert.Contains("2021", d.MessageZh, StringComparison.Ordinal);
            },
            d =>
            {
                Assert.Equal("GID301", d.Code);
                Assert.Equal("/applications/carriedOver/total", d.Path);
            });
    }

    [Fact]
    public void A_blank_carried_cell_is_skipped()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        AnnualReport r2022 = SeriesFixtures.Next(r2021);
        AnnualReport blankOver = r2022 with
        {
            Applications = r2022.Applications with { CarriedOver = r2022.Applications.CarriedOver with { NaturalPerson = null } },
        };
        AnnualReport blankForward = r2021 with
        {
            Applications = r2021.Applications with { CarriedForward = r2021.Applications.CarriedForward with { Total = null, NaturalPerson = 999 } },
        };
        Assert.Empty(Validate(r2021, blankOver)[1].Diagnostics.Where(d => d.Code == "GID301"));
        Assert.DoesNotContain(Validate(blankForward, r2022)[1].Diagnostics, d => d.Path.EndsWith("/total", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DisclosureCell.RegulationsInForce, "/proactiveDisclosure/regulations/inForce")]
    [InlineData(DisclosureCell.NormativeDocumentsInForce, "/proactiveDisclosure/normativeDocuments/inForce")]
    public void Documents_in_force_that_do_not_follow_from_last_year_are_a_warning_on_the_later_year(DisclosureCell cell, string path)
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        AnnualReport good = SeriesFixtures.Next(r2021, issued: 2, abolished: 1);
        decimal expected = good.ProactiveDisclosure[cell]!.Value;
        AnnualReport r2022 = good.ToBuilder().Set(cell, expected + 10).Build();

        Diagnostic d = Assert.Single(Validate(r2021, r2022)[1].Diagnostics);
        Assert.Equal("GID302", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(path, d.Path);
        Assert.Equal(expected, d.Expected);
        Assert.Equal(expected + 10, d.Actual);
        Assert.Contains(path, d.Cells);
        Assert.True(Validate(r2021, r2022)[1].IsValid);
    }

    [Fact]
    public void Documents_in_force_are_added_in_64_bits()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021).ToBuilder().Regulations(0, 0, int.MaxValue).Build();
        AnnualReport r2022 = SeriesFixtures.Carry(new AnnualReportBuilder(2022, SeriesFixtures.AgencyName), r2021)
            .Regulations(int.MaxValue, 0, int.MaxValue).NormativeDocuments(0, 0, 20).Build();
        Diagnostic d = Assert.Single(Validate(r2021, r2022)[1].Diagnostics);
        Assert.Equal("/proactiveDisclosure/regulations/inForce", d.Path);
        Assert.Equal(2m * int.MaxValue, d.Expected);
        Assert.Equal(int.MaxValue, d.Actual);
    }

    [Fact]
    public void A_blank_document_cell_is_skipped()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        AnnualReport r2022 = SeriesFixtures.Next(r2021);
        AnnualReport blank = r2022 with
        {
            ProactiveDisclosure = r2022.ProactiveDisclosure with { Regulations = r2022.ProactiveDisclosure.Regulations with { Issued = null, InForce = 0 } },
        };
        Assert.Empty(Validate(r2021, blank)[1].Diagnostics);
    }

    [Theory]
    [MemberData(nameof(ProblemTexts.Repeats), MemberType = typeof(ProblemTexts))]
    public void Section_five_repeating_last_year_is_flagged(string name, string previous, string current)
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021).ToBuilder().WithProblemsAndImprovements(previous).Build();
        AnnualReport r2022 = SeriesFixtures.Next(r2021).ToBuilder().WithProblemsAndImprovements(current).Build();
        Diagnostic d = Assert.Single(Validate(r2021, r2022)[1].Diagnostics);
        Assert.Equal("GID303", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("/problemsAndImprovements", d.Path);
        Assert.Contains("阈值80%", d.MessageZh, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Theory]
    [MemberData(nameof(ProblemTexts.Rewrites), MemberType = typeof(ProblemTexts))]
    public void Section_five_genuinely_rewritten_is_not_flagged(string name, string previous, string current)
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021).ToBuilder().WithProblemsAndImprovements(previous).Build();
        AnnualReport r2022 = SeriesFixtures.Next(r2021).ToBuilder().WithProblemsAndImprovements(current).Build();
        Assert.True(Validate(r2021, r2022)[1].Diagnostics.IsEmpty, name);
    }

    [Fact]
    public void The_repeated_text_threshold_can_be_set()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021).ToBuilder().WithProblemsAndImprovements(ProblemTexts.Township2022).Build();
        AnnualReport r2022 = SeriesFixtures.Next(r2021).ToBuilder().WithProblemsAndImprovements(ProblemTexts.Township2023TwoPointsReplaced).Build();
        Assert.Empty(SeriesValidator.Default.Validate(r2021, r2022).Diagnostics);
        Diagnostic d = Assert.Single(new SeriesValidator(repeatedTextThreshold: 0.4).Validate(r2021, r2022).Diagnostics);
        Assert.Equal("GID303", d.Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeriesValidator(repeatedTextThreshold: 0));
    }

    [Fact]
    public void A_threshold_of_one_flags_only_a_text_repeated_exactly()
    {
        // The threshold is inclusive ("at and above"): at 1, an exact copy (similarity 1) is flagged, a light edit is not.
        var validator = new SeriesValidator(repeatedTextThreshold: 1);
        AnnualReport r2021 = SeriesFixtures.Valid(2021).ToBuilder().WithProblemsAndImprovements(ProblemTexts.Township2022).Build();
        AnnualReport copy = SeriesFixtures.Next(r2021).ToBuilder().WithProblemsAndImprovements(ProblemTexts.Township2022).Build();
        AnnualReport edited = SeriesFixtures.Next(r2021).ToBuilder().WithProblemsAndImprovements(ProblemTexts.Township2023TwoPointsReplaced).Build();
        Assert.Equal(1.0, validator.RepeatedTextThreshold);
        Assert.Equal("GID303", Assert.Single(validator.Validate(r2021, copy).Diagnostics).Code);
        Assert.Empty(validator.Validate(r2021, edited).Diagnostics);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeriesValidator(repeatedTextThreshold: 1.0000001));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeriesValidator(repeatedTextThreshold: double.NaN));
    }

    [Fact]
    public void A_missing_year_is_a_warning_on_the_report_after_the_gap_and_the_gap_is_not_bridged()
    {
        AnnualReport r2020 = SeriesFixtures.Valid(2020);
        AnnualReport r2023 = SeriesFixtures.Valid(2023); // its carried-over row does not follow 2020's: not compared
        ImmutableArray<ValidationResult> results = Validate(r2020, r2023);
        Assert.Empty(results[0].Diagnostics);
        Diagnostic d = Assert.Single(results[1].Diagnostics);
        Assert.Equal("GID304", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("/year", d.Path);
        Assert.Equal(2021, d.Expected);
        Assert.Equal(2023, d.Actual);
        Assert.Contains("2021–2022", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_report_of_a_year_is_an_error_and_the_year_is_not_compared()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        AnnualReport a = SeriesFixtures.Valid(2022);
        AnnualReport b = SeriesFixtures.Valid(2022, "另一机关");
        ImmutableArray<ValidationResult> results = Validate(r2021, a, b);
        Assert.Empty(results[0].Diagnostics);
        Assert.Empty(results[1].Diagnostics);
        Diagnostic d = Assert.Single(results[2].Diagnostics);
        Assert.Equal("GID305", d.Code);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("/year", d.Path);
        Assert.Contains("2", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_turn_rules_off_and_override_severities()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021).ToBuilder().WithProblemsAndImprovements(ProblemTexts.Township2022).Build();
        AnnualReport r2022 = SeriesFixtures.Next(r2021).ToBuilder()
            .WithProblemsAndImprovements(ProblemTexts.Township2022)
            .Set(ApplicationRow.CarriedOver, ApplicantColumn.NaturalPerson, 77)
            .Build();
        var validator = new SeriesValidator(ValidatorOptions.Default.Disable("GID303").WithSeverity("GID301", Severity.Warning));
        ValidationResult result = validator.Validate(r2021, r2022);
        Assert.All(result.Diagnostics, d => Assert.Equal("GID301", d.Code));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validating_a_pair_needs_consecutive_years()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => Validator.Validate(SeriesFixtures.Valid(2021), SeriesFixtures.Valid(2023)));
        Assert.Equal("current", ex.ParamName);
    }

    [Fact]
    public void Messages_name_the_years_and_the_column()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        AnnualReport r2022 = SeriesFixtures.Next(r2021).ToBuilder().Set(ApplicationRow.CarriedOver, ApplicantColumn.CommercialEnterprise, 9).Build();
        Diagnostic d = Validator.Validate(r2021, r2022).Diagnostics.First();
        string expected = r2021.Applications.CarriedForward.CommercialEnterprise!.Value.ToString(CultureInfo.InvariantCulture);
        Assert.Equal($"法人或其他组织 · 商业企业列：2021年度结转下年度{expected}件，但2022年度上年结转为9件。", d.MessageZh);
    }
}
