using GovInfoDisclosure.Core;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Documents.Tests;

/// <summary>
/// 平潭综合实验区's 2023 report as its site served it (<c>Fixtures/pingtan-2023.html</c>, chrome, scripts and Word-pasted
/// tables included), read end to end. <c>Fixtures/pingtan-2023.expected.json</c> is what a transcriber writes: its 200
/// table values were checked one by one against the page's <c>&lt;td&gt;</c> texts taken out by a separate script (Python's
/// html.parser), its metadata and narrative against the page as a browser shows it.
/// </summary>
public class RealPageTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public void The_real_page_reads_as_its_transcription()
    {
        ReportImport import = ReportDocument.Read(Fixture("pingtan-2023.html"));

        AnnualReport expected = AnnualReportJson.ReadFile(Fixture("pingtan-2023.expected.json"));
        Assert.Equal(AnnualReportJson.ToJson(expected), AnnualReportJson.ToJson(import.Report));
    }

    [Fact]
    public void The_real_page_says_where_its_date_came_from_and_passes_every_rule()
    {
        ReportImport import = ReportDocument.Read(Fixture("pingtan-2023.html"));

        Diagnostic date = Assert.Single(import.Findings, f => f.Code == "GID511");
        Assert.Equal(307, date.Location!.Line);
        ValidationResult result = import.Validate();
        Assert.True(result.IsValid);
        Assert.Equal(0, result.WarningCount);
    }

    [Fact]
    public void A_cell_of_the_real_page_knows_its_line_and_grid_position()
    {
        ReportImport import = ReportDocument.Read(Fixture("pingtan-2023.html"));

        SourceLocation received = import.LocationOf("/applications/received/total")!;
        Assert.Equal((2, 4, 10), (received.Table, received.Row, received.Cell));
        string line = File.ReadLines(Fixture("pingtan-2023.html")).ElementAt(received.Line - 1);
        Assert.Contains("81", line[(received.Column - 1)..], StringComparison.Ordinal);
    }
}
