using FsCheck;
using FsCheck.Fluent;
using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Tests.Series;

/// <summary>Reports for the series, consolidation and comparison tests, built with <see cref="AnnualReportBuilder"/>.</summary>
public static class SeriesFixtures
{
    public const string AgencyName = "涞源县人民政府";

    private const int Details = ReportFormat.ApplicantDetailColumnCount;
    private const int OutcomeRows = ReportFormat.LastOutcomeRow - ReportFormat.FirstOutcomeRow + 1;
    private const int OutcomeCells = OutcomeRows * Details;
    private const int OverStart = OutcomeCells;
    private const int ForwardStart = OverStart + Details;
    private const int DisclosureStart = ForwardStart + Details;
    private const int CaseStart = DisclosureStart + 9;
    private const int NumberCount = CaseStart + 12;

    /// <summary>A valid report of the year: every cell filled, every total and the balance right.</summary>
    public static AnnualReport Valid(int year = 2022, string agency = AgencyName) =>
        new AnnualReportBuilder(year, agency)
            .Received(naturalPerson: 12, commercialEnterprise: 3)
            .CarriedOver(naturalPerson: 2)
            .Row(ApplicationRow.Disclosed, naturalPerson: 8, commercialEnterprise: 2)
            .Row(ApplicationRow.NotHeld, naturalPerson: 3, commercialEnterprise: 1)
            .Regulations(issued: 1, abolished: 0, inForce: 5)
            .NormativeDocuments(issued: 4, abolished: 1, inForce: 20)
            .Licensing(9570).Penalties(2546).CompulsoryMeasures(198).Fees(1835.25m)
            .Cases(CaseBlock.Review, upheld: 1, pending: 1)
            .WithInformationProcessingFee(0m)
            .Build();

    /// <summary>A report of the next year whose carried-over row and documents in force follow from <paramref name="previous"/>.</summary>
    public static AnnualReport Next(AnnualReport previous, int issued = 2, int abolished = 1)
    {
        AnnualReportBuilder builder = new AnnualReportBuilder(previous.Year + 1, previous.Agency.Name)
            .Received(naturalPerson: 5)
            .Row(ApplicationRow.Disclosed, naturalPerson: 4)
            .WithInformationProcessingFee(0m);
        Carry(builder, previous);
        int regulations = previous.ProactiveDisclosure.Regulations.InForce!.Value;
        int normative = previous.ProactiveDisclosure.NormativeDocuments.InForce!.Value;
        return builder
            .Regulations(issued, abolished, regulations + issued - abolished)
            .NormativeDocuments(issued, abolished, normative + issued - abolished)
            .Build();
    }

    /// <summary>Sets the carried-over row of <paramref name="builder"/> to the carried-forward row of <paramref name="previous"/>.</summary>
    public static AnnualReportBuilder Carry(AnnualReportBuilder builder, AnnualReport previous)
    {
        for (int c = 0; c < ReportFormat.ApplicantColumnCount; c++)
        {
            builder.Set(ApplicationRow.CarriedOver, (ApplicantColumn)c, previous.Applications.CarriedForward[(ApplicantColumn)c]);
        }

        return builder;
    }

    /// <summary>A generator of valid reports: every number random (small), totals and balance computed by the builder.</summary>
    public static Gen<AnnualReport> ValidReports(int year, string agency = AgencyName) =>
        from numbers in Gen.ArrayOf(Gen.Choose(0, 9), NumberCount)
        from fee in Gen.Choose(0, 10_000_000)
        from infoFee in Gen.Choose(0, 5_000)
        select FromNumbers(numbers, year, agency, previous: null, fee / 100m, infoFee);

