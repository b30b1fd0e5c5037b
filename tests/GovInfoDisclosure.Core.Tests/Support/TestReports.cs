using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;

namespace GovInfoDisclosure.Core.Tests.Support;

/// <summary>Reports the tests start from: a realistic valid one, and the transcribed samples.</summary>
public static class TestReports
{
    public const string Linqiu = "linqiu-wuling-2022.json";
    public const string Yanshi = "yanshi-jinshi-2022.json";
    public const string Laiyuan = "laiyuan-2022.json";

    /// <summary>A composed 2019-edition report on 2019 (samples/README.md).</summary>
    public const string Shouyang2019 = "2019-shouyang-market-regulation.json";

    /// <summary>A composed 2019-edition report on 2020 (samples/README.md).</summary>
    public const string Ningxiang2020 = "2020-ningxiang-natural-resources.json";

    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    public static string SamplePath(string name) => Path.Combine(SamplesFolder, name);

    public static AnnualReport Sample(string name) => AnnualReportJson.ReadFile(SamplePath(name));

    /// <summary>A township's report that breaks no rule: applications received, handled and carried forward.</summary>
    public static AnnualReportBuilder ValidBuilder() =>
        new AnnualReportBuilder(2022, "某某镇人民政府")
            .ForAgency("某某镇人民政府", "某某省某某市某某县某某镇")
            .WithTitle("某某镇2022年政府信息公开工作年度报告")
            .PublishedOn(new DateOnly(2023, 1, 20))
            .WithOverview("2022年，我镇收到依申请公开申请事项5件，共依法依规办理依申请公开4件。", "全年未发生针对政府信息公开事务的行政复议申请和行政诉讼案件。")
            .Regulations(issued: 0)
            .NormativeDocuments(issued: 3, abolished: 1, inForce: 12)
            .Licensing(120).Penalties(35).CompulsoryMeasures(2).Fees(18.25m)
            .Received(naturalPerson: 4, commercialEnterprise: 1)
            .Row(ApplicationRow.Disclosed, naturalPerson: 2, commercialEnterprise: 1)
            .Row(ApplicationRow.NotHeld, naturalPerson: 1)
            .WithProblemsAndImprovements("一是信息公开的及时性有待提高。下一步将加强培训。")
            .WithOtherMatters("2022年我镇未收取信息处理费。")
            .WithInformationProcessingFee(0m);

    public static AnnualReport Valid() => ValidBuilder().Build();

    /// <summary>The valid report with exactly one cell of section 三 changed (nothing recomputed).</summary>
    public static AnnualReport ValidWith(ApplicationRow row, ApplicantColumn column, int? value) =>
        Valid().ToBuilder().Set(row, column, value).Build();
}
