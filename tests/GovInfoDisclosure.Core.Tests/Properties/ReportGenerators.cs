using FsCheck;
using FsCheck.Fluent;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Tests.Properties;

/// <summary>
/// The inputs of a report that the builder turns into a valid report: outcome cells, carried-over and carried-forward
/// cells, section 四 and section 二 counts, and which sentences the narrative uses. Received is derived so that every
/// column balances. Shrinking works on these numbers (to zero, then halves), so every shrunk spec still builds a
/// valid report.
/// </summary>
public sealed record ReportSpec(int[] Outcomes, int[] CarriedOver, int[] CarriedForward, int[] Cases, int[] Documents, int[] Decisions, int FeeCents, int Year, int PublishedDay, int Text)
{
    public const int OutcomeRows = (int)ReportFormat.LastOutcomeRow - (int)ReportFormat.FirstOutcomeRow + 1;

    private static readonly string[] Openings =
    [
        "2022年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。",
        "今年以来，全县各部门严格按照“谁公开、谁负责”的原则，做好政务公开工作。",
        "本年度政务公开工作紧扣“三安全一稳定”，主动公开政府信息140多条，占33.9%。",
    ];

    public AnnualReport Build() => Build(ReportEdition.Edition2021, Year);

    /// <summary>
    /// The report in the given edition and year: in the 2019 edition the rows 1 and 2 of （六） are not printed (their
    /// outcomes are left out) and section 二 takes its 2019 cells from the same numbers (the changes signed).
    /// </summary>
    public AnnualReport Build(ReportEdition edition, int year)
    {
        EditionFormat format = ReportFormat.Of(edition);
        var builder = new AnnualReportBuilder(year, "测试县人民政府").ForAgency("测试县人民政府", "某省某市测试县").WithEdition(edition)
            .PublishedOn(new DateOnly(year + 1, 1, 1 + PublishedDay))
            .WithTitle($"测试县{year}年政府信息公开工作年度报告");
        long[] received = new long[6];
        long handled = 0;
        for (int row = 0; row < OutcomeRows; row++)
        {
            for (int column = 0; column < 6 && format.Prints((ApplicationRow)((int)ReportFormat.FirstOutcomeRow + row)); column++)
            {
                int value = Outcomes[(row * 6) + column];
                builder.Set((ApplicationRow)((int)ReportFormat.FirstOutcomeRow + row), (ApplicantColumn)column, value);
                received[column] += value;
                handled += value;
            }
        }

        long receivedTotal = 0;
        for (int column = 0; column < 6; column++)
        {
            int over = (int)Math.Min(CarriedOver[column], received[column] + CarriedForward[column]);
            builder.Set(ApplicationRow.CarriedOver, (ApplicantColumn)column, over);
            builder.Set(ApplicationRow.CarriedForward, (ApplicantColumn)column, CarriedForward[column]);
            received[column] += CarriedForward[column] - over;
            builder.Set(ApplicationRow.Received, (ApplicantColumn)column, (int)received[column]);
            receivedTotal += received[column];
        }

        for (int block = 0; block < 3; block++)
        {
            builder.Cases((CaseBlock)block, Cases[block * 4], Cases[(block * 4) + 1], Cases[(block * 4) + 2], Cases[(block * 4) + 3]);
        }

        if (edition == ReportEdition.Edition2019)
        {
            // 本年新制作, 本年新公开, 对外公开总数量 (at least what was published this year); items, a signed change, decisions.
            for (int row = 0; row < 2; row++)
            {
                builder.Set((DisclosureCell2019)(row * 3), Documents[row * 2]).Set((DisclosureCell2019)((row * 3) + 1), Documents[(row * 2) + 1])
                    .Set((DisclosureCell2019)((row * 3) + 2), Documents[(row * 2) + 1] + Documents[4 + row]);
            }

            for (int row = 0; row < 4; row++)
            {
                var items = (DisclosureCell2019)((int)DisclosureCell2019.LicensingPreviousYearItems + (row * 3));
                builder.Set(items, Decisions[row % 3] + Documents[row]).Set(items + 1, Documents[row] - Decisions[row % 3]).Set(items + 2, Decisions[row % 3]);
            }

            builder.Set(DisclosureCell2019.FeesPreviousYearItems, Documents[5]).Set(DisclosureCell2019.FeesChange, -Math.Min(Documents[5], Decisions[0]))
                .Procurement(Decisions[1], FeeCents / 100m, (FeeCents % 3) switch { 0 => MoneyUnit.Yuan, 1 => MoneyUnit.TenThousandYuan, _ => null });
        }
        else
        {
            builder.Regulations(Documents[0], Documents[1], Math.Max(0, Documents[0] - Documents[1]) + Documents[4])
                .NormativeDocuments(Documents[2], Documents[3], Math.Max(0, Documents[2] - Documents[3]) + Documents[5])
                .Licensing(Decisions[0]).Penalties(Decisions[1]).CompulsoryMeasures(Decisions[2])
                .Fees(FeeCents / 100m);
        }

        bool noReview = Cases.Take(4).All(c => c == 0);
        var overview = new List<string> { Openings[Text % Openings.Length] };
        if (Text % 2 == 0)
        {
            overview.Add($"{year}年，收到依申请公开申请事项{receivedTotal}件，共依法依规办理依申请公开{handled}件。");
        }

        if (noReview && Text % 3 == 0)
        {
            overview.Add("全年未发生政府信息公开行政复议案件。");
        }

        builder.WithOverview([.. overview])
            .WithProblemsAndImprovements("一是公开内容不够全面。下一步将加强培训，提升质量。")
            .WithOtherMatters(Text % 2 == 0 ? $"{year}年未收取信息处理费。" : "无。")
            .WithInformationProcessingFee(Text % 2 == 0 ? null : 0m);
        return builder.Build();
    }
}