    /// <summary>
    /// A generator of a consecutive series of one agency (2 to 5 years) in which each year's carriedOver is the previous
    /// year's carriedForward and documents in force follow from the previous year: it passes GID301 and GID302.
    /// </summary>
    public static Gen<AnnualReport[]> ConsistentSeries() =>
        from length in Gen.Choose(2, 5)
        from numbers in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 9), NumberCount), length)
        select Chain(numbers);

    private static AnnualReport[] Chain(int[][] numbers)
    {
        var reports = new AnnualReport[numbers.Length];
        for (int i = 0; i < numbers.Length; i++)
        {
            reports[i] = FromNumbers(numbers[i], 2021 + i, AgencyName, i == 0 ? null : reports[i - 1], 10m, 0m);
        }

        return reports;
    }

    private static AnnualReport FromNumbers(int[] n, int year, string agency, AnnualReport? previous, decimal fee, decimal? infoFee)
    {
        var b = new AnnualReportBuilder(year, agency);
        var outcomeSums = new int[Details];
        for (int row = 0; row < OutcomeRows; row++)
        {
            for (int c = 0; c < Details; c++)
            {
                // Most outcome rows of real reports are 0: keep a third of them.
                int value = n[(row * Details) + c] % 3 == 0 ? n[(row * Details) + c] : 0;
                b.Set(ReportFormat.FirstOutcomeRow + row, (ApplicantColumn)c, value);
                outcomeSums[c] += value;
            }
        }

        for (int c = 0; c < Details; c++)
        {
            int over = previous?.Applications.CarriedForward[(ApplicantColumn)c] ?? n[OverStart + c];
            int forward = n[ForwardStart + c];
            b.Set(ApplicationRow.CarriedOver, (ApplicantColumn)c, over);
            b.Set(ApplicationRow.Received, (ApplicantColumn)c, Math.Max(0, outcomeSums[c] + forward - over));
        }

        int d = DisclosureStart;
        (int issued, int abolished, int extra) regulations = (n[d], n[d + 1], n[d + 2]);
        (int issued, int abolished, int extra) normative = (n[d + 3], n[d + 4], n[d + 5]);
        b.Regulations(regulations.issued, Abolished(regulations, previous?.ProactiveDisclosure.Regulations.InForce), InForce(regulations, previous?.ProactiveDisclosure.Regulations.InForce));
        b.NormativeDocuments(normative.issued, Abolished(normative, previous?.ProactiveDisclosure.NormativeDocuments.InForce), InForce(normative, previous?.ProactiveDisclosure.NormativeDocuments.InForce));
        b.Licensing(n[d + 6] * 100).Penalties(n[d + 7] * 10).CompulsoryMeasures(n[d + 8]).Fees(fee).WithInformationProcessingFee(infoFee);
        for (int block = 0; block < 3; block++)
        {
            int k = CaseStart + (block * 4);
            b.Cases((CaseBlock)block, n[k] % 3, n[k + 1] % 2, n[k + 2] % 2, n[k + 3] % 2);
        }

        return b.Build();
    }

    private static int Abolished((int Issued, int Abolished, int Extra) row, int? previousInForce) =>
        previousInForce is { } before ? Math.Min(row.Abolished, before + row.Issued) : row.Abolished;

    private static int InForce((int Issued, int Abolished, int Extra) row, int? previousInForce) =>
        previousInForce is { } before
            ? before + row.Issued - Abolished(row, previousInForce)
            : Math.Max(0, row.Issued - row.Abolished) + row.Extra;
}

/// <summary>A consistent series of one agency's reports, generated.</summary>
public sealed record ConsistentSeries(AnnualReport[] Reports)
{
    public override string ToString() => $"{Reports.Length} years from {Reports[0].Year}";
}

/// <summary>Valid reports of one year, generated, to consolidate.</summary>
public sealed record ValidParts(AnnualReport[] Reports)
{
    public override string ToString() => $"{Reports.Length} part(s)";
}

/// <summary>The FsCheck arbitraries of the series and consolidation properties (no shrinking: a shrunk report must keep its invariants).</summary>
public static class SeriesArbitraries
{
    public static Arbitrary<ConsistentSeries> Series() =>
        SeriesFixtures.ConsistentSeries().Select(r => new ConsistentSeries(r)).ToArbitrary();

    public static Arbitrary<ValidParts> Parts() =>
        (from count in Gen.Choose(1, 6)
         from parts in Gen.ArrayOf(SeriesFixtures.ValidReports(2022), count)
         select new ValidParts(parts)).ToArbitrary();
}
