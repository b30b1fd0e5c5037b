using FsCheck;
using FsCheck.Fluent;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Tests.Properties;

/// <summary>
/// The inputs of any 2019-edition report the model can hold (not necessarily valid): section 二's 22 cells (本年增/减
/// signed, negative often), the procurement amount (a decimal, often with a fraction) and its unit (元, 万元 or none),
/// section 三's 23 printed rows, section 四, blanks anywhere; <see cref="Report"/> assembles it.
/// </summary>
public sealed record AnyReport2019Spec(int?[] Disclosure, decimal? Amount, MoneyUnit? Unit, int?[] Cells, int Year, bool HasNarrative)
{
    public AnnualReport Report => Report2019Generators.Assemble(this);

    public override string ToString() =>
        $"year {Year}, amount {Amount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "blank"} {Unit?.ToString() ?? "(no unit)"}, "
        + $"section 二 [{string.Join(", ", Disclosure.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "blank"))}], "
        + $"cells [{string.Join(", ", Cells.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "blank"))}]";
}

public static class Report2019Generators
{
    private const int Columns = ReportFormat.ApplicantColumnCount;

    /// <summary>The rows of section 三 the 2019 edition prints (23).</summary>
    private static readonly ApplicationRow[] Rows = [.. ReportFormat.Of(ReportEdition.Edition2019).ApplicationRows];

    /// <summary>本年增/减: blanks sometimes, negative as often as positive, down to −int.MaxValue.</summary>
    public static Gen<int?> Change =>
        Gen.Frequency(
            (5, Gen.Constant((int?)null)), (30, Gen.Constant((int?)0)), (30, Gen.Choose(-50, -1).Select(v => (int?)v)),
            (25, Gen.Choose(1, 50).Select(v => (int?)v)), (5, Gen.Choose(-int.MaxValue, -51).Select(v => (int?)v)), (5, Gen.Constant((int?)-int.MaxValue)));

    /// <summary>An amount: blank sometimes, whole or with up to four decimals, up to billions.</summary>
    public static Gen<decimal?> Amount =>
        Gen.Frequency(
            (2, Gen.Constant((decimal?)null)), (2, Gen.Constant((decimal?)0m)),
            (6, Gen.Choose(0, int.MaxValue).SelectMany(v => Gen.Choose(0, 4).Select(scale => (decimal?)new decimal(v, 0, 0, false, (byte)scale)))));

    public static Gen<AnyReport2019Spec> AnyReport =>
        from disclosure in ReportGenerators.AnyCell.ArrayOf(22)
        from changes in Change.ArrayOf(5)
        from amount in Amount
        from unit in Gen.Elements((MoneyUnit?)null, MoneyUnit.Yuan, MoneyUnit.TenThousandYuan)
        from cells in ReportGenerators.AnyCell.ArrayOf((Rows.Length * Columns) + 15)
        from year in Gen.Choose(2019, 2024)
        from hasNarrative in Gen.Elements(true, false)
        select new AnyReport2019Spec(WithChanges(disclosure, changes), amount, unit, cells, year, hasNarrative);

    /// <summary>Shrinks towards the plainest: no narrative, no unit, then each cell to 0.</summary>
    public static IEnumerable<AnyReport2019Spec> Shrink(AnyReport2019Spec spec)
    {
        if (spec.HasNarrative)
        {
            yield return spec with { HasNarrative = false };
        }

        if (spec.Unit is not null)
        {
            yield return spec with { Unit = null };
        }

        foreach (int?[] array in new[] { spec.Disclosure, spec.Cells })
        {
            for (int i = 0; i < array.Length; i++)
            {
                if (array[i] is not 0)
                {
                    int?[] copy = [.. array];
                    copy[i] = 0;
                    yield return ReferenceEquals(array, spec.Disclosure) ? spec with { Disclosure = copy } : spec with { Cells = copy };
                }
            }
        }
    }

    /// <summary>The five 本年增/减 cells of section 二 (licensing, other services, penalties, compulsory measures, fees).</summary>
    public static readonly DisclosureCell2019[] ChangeCells =
    [
        DisclosureCell2019.LicensingChange, DisclosureCell2019.OtherServicesChange, DisclosureCell2019.PenaltiesChange,
        DisclosureCell2019.CompulsoryMeasuresChange, DisclosureCell2019.FeesChange,
    ];

    private static int?[] WithChanges(int?[] disclosure, int?[] changes)
    {
        int?[] copy = [.. disclosure];
        for (int i = 0; i < ChangeCells.Length; i++)
        {
            copy[(int)ChangeCells[i]] = changes[i];
        }

        return copy;
    }

    public static AnnualReport Assemble(AnyReport2019Spec spec)
    {
        int?[] c = spec.Cells;
        CaseOutcomes Block(int block) => CaseOutcomes.FromCells(c.AsSpan((Rows.Length * Columns) + (block * 5), 5));

        // Section 三 by ApplicationRow, as the builder lays its cells out (the rows the edition does not print stay blank).
        var cells = new int?[ReportFormat.ApplicationRowCount * Columns];
        for (int r = 0; r < Rows.Length; r++)
        {
            c.AsSpan(r * Columns, Columns).CopyTo(cells.AsSpan((int)Rows[r] * Columns, Columns));
        }

        ProactiveDisclosure2019 disclosure = AnnualReportBuilder.BuildDisclosure2019(cell => spec.Disclosure[(int)cell], spec.Amount, spec.Unit);
        Applications2019 applications = AnnualReportBuilder.BuildApplications2019(cells);
        var review = new ReviewAndLitigation { Review = Block(0), LitigationWithoutReview = Block(1), LitigationAfterReview = Block(2) };
        Narrative? narrative = spec.HasNarrative
            ? new Narrative([new Paragraph { Heading = "（一）主动公开情况", Text = "本年主动公开信息100条。" }, new Paragraph { Text = "收到依申请公开申请事项3件。" }])
            : null;
        return new AnnualReport(spec.Year, new Agency { Name = "测试县" }, disclosure, applications, review)
        {
            Title = $"测试县{spec.Year}年政府信息公开工作年度报告",
            Overview = narrative,
            ProblemsAndImprovements = spec.HasNarrative ? Narrative.FromText("问题。") : null,
            PublishedOn = spec.HasNarrative ? new DateOnly(spec.Year + 1, 1, 15) : null,
        };
    }
}

/// <summary>The arbitrary of any 2019-edition report.</summary>
public static class Report2019Arbitraries
{
    public static Arbitrary<AnyReport2019Spec> Reports() => Arb.From(Report2019Generators.AnyReport, Report2019Generators.Shrink);
}
