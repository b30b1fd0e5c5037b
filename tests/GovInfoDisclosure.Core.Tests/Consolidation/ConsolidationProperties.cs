using FsCheck;
using FsCheck.Xunit;
using GovInfoDisclosure.Core.Consolidation;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Series;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Consolidation;

public class ConsolidationProperties
{
    private static TableCells Table => ReportFormat.Edition2021Format.Cells;

    private static readonly Agency County = new() { Name = "涞源县人民政府" };

    [Property(Arbitrary = new[] { typeof(SeriesArbitraries) })]
    public void Consolidating_valid_reports_gives_a_report_with_no_error(ValidParts parts)
    {
        Assert.All(parts.Reports, r => Assert.True(ReportValidator.Default.Validate(r).IsValid));
        ConsolidationResult result = ReportConsolidation.Consolidate(parts.Reports, 2022, County);
        Assert.True(result.IsComplete);
        ValidationResult validation = ReportValidator.Default.Validate(result.Report);
        Assert.True(validation.IsValid, string.Join("\n", validation.Errors));
        Assert.Empty(ConsolidationValidator.Default.Validate(result.Report, parts.Reports).Diagnostics);
    }

    [Property(Arbitrary = new[] { typeof(SeriesArbitraries) })]
    public void Consolidation_does_not_depend_on_the_order_or_grouping_of_the_parts(ValidParts parts, NonNegativeInt rotation, NonNegativeInt split)
    {
        AnnualReport[] p = parts.Reports;
        AnnualReport whole = ReportConsolidation.Consolidate(p, 2022, County).Report;

        int r = rotation.Get % p.Length;
        AnnualReport[] rotatedReversed = [.. p.Skip(r).Concat(p.Take(r)).Reverse()];
        Assert.Equal(whole, ReportConsolidation.Consolidate(rotatedReversed, 2022, County).Report);

        int s = 1 + (split.Get % p.Length);
        var groups = new List<AnnualReport> { ReportConsolidation.Consolidate(p.Take(s), 2022, County).Report };
        if (s < p.Length)
        {
            groups.Add(ReportConsolidation.Consolidate(p.Skip(s), 2022, County).Report);
        }

        Assert.Equal(whole, ReportConsolidation.Consolidate(groups, 2022, County).Report);
    }

    [Property(Arbitrary = new[] { typeof(SeriesArbitraries) })]
    public void GID401_finds_any_single_cell_changed_in_a_consolidated_report(ValidParts parts, PositiveInt delta)
    {
        AnnualReport consolidated = ReportConsolidation.Consolidate(parts.Reports, 2022, County).Report;
        var values = new decimal?[Table.Count];
        Table.Read(consolidated, values);

        // Every cell in turn (a generated index would stay small: FsCheck's sizes grow to 100, the cells are 201).
        for (int cell = 0; cell < Table.Count; cell++)
        {
            decimal original = values[cell]!.Value;
            decimal step = Table.IsAmount(cell) ? 0.01m : 1m;
            decimal change = ((delta.Get % 100) + 1) * step;
            decimal changed = delta.Get % 2 == 0 && original >= change ? original - change : original + change;
            decimal?[] wrongValues = [.. values];
            wrongValues[cell] = changed;
            AnnualReport wrong = Table.Build(
                wrongValues, consolidated.Year, consolidated.Agency, null, null, null);

            Diagnostic d = Assert.Single(ConsolidationValidator.Default.Validate(wrong, parts.Reports).Diagnostics);
            Assert.Equal("GID401", d.Code);
            Assert.Equal(Table.Pointers[cell], d.Path);
            Assert.Equal(original, d.Expected);
            Assert.Equal(changed, d.Actual);
        }
    }

    [Property(Arbitrary = new[] { typeof(SeriesArbitraries) })]
    public void A_blank_in_any_part_leaves_that_cell_blank_and_lists_exactly_those_parts(ValidParts parts, int seed)
    {
        // Blank about one cell in twenty of each part, at random (seeded by FsCheck, so a failure replays).
        var random = new Random(seed);
        var values = new decimal?[parts.Reports.Length][];
        AnnualReport[] withBlanks = new AnnualReport[parts.Reports.Length];
        for (int i = 0; i < withBlanks.Length; i++)
        {
            AnnualReport r = parts.Reports[i];
            values[i] = new decimal?[Table.Count];
            Table.Read(r, values[i]);
            for (int cell = 0; cell < Table.Count; cell++)
            {
                if (random.Next(20) == 0)
                {
                    values[i][cell] = null;
                }
            }

            withBlanks[i] = Table.Build(values[i], r.Year, r.Agency, r.Overview, r.ProblemsAndImprovements, r.OtherMatters);
        }

        ConsolidationResult result = ReportConsolidation.Consolidate(withBlanks, 2022, County);
        var consolidated = new decimal?[Table.Count];
        Table.Read(result.Report, consolidated);
        for (int cell = 0; cell < Table.Count; cell++)
        {
            int[] blankParts = [.. Enumerable.Range(0, withBlanks.Length).Where(i => values[i][cell] is null)];
            ConsolidationBlank? listed = result.Blanks.SingleOrDefault(b => b.Path == Table.Pointers[cell]);
            if (blankParts.Length > 0)
            {
                Assert.Null(consolidated[cell]);
                Assert.NotNull(listed);
                Assert.Equal(blankParts, listed!.Parts.ToArray());
            }
            else
            {
                Assert.Null(listed);
                Assert.Equal(values.Sum(v => v[cell]!.Value), consolidated[cell]);
            }
        }

        Assert.Equal(result.Blanks.IsEmpty, result.IsComplete);
    }
}