/// <summary>The inputs of any report the model can hold (not necessarily valid); <see cref="Report"/> assembles it.</summary>
public sealed record AnyReportSpec(int?[] Cells, decimal? Fee, string Text, int Year, bool HasNarrative)
{
    public AnnualReport Report => ReportGenerators.Assemble(Cells, Fee, Text, Year, HasNarrative);

    public override string ToString() => GovInfoDisclosure.Core.Json.AnnualReportJson.ToJson(Report);
}

public static class ReportGenerators
{
    /// <summary>Zeros common, small numbers often, large ones sometimes; sums stay within a count.</summary>
    public static Gen<int> Count =>
        Gen.Frequency((55, Gen.Constant(0)), (40, Gen.Choose(1, 20)), (5, Gen.Choose(21, int.MaxValue / 512)));

    /// <summary>A cell of an arbitrary (not necessarily valid) report: blanks sometimes, values up to int.MaxValue.</summary>
    public static Gen<int?> AnyCell =>
        Gen.Frequency(
            (5, Gen.Constant((int?)null)), (50, Gen.Constant((int?)0)), (35, Gen.Choose(1, 50).Select(v => (int?)v)),
            (8, Gen.Choose(51, int.MaxValue).Select(v => (int?)v)), (2, Gen.Constant((int?)int.MaxValue)));

    public static Gen<ReportSpec> Specs =>
        from outcomes in Count.ArrayOf(ReportSpec.OutcomeRows * 6)
        from over in Count.ArrayOf(6)
        from forward in Count.ArrayOf(6)
        from cases in Count.ArrayOf(12)
        from documents in Count.ArrayOf(6)
        from decisions in Count.ArrayOf(3)
        from fee in Gen.Choose(0, 100_000_000)
        from year in Gen.Choose(2021, 2030)
        from day in Gen.Choose(0, 30)
        from text in Gen.Choose(0, 100)
        select new ReportSpec(outcomes, over, forward, cases, documents, decisions, fee, year, day, text);

    public static IEnumerable<ReportSpec> Shrink(ReportSpec spec)
    {
        foreach (int[] array in new[] { spec.Outcomes, spec.CarriedOver, spec.CarriedForward, spec.Cases, spec.Documents, spec.Decisions })
        {
            for (int i = 0; i < array.Length; i++)
            {
                if (array[i] == 0)
                {
                    continue;
                }

                foreach (int smaller in new[] { 0, array[i] / 2 }.Distinct())
                {
                    int[] copy = [.. array];
                    copy[i] = smaller;
                    yield return Replace(spec, array, copy);
                }
            }
        }
    }

