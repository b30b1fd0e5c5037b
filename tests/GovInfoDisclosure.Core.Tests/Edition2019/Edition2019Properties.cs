using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Series;
using GovInfoDisclosure.Core.Tests.Properties;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Edition2019;

/// <summary>The laws of the 2021 edition, for the 2019 edition: valid by construction, every changed cell found, the carry-over across editions.</summary>
public class Edition2019Properties
{
    private static readonly EditionFormat Format = ReportFormat.Of(ReportEdition.Edition2019);
    private static readonly int Cells3And4 = (Format.ApplicationRows.Length * 7) + 15;

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 300)]
    public bool A_built_2019_report_is_valid_with_no_finding_at_all(ReportSpec spec) =>
        ReportValidator.Default.Validate(spec.Build(ReportEdition.Edition2019, 2019 + (spec.Year % 2))).Diagnostics.IsEmpty;

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 300)]
    public Property Any_single_changed_cell_of_sections_three_or_four_is_found_by_a_rule_that_holds_it(ReportSpec spec)
    {
        AnnualReport valid = spec.Build(ReportEdition.Edition2019, 2020);
        Gen<(int Cell, int Delta)> changes =
            from cell in Gen.Choose(0, Cells3And4 - 1)
            from delta in Gen.Frequency((8, Gen.Choose(1, 5)), (2, Gen.Choose(6, int.MaxValue)))
            select (cell, delta);
        return Prop.ForAll(changes.ToArbitrary(), change =>
        {
            (AnnualReport changed, string pointer) = Change(valid, change.Cell, change.Delta);
            Diagnostic[] errors = [.. ReportValidator.Default.Validate(changed).Errors];
            return errors.Length > 0 && errors.All(d => d.Cells.Contains(pointer));
        });
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 100)]
    public Property A_series_2019_2020_2021_carrying_each_years_carried_forward_passes_GID301_and_a_changed_carried_cell_is_caught(
        ReportSpec first, ReportSpec second, ReportSpec third)
    {
        // Each year carries over what the year before carried forward; its own carried-forward is at least that, so the
        // received row the spec derives stays a count.
        ReportSpec Carry(ReportSpec previous, ReportSpec next) => next with
        {
            CarriedOver = previous.CarriedForward,
            CarriedForward = [.. next.CarriedForward.Select((f, i) => f + previous.CarriedForward[i])],
        };

        ReportSpec s2020 = Carry(first, second);
        ReportSpec s2021 = Carry(s2020, third);
        ImmutableArray<AnnualReport> reports =
            [first.Build(ReportEdition.Edition2019, 2019), s2020.Build(ReportEdition.Edition2019, 2020), s2021.Build(ReportEdition.Edition2021, 2021)];
        bool passes = SeriesValidator.Default.Validate(new ReportSeries(reports)).All(r => !r.Diagnostics.Any(d => d.Code == "GID301"));

        Gen<(int Year, int Column, int Delta)> changes =
            from year in Gen.Choose(1, 2)
            from column in Gen.Choose(0, 6)
            from delta in Gen.Choose(1, 1000)
            select (year, column, delta);
        return Prop.ForAll(changes.ToArbitrary(), change =>
        {
            AnnualReport report = reports[change.Year];
            var column = (ApplicantColumn)change.Column;
            int old = report.FindApplicationRow(ApplicationRow.CarriedOver)![column]!.Value;
            AnnualReport changed = report.ToBuilder().Set(ApplicationRow.CarriedOver, column, old + change.Delta).Build();
            ImmutableArray<AnnualReport> series = reports.SetItem(change.Year, changed);
            string pointer = ReportFormat.CellPointer(ApplicationRow.CarriedOver, column);
            ValidationResult result = SeriesValidator.Default.Validate(new ReportSeries(series))[change.Year];
            return passes && result.Diagnostics.Any(d => d.Code == "GID301" && d.Path == pointer);
        });
    }

    /// <summary>Changes one printed cell of section 三 or 四 by a non-zero amount, keeping it a count.</summary>
    private static (AnnualReport Report, string Pointer) Change(AnnualReport report, int cell, int delta)
    {
        AnnualReportBuilder builder = report.ToBuilder();
        if (cell < Format.ApplicationRows.Length * 7)
        {
            ApplicationRow row = Format.ApplicationRows[cell / 7];
            var column = (ApplicantColumn)(cell % 7);
            builder.Set(row, column, Shift(report.FindApplicationRow(row)![column]!.Value, delta));
            return (builder.Build(), Format.CellPointer(row, column));
        }

        int index = cell - (Format.ApplicationRows.Length * 7);
        var block = (CaseBlock)(index / 5);
        var caseColumn = (CaseColumn)(index % 5);
        builder.Set(block, caseColumn, Shift(report.ReviewAndLitigation[block][caseColumn]!.Value, delta));
        return (builder.Build(), ReportFormat.CellPointer(block, caseColumn));
    }

    private static int Shift(int old, int delta) => (long)old + delta <= int.MaxValue ? old + delta : old - Math.Min(old, delta);
}
