using System.Collections.Immutable;
using FsCheck;
using FsCheck.Xunit;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Series;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Series;

public class SeriesProperties
{
    [Property(Arbitrary = new[] { typeof(SeriesArbitraries) })]
    public void A_series_carrying_each_years_carried_forward_into_the_next_passes_every_check_across_years(ConsistentSeries s)
    {
        ImmutableArray<ValidationResult> results = SeriesValidator.Default.Validate(new ReportSeries(s.Reports));
        Assert.All(results, r => Assert.Empty(r.Diagnostics));
        Assert.All(s.Reports, r => Assert.True(ReportValidator.Default.Validate(r).IsValid));
    }

    [Property(Arbitrary = new[] { typeof(SeriesArbitraries) })]
    public void Any_single_change_to_a_carried_cell_is_caught_at_its_path(ConsistentSeries s, NonNegativeInt yearSeed, NonNegativeInt columnSeed, PositiveInt delta, bool changeForward)
    {
        int later = 1 + (yearSeed.Get % (s.Reports.Length - 1));
        var column = (ApplicantColumn)(columnSeed.Get % ReportFormat.ApplicantColumnCount);
        AnnualReport[] reports = [.. s.Reports];
        int original = reports[later].Applications.CarriedOver[column]!.Value;
        int changed = original + (delta.Get % 1000) + 1;
        if (changeForward)
        {
            reports[later - 1] = reports[later - 1].ToBuilder().Set(ApplicationRow.CarriedForward, column, changed).Build();
        }
        else
        {
            reports[later] = reports[later].ToBuilder().Set(ApplicationRow.CarriedOver, column, changed).Build();
        }

        ImmutableArray<ValidationResult> results = SeriesValidator.Default.Validate(new ReportSeries(reports));
        Diagnostic d = Assert.Single(results.SelectMany(r => r.Diagnostics));
        Assert.Single(results[later].Diagnostics);
        Assert.Equal("GID301", d.Code);
        Assert.Equal(ReportFormat.CellPointer(ApplicationRow.CarriedOver, column), d.Path);
        Assert.Equal(changeForward ? changed : original, d.Expected);
        Assert.Equal(changeForward ? original : changed, d.Actual);
    }
}