    /// <summary>Any report the model can hold: blanks, wrong totals, values up to int.MaxValue, Chinese text.</summary>
    public static Gen<AnyReportSpec> AnyReport =>
        from cells in AnyCell.ArrayOf((ReportFormat.ApplicationRowCount * 7) + 15 + 9)
        from fee in Gen.Frequency((1, Gen.Constant((decimal?)null)), (4, Gen.Choose(0, int.MaxValue).Select(v => (decimal?)(v / 10000m))))
        from text in Gen.Elements("", "  首尾空格  ", "“三安全一稳定”\n第二行\t制表", "互联网+政务服务 <&> \\ \"引号\"", "𠀋 emoji 🙂")
        from year in Gen.Choose(AnnualReport.MinYear, AnnualReport.MaxYear)
        from hasNarrative in Gen.Elements(true, false)
        select new AnyReportSpec(cells, fee, text, year, hasNarrative);

    /// <summary>Shrinks any report towards the plainest: no narrative, then each cell to 0.</summary>
    public static IEnumerable<AnyReportSpec> Shrink(AnyReportSpec spec)
    {
        if (spec.HasNarrative)
        {
            yield return spec with { HasNarrative = false };
        }

        if (spec.Fee is not null and not 0m)
        {
            yield return spec with { Fee = 0m };
        }

        for (int i = 0; i < spec.Cells.Length; i++)
        {
            if (spec.Cells[i] is not 0)
            {
                int?[] copy = [.. spec.Cells];
                copy[i] = 0;
                yield return spec with { Cells = copy };
            }
        }
    }

    private static ReportSpec Replace(ReportSpec spec, int[] old, int[] copy) =>
        ReferenceEquals(old, spec.Outcomes) ? spec with { Outcomes = copy }
        : ReferenceEquals(old, spec.CarriedOver) ? spec with { CarriedOver = copy }
        : ReferenceEquals(old, spec.CarriedForward) ? spec with { CarriedForward = copy }
        : ReferenceEquals(old, spec.Cases) ? spec with { Cases = copy }
        : ReferenceEquals(old, spec.Documents) ? spec with { Documents = copy }
        : spec with { Decisions = copy };

    internal static AnnualReport Assemble(int?[] cells, decimal? fee, string text, int year, bool hasNarrative)
    {
        AnnualReport report = new AnnualReportBuilder(year, "测试机关" + text.Trim() + "局").Build();
        CaseOutcomes Block(int block) => CaseOutcomes.FromCells(cells.AsSpan((25 * 7) + (block * 5), 5));
        int?[] d = cells[((25 * 7) + 15)..];
        Narrative? narrative = hasNarrative ? new Narrative([new Paragraph { Heading = text.Length > 3 ? text : null, Text = text }, new Paragraph { Text = "收到依申请公开申请事项3件。" }]) : null;
        return report with
        {
            Title = hasNarrative ? text : null,
            Overview = narrative,
            OtherMatters = narrative,
            InformationProcessingFeeYuan = fee,
            PublishedOn = hasNarrative ? new DateOnly(year, 6, 1) : null,
            ProactiveDisclosure = AnnualReportBuilder.BuildDisclosure(cell => d[(int)cell], fee),
            Applications = AnnualReportBuilder.BuildApplications(cells[..(25 * 7)]),
            ReviewAndLitigation = new ReviewAndLitigation { Review = Block(0), LitigationWithoutReview = Block(1), LitigationAfterReview = Block(2) },
        };
    }
}

/// <summary>The arbitraries the properties use: valid specs (shrinking within validity) and any report.</summary>
public static class ReportArbitraries
{
    public static Arbitrary<ReportSpec> Specs() => Arb.From(ReportGenerators.Specs, ReportGenerators.Shrink);

    public static Arbitrary<AnyReportSpec> Reports() => Arb.From(ReportGenerators.AnyReport, ReportGenerators.Shrink);
}
