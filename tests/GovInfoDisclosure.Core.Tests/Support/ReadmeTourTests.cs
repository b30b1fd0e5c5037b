using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Support;

/// <summary>The README's five-minute tour, as written there, does what the README says.</summary>
public class ReadmeTourTests
{
    [Fact]
    public void The_township_report_of_the_README_is_valid_and_round_trips()
    {
        AnnualReport report = new AnnualReportBuilder(2024, "某某镇人民政府")
            .ForAgency("某某镇人民政府", region: "某某省某某市某某县某某镇")
            .PublishedOn(new DateOnly(2025, 1, 20))
            .WithOverview("2024年，我镇收到依申请公开申请事项5件，共依法依规办理依申请公开4件。")
            .NormativeDocuments(issued: 3, abolished: 1, inForce: 12)
            .Licensing(120).Penalties(35).CompulsoryMeasures(2).Fees(18.25m)
            .Received(naturalPerson: 4, commercialEnterprise: 1)
            .Row(ApplicationRow.Disclosed, naturalPerson: 2, commercialEnterprise: 1)
            .Row(ApplicationRow.NotHeld, naturalPerson: 1)
            .WithProblemsAndImprovements("一是信息公开的及时性有待提高。")
            .WithOtherMatters("2024年我镇未收取信息处理费。")
            .Build();

        string json = AnnualReportJson.ToJson(report);
        AnnualReport again = AnnualReportJson.Parse(json);
        ValidationResult result = ReportValidator.Default.Validate(again);

        Assert.Equal(report, again);
        Assert.True(result.IsValid);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, report.Applications.CarriedForward.Total);
    }

    [Fact]
    public void The_published_report_of_the_README_gives_the_lines_it_shows()
    {
        AnnualReport published = TestReports.Sample(TestReports.Linqiu);
        Diagnostic d = ReportValidator.Default.Validate(published).Diagnostics[0];

        Assert.Equal("GID102 Error /applications/outcomes/total/naturalPerson expected 4, actual 0", $"{d.Code} {d.Severity} {d.Path} expected {d.Expected}, actual {d.Actual}");
        Assert.Equal("自然人列：（七）总计为0，但（一）至（六）各项办理结果之和为4。", d.MessageZh);
    }

    [Fact]
    public void The_document_of_the_README_gives_the_lines_it_shows()
    {
        // As ReportDocument.Read("wuling-2022.txt") in the working folder; the stream overload names the file the same way
        // without changing the process's working folder under the other tests.
        using FileStream stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", "reports", "000_f5661558df620322.txt"));
        var lines = new List<string>();

        GovInfoDisclosure.Core.Documents.ReportImport import = GovInfoDisclosure.Documents.ReportDocument.Read(stream, "wuling-2022.txt");
        foreach (Diagnostic d in import.Validate().Diagnostics.Where(d => d.Severity == Severity.Error))
        {
            lines.Add($"{d.Location}: {d.Code} {d.MessageZh}");
        }

        Assert.Equal(
            [
                "wuling-2022.txt:331:2 (table 2, row 27, column 3): GID102 自然人列：（七）总计为0，但（一）至（六）各项办理结果之和为4。",
                "wuling-2022.txt:337:2 (table 2, row 27, column 9): GID102 总计列：（七）总计为0，但（一）至（六）各项办理结果之和为4。",
            ],
            lines);
        Assert.Contains(string.Join("\n", lines.Select(l => "// " + l)), File.ReadAllText(Path.Combine(RepoFiles.Root, "README.md")), StringComparison.Ordinal);
    }
}
