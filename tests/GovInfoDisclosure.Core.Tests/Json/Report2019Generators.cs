using FsCheck;
using FsCheck.Fluent;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Properties;

namespace GovInfoDisclosure.Core.Tests.Json;

/// <summary>A report of the 2019 edition, any the model can hold; shown as its canonical document when a property fails.</summary>
public sealed record AnyReport2019(AnnualReport Report)
{
    public override string ToString() => AnnualReportJson.ToJson(Report);
}

/// <summary>
/// Any report of the 2019 edition for the JSON reader and writer: the cells of <see cref="Properties.Report2019Generators"/>
/// (blanks, signed changes, amounts in each unit), and what only the canonical document carries exactly: 本年增/减 at the
/// ends of an int, amounts with up to 28 decimals, text a published document would not keep (empty, surrounded by
/// spaces, control characters, characters outside the BMP), any year, a kind and a fee.
/// </summary>
public static class Report2019Generators
{
    /// <summary>本年增/减 at the ends of an int, besides the shared generator's.</summary>
    public static Gen<int?> Change =>
        Gen.Frequency((4, Properties.Report2019Generators.Change), (1, Gen.Elements<int?>(int.MinValue, int.MaxValue)));

    /// <summary>An amount: the shared generator's, or any decimal a <see cref="decimal"/> holds (up to 28 places).</summary>
    public static Gen<decimal?> Amount =>
        Gen.Frequency(
            (6, Properties.Report2019Generators.Amount),
            (3, from lo in Gen.Choose(int.MinValue, int.MaxValue)
                from mid in Gen.Choose(int.MinValue, int.MaxValue)
                from hi in Gen.Choose(0, int.MaxValue)
                from scale in Gen.Choose(0, 28)
                select (decimal?)new decimal(lo, mid, hi, false, (byte)scale)),
            (1, Gen.Elements<decimal?>(decimal.MaxValue, 0.0000000000000000000000000001m, 251000m, 1835.25m)));

    public static Gen<string> Text => Gen.Elements("", "  首尾空格  ", "“三安全一稳定”\n第二行\t制表", "互联网+政务服务 <&> \\ \"引号\"", "𠀋 emoji 🙂", "本年新收政府信息公开申请12件。");

    public static Gen<AnyReport2019> Reports =>
        from spec in Properties.Report2019Generators.AnyReport
        from changes in Change.ArrayOf(Properties.Report2019Generators.ChangeCells.Length)
        from amount in Amount
        from year in Gen.Choose(AnnualReport.MinYear, AnnualReport.MaxYear)
        from text in Text
        from kind in Gen.Elements<ReportKind?>(null, ReportKind.Agency, ReportKind.Government)
        from fee in Amount
        select new AnyReport2019(WithText(Assemble(spec, changes, amount, year), text, kind, fee));

    private static AnnualReport Assemble(AnyReport2019Spec spec, int?[] changes, decimal? amount, int year)
    {
        int?[] disclosure = [.. spec.Disclosure];
        for (int i = 0; i < changes.Length; i++)
        {
            disclosure[(int)Properties.Report2019Generators.ChangeCells[i]] = changes[i];
        }

        return (spec with { Disclosure = disclosure, Amount = amount }).Report with { Year = year };
    }

    private static AnnualReport WithText(AnnualReport report, string text, ReportKind? kind, decimal? fee)
    {
        Narrative? narrative = report.Overview is null
            ? null
            : new Narrative([new Paragraph { Heading = text.Length > 3 ? text : null, Text = text }, new Paragraph { Heading = "（一）主动公开情况", Text = "本年主动公开政府信息35条。" }]);
        return report with
        {
            Agency = new Agency { Name = "测试机关" + text.Trim() + "局", Region = narrative is null ? null : text },
            Kind = kind,
            Title = narrative is null ? null : text,
            PublishedOn = narrative is null ? null : new DateOnly(report.Year, 6, 1),
            Overview = narrative,
            ProblemsAndImprovements = narrative is null ? null : Narrative.FromText(text),
            OtherMatters = narrative,
            InformationProcessingFeeYuan = fee,
        };
    }
}

/// <summary>The arbitrary of <see cref="AnyReport2019"/>.</summary>
public static class Report2019Arbitraries
{
    public static Arbitrary<AnyReport2019> Reports() => Arb.From(Report2019Generators.Reports);
}
