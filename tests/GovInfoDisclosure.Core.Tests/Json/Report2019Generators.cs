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
/// Any report of the 2019 edition: every cell random, blanks included; 本年增/减 negative, zero, positive and at the ends
/// of an int; procurement amounts with decimals up to 28 digits, in each unit and with none; narratives or none.
/// </summary>
public static class Report2019Generators
{
    /// <summary>本年增/减: blank sometimes, small changes either way often, the ends of an int sometimes.</summary>
    public static Gen<int?> Change =>
        Gen.Frequency(
            (5, Gen.Constant((int?)null)), (20, Gen.Constant((int?)0)), (50, Gen.Choose(-60, 60).Select(v => (int?)v)),
            (15, Gen.Choose(int.MinValue, int.MaxValue).Select(v => (int?)v)), (5, Gen.Elements<int?>(int.MinValue, int.MaxValue)));

    /// <summary>An amount: blank, whole, with a few decimals, or any decimal a <see cref="decimal"/> holds (up to 28 places).</summary>
    public static Gen<decimal?> Amount =>
        Gen.Frequency(
            (5, Gen.Constant((decimal?)null)),
            (10, Gen.Constant((decimal?)0m)),
            (40, from whole in Gen.Choose(0, int.MaxValue) from scale in Gen.Choose(0, 6) select (decimal?)(whole / Pow10(scale))),
            (20, from lo in Gen.Choose(int.MinValue, int.MaxValue)
                 from mid in Gen.Choose(int.MinValue, int.MaxValue)
                 from hi in Gen.Choose(0, int.MaxValue)
                 from scale in Gen.Choose(0, 28)
                 select (decimal?)new decimal(lo, mid, hi, false, (byte)scale)),
            (5, Gen.Elements<decimal?>(decimal.MaxValue, 0.0000000000000000000000000001m, 251000m, 1835.25m)));

    public static Gen<MoneyUnit?> Unit => Gen.Elements<MoneyUnit?>(null, MoneyUnit.Yuan, MoneyUnit.TenThousandYuan);

    public static Gen<string> Text => Gen.Elements("", "  首尾空格  ", "“三安全一稳定”\n第二行\t制表", "互联网+政务服务 <&> \\ \"引号\"", "𠀋 emoji 🙂", "本年新收政府信息公开申请12件。");

    public static Gen<AnyReport2019> Reports =>
        from counts in ReportGenerators.AnyCell.ArrayOf(ReportFormat.DisclosureCells2019.Length)
        from changes in Change.ArrayOf(5)
        from amount in Amount
        from unit in Unit
        from rows in ReportGenerators.AnyCell.ArrayOf(ReportFormat.ApplicationRowCount * ReportFormat.ApplicantColumnCount)
        from cases in ReportGenerators.AnyCell.ArrayOf(15)
        from year in Gen.Choose(AnnualReport.MinYear, AnnualReport.MaxYear)
        from text in Text
        from hasNarrative in Gen.Elements(true, false)
        from kind in Gen.Elements<ReportKind?>(null, ReportKind.Agency, ReportKind.Government)
        from fee in Amount
        select new AnyReport2019(Assemble(counts, changes, amount, unit, rows, cases, year, text, hasNarrative, kind, fee));

    private static decimal Pow10(int scale)
    {
        decimal p = 1m;
        for (int i = 0; i < scale; i++)
        {
            p *= 10m;
        }

        return p;
    }

    private static AnnualReport Assemble(
        int?[] d, int?[] changes, decimal? amount, MoneyUnit? unit, int?[] cells, int?[] cases, int year, string text, bool hasNarrative, ReportKind? kind, decimal? fee)
    {
        ApplicantBreakdown Row(ApplicationRow row) => ApplicantBreakdown.FromCells(cells.AsSpan((int)row * 7, 7));
        CaseOutcomes Block(int block) => CaseOutcomes.FromCells(cases.AsSpan(block * 5, 5));
        ItemCounts Items(int first, int change) => new() { PreviousYearItems = d[first], Change = changes[change], Decisions = d[first + 2] };
        Narrative? narrative = hasNarrative
            ? new Narrative([new Paragraph { Heading = text.Length > 3 ? text : null, Text = text }, new Paragraph { Heading = "（一）主动公开情况", Text = "本年主动公开政府信息35条。" }])
            : null;
        var disclosure = new ProactiveDisclosure2019
        {
            Regulations = new PublicationCounts { Made = d[0], Published = d[1], PublishedTotal = d[2] },
            NormativeDocuments = new PublicationCounts { Made = d[3], Published = d[4], PublishedTotal = d[5] },
            Licensing = Items(6, 0),
            OtherServices = Items(9, 1),
            Penalties = Items(12, 2),
            CompulsoryMeasures = Items(15, 3),
            Fees = new FeeItems { PreviousYearItems = d[18], Change = changes[4] },
            Procurement = new ProcurementTotals { Projects = d[20], Amount = amount, AmountUnit = unit },
        };
        var applications = new Applications2019
        {
            Received = Row(ApplicationRow.Received),
            CarriedOver = Row(ApplicationRow.CarriedOver),
            Outcomes = new Outcomes2019
            {
                Disclosed = Row(ApplicationRow.Disclosed),
                PartiallyDisclosed = Row(ApplicationRow.PartiallyDisclosed),
                NotDisclosed = new NotDisclosedOutcomes
                {
                    StateSecret = Row(ApplicationRow.StateSecret), ProhibitedByLaw = Row(ApplicationRow.ProhibitedByLaw),
                    SecurityOrStability = Row(ApplicationRow.SecurityOrStability), ThirdPartyRights = Row(ApplicationRow.ThirdPartyRights),
                    InternalAffairs = Row(ApplicationRow.InternalAffairs), ProcessInformation = Row(ApplicationRow.ProcessInformation),
                    EnforcementCaseFile = Row(ApplicationRow.EnforcementCaseFile), AdministrativeQuery = Row(ApplicationRow.AdministrativeQuery),
                },
                UnableToProvide = new UnableToProvideOutcomes
                {
                    NotHeld = Row(ApplicationRow.NotHeld), NeedsCreation = Row(ApplicationRow.NeedsCreation), UnclearAfterCorrection = Row(ApplicationRow.UnclearAfterCorrection),
                },
                NotProcessed = new NotProcessedOutcomes
                {
                    Complaint = Row(ApplicationRow.Complaint), Duplicate = Row(ApplicationRow.Duplicate), Publication = Row(ApplicationRow.Publication),
                    Excessive = Row(ApplicationRow.Excessive), Confirmation = Row(ApplicationRow.Confirmation),
                },
                OtherHandling = Row(ApplicationRow.OtherHandling),
                Total = Row(ApplicationRow.OutcomesTotal),
            },
            CarriedForward = Row(ApplicationRow.CarriedForward),
        };
        var review = new ReviewAndLitigation { Review = Block(0), LitigationWithoutReview = Block(1), LitigationAfterReview = Block(2) };
        return new AnnualReport(year, new Agency { Name = "测试机关" + text.Trim() + "局", Region = hasNarrative ? text : null }, disclosure, applications, review)
        {
            Kind = kind,
            Title = hasNarrative ? text : null,
            PublishedOn = hasNarrative ? new DateOnly(year, 6, 1) : null,
            Overview = narrative,
            ProblemsAndImprovements = hasNarrative ? Narrative.FromText(text) : null,
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
