using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Documents.Tests.Writing;

/// <summary>The end of the README's tour, as written there: the built report written as Word, HTML, Markdown and a validation page.</summary>
public sealed class ReadmeWritingTourTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gidr-readme-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_built_report_of_the_README_is_written_in_every_layout_and_reads_back()
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
        ValidationResult result = ReportValidator.Default.Validate(report);
        string Out(string name) => Path.Combine(_folder, name);

        using (FileStream docx = File.Create(Out("report.docx"))) DocxReportWriter.Write(report, docx);
        using (FileStream html = File.Create(Out("report.html"))) HtmlReportWriter.Write(report, html);
        File.WriteAllText(Out("report.md"), MarkdownReportWriter.ToMarkdown(report));
        File.WriteAllText(Out("validation.html"), ValidationPageWriter.ToHtml([new ValidationPageEntry("2024.json", report, result)]));

        WrittenReport.FromDocx(File.ReadAllBytes(Out("report.docx"))).AssertIsOf(report);
        WrittenReport.FromHtml(File.ReadAllText(Out("report.html"))).AssertIsOf(report);
        Assert.Contains("| 行政事业性收费 | 18.25 |", File.ReadAllText(Out("report.md")));
        Assert.Contains("2024.json", File.ReadAllText(Out("validation.html")));
    }
}
