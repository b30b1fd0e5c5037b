using GovInfoDisclosure.Core.Format;

namespace GovInfoDisclosure.Core.Tests.Edition2019;

/// <summary>Valid reports of the 2019 edition, built as a generating team would.</summary>
internal static class Edition2019Fixtures
{
    /// <summary>A valid 2019-edition report: every rule holds, one case of each kind, a negative change, an amount in 元.</summary>
    public static AnnualReportBuilder Builder(int year = 2020, string agency = "某县市场监督管理局") =>
        new AnnualReportBuilder(year, agency).WithEdition(ReportEdition.Edition2019)
            .PublishedOn(new DateOnly(year + 1, 1, 20))
            .Set(DisclosureCell2019.RegulationsMade, 0).Set(DisclosureCell2019.NormativeDocumentsMade, 4)
            .Set(DisclosureCell2019.NormativeDocumentsPublished, 3).Set(DisclosureCell2019.NormativeDocumentsPublishedTotal, 27)
            .Set(DisclosureCell2019.LicensingPreviousYearItems, 120).Set(DisclosureCell2019.LicensingChange, -18).Set(DisclosureCell2019.LicensingDecisions, 2310)
            .Set(DisclosureCell2019.PenaltiesPreviousYearItems, 45).Set(DisclosureCell2019.PenaltiesChange, 3).Set(DisclosureCell2019.PenaltiesDecisions, 97)
            .Set(DisclosureCell2019.FeesPreviousYearItems, 6).Set(DisclosureCell2019.FeesChange, -1)
            .Procurement(5, 251000m, MoneyUnit.Yuan)
            .Received(naturalPerson: 6, commercialEnterprise: 1)
            .CarriedOver(naturalPerson: 1)
            .Row(ApplicationRow.Disclosed, naturalPerson: 3)
            .Row(ApplicationRow.NotHeld, naturalPerson: 2, commercialEnterprise: 1)
            .Row(ApplicationRow.OtherHandling, naturalPerson: 1)
            .Cases(CaseBlock.Review, upheld: 1)
            .WithOverview("2020年，我局收到政府信息公开申请7件。")
            .WithProblemsAndImprovements("一是公开内容不够全面。下一步将加强培训。")
            .WithOtherMatters("无。");

    public static AnnualReport Valid(int year = 2020, string agency = "某县市场监督管理局") => Builder(year, agency).Build();
}
