using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Properties;

/// <summary>The laws: round trips, a built report is valid, every single-cell change is found at the right place.</summary>
public class ReportProperties
{
    private const int Cells3And4 = (ReportFormat.ApplicationRowCount * 7) + 15;

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 200)]
    public bool Read_of_write_is_the_identity(AnyReportSpec spec) =>
        AnnualReportJson.Read(AnnualReportJson.ToUtf8Bytes(spec.Report)) == spec.Report;

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 200)]
    public bool Write_of_read_of_write_is_write(AnyReportSpec spec)
    {
        byte[] once = AnnualReportJson.ToUtf8Bytes(spec.Report);
        return once.AsSpan().SequenceEqual(AnnualReportJson.ToUtf8Bytes(AnnualReportJson.Read(once)));
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 300)]
    public bool A_built_report_is_valid_with_no_finding_at_all(ReportSpec spec) =>
        ReportValidator.Default.Validate(spec.Build()).Diagnostics.IsEmpty;

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 100)]
    public bool Equality_is_structural(ReportSpec spec)
    {
        AnnualReport a = spec.Build();
        AnnualReport b = spec.Build();
        AnnualReport c = AnnualReportJson.Read(AnnualReportJson.ToUtf8Bytes(a));
        return a == b && a.GetHashCode() == b.GetHashCode() && a.Equals(c) && !ReferenceEquals(a, b);
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 300)]
    public Property Any_single_changed_cell_of_sections_three_or_four_is_found_by_a_rule_that_holds_it(ReportSpec spec)
    {
        AnnualReport valid = spec.Build();
        Gen<(int Cell, int Delta)> changes =
            from cell in Gen.Choose(0, Cells3And4 - 1)
            from delta in Gen.Frequency((8, Gen.Choose(1, 5)), (2, Gen.Choose(6, int.MaxValue)))
            select (cell, delta);
        return Prop.ForAll(changes.ToArbitrary(), change =>
        {
            (AnnualReport changed, string pointer) = Change(valid, change.Cell, change.Delta);
            ValidationResult result = ReportValidator.Default.Validate(changed);
            Diagnostic[] errors = [.. result.Errors];
            return errors.Length > 0 && errors.All(d => d.Cells.Contains(pointer));
        });
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 300)]
    public bool The_validator_never_throws_and_gives_the_same_findings_every_run(AnyReportSpec spec)
    {
        AnnualReport report = spec.Report;
        ValidationResult first = ReportValidator.Default.Validate(report);
        ValidationResult second = ReportValidator.Default.Validate(report);
        return first.Diagnostics.SequenceEqual(second.Diagnostics)
            && first.Diagnostics.All(d => d.Message.Length > 0 && d.MessageZh.Length > 0 && !d.Message.Contains('{'));
    }

    /// <summary>Changes one cell of section 三 or 四 by a non-zero amount, keeping it a count.</summary>
    private static (AnnualReport Report, string Pointer) Change(AnnualReport report, int cell, int delta)
    {
        AnnualReportBuilder builder = report.ToBuilder();
        if (cell < ReportFormat.ApplicationRowCount * 7)
        {
            var row = (ApplicationRow)(cell / 7);
            var column = (ApplicantColumn)(cell % 7);
            int old = report.Applications[row][column]!.Value;
            builder.Set(row, column, Shift(old, delta));
            return (builder.Build(), ReportFormat.CellPointer(row, column));
        }

        int index = cell - (ReportFormat.ApplicationRowCount * 7);
        var block = (CaseBlock)(index / 5);
        var caseColumn = (CaseColumn)(index % 5);
        builder.Set(block, caseColumn, Shift(report.ReviewAndLitigation[block][caseColumn]!.Value, delta));
        return (builder.Build(), ReportFormat.CellPointer(block, caseColumn));
    }

    /// <summary>Up by delta where that stays a count, else down (old is then large, so it moves).</summary>
    private static int Shift(int old, int delta) => (long)old + delta <= int.MaxValue ? old + delta : old - Math.Min(old, delta);
}
