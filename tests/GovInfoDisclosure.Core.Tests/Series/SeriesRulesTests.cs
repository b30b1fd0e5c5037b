using System.Collections.Immutable;
using GovInfoDisclosure.Core.Series;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Series;

public class SeriesRulesTests
{
    [Fact]
    public void The_series_rules_follow_GID303_in_the_catalogue_and_codes_stay_unique()
    {
        string[] codes = [.. Rules.All.Select(r => r.Code)];
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        int at = Array.IndexOf(codes, "GID303");
        Assert.Equal(["GID303", "GID304", "GID305", "GID306", "GID401"], codes[at..(at + 5)]);
        Assert.Same(Rules.MissingYear, Rules.Find("gid304"));
        Assert.Equal(Severity.Warning, Rules.MissingYear.DefaultSeverity);
        Assert.Equal(Severity.Error, Rules.DuplicateYear.DefaultSeverity);
        Assert.All([Rules.CarryOver, Rules.InForceSeries, Rules.RepeatedText, Rules.MissingYear, Rules.DuplicateYear, Rules.ItemsSeries], r => Assert.Equal(RuleScope.Series, r.Scope));
    }

    [Fact]
    public void The_new_rules_can_be_configured_by_code()
    {
        ValidatorOptions options = ValidatorOptions.Default.Disable("GID304").WithSeverity("GID305", Severity.Warning);
        ImmutableArray<ValidationResult> results = new SeriesValidator(options)
            .Validate(new ReportSeries([SeriesFixtures.Valid(2020), SeriesFixtures.Valid(2022), SeriesFixtures.Valid(2022)]));
        Assert.Empty(results[1].Diagnostics);
        Diagnostic d = Assert.Single(results[2].Diagnostics);
        Assert.Equal("GID305", d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void One_validator_serves_many_threads()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021).ToBuilder().WithProblemsAndImprovements(ProblemTexts.Township2022).Build();
        AnnualReport r2022 = SeriesFixtures.Next(r2021).ToBuilder()
            .WithProblemsAndImprovements(ProblemTexts.Township2023LightlyEdited)
            .Set(Format.ApplicationRow.CarriedOver, Format.ApplicantColumn.NaturalPerson, 50)
            .Build();
        var series = new ReportSeries([r2021, r2022]);
        string[] expected = [.. SeriesValidator.Default.Validate(series)[1].Diagnostics.Select(d => d.Fingerprint)];
        Assert.NotEmpty(expected);
        Parallel.For(0, 64, _ =>
            Assert.Equal(expected, SeriesValidator.Default.Validate(series)[1].Diagnostics.Select(d => d.Fingerprint)));
    }
}
