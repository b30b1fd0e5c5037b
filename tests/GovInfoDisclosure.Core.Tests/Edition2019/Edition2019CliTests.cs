using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Consolidation;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Tests.Series;

namespace GovInfoDisclosure.Core.Tests.Edition2019;

/// <summary><c>gidr</c> over files of both editions: a series across the change of edition, and a consolidation that mixes them.</summary>
public sealed class Edition2019CliTests : IDisposable
{
    private readonly CliFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Validate_series_checks_the_carry_over_from_a_2020_report_of_the_2019_edition_into_2021()
    {
        string file2020 = _folder.Write("2020.json", Edition2019Fixtures.Valid(2020, "某县市场监督管理局")); // carries 1 forward
        string file2021 = _folder.Write("2021.json", new AnnualReportBuilder(2021, "某县市场监督管理局")
            .Received(naturalPerson: 2).Row(Format.ApplicationRow.Disclosed, naturalPerson: 2).WithInformationProcessingFee(0m).Build());

        (int exit, string output, _, _) = CliFolder.Run("validate", "--series", file2021, file2020);

        Assert.Equal(1, exit);
        Assert.Contains($"{file2021}: error GID301 /applications/carriedOver/naturalPerson [二、上年结转政府信息公开申请数量 · 自然人] expected 1, actual 0", output, StringComparison.Ordinal);
        Assert.DoesNotContain("GID302", output, StringComparison.Ordinal);
    }

    private string WriteMarkdown(string name, AnnualReport report)
    {
        using var stream = new MemoryStream();
        MarkdownReportWriter.Write(report, stream);
        return _folder.WriteText(name, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void A_series_finding_on_a_published_document_is_located_at_its_cell_in_every_output()
    {
        string file2020 = _folder.Write("2020.json", Edition2019Fixtures.Valid(2020, "某县市场监督管理局")); // carries 1 forward
        string file2021 = WriteMarkdown("2021.md", new AnnualReportBuilder(2021, "某县市场监督管理局")
            .Received(naturalPerson: 2).Row(Format.ApplicationRow.Disclosed, naturalPerson: 2).WithInformationProcessingFee(0m).Build());

        (int exit, string output, _, _) = CliFolder.Run("validate", "--series", file2021, file2020);
        (_, string sarif, _, _) = CliFolder.Run("validate", "--series", "--format", "sarif", file2021, file2020);
        (_, string json, _, _) = CliFolder.Run("validate", "--series", "--format", "json", file2021, file2020);

        Assert.Equal(1, exit);
        Assert.Matches(
            $@"(?m)^{System.Text.RegularExpressions.Regex.Escape(file2021)}:\d+:\d+ \(table \d+, row \d+, column \d+\): error GID301 /applications/carriedOver/naturalPerson ",
            output);
        using var sarifDocument = System.Text.Json.JsonDocument.Parse(sarif);
        var gid301 = sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString() == "GID301").ToList();
        Assert.NotEmpty(gid301);
        Assert.All(gid301, r => Assert.True(r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() > 1));
        Assert.Contains("\"location\"", json.Split("GID301")[1].Split("\"code\"")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_consolidation_finding_on_a_published_document_is_located_at_its_cell()
    {
        AnnualReport a = Edition2019Fixtures.Valid(2020, "甲局");
        AnnualReport b = Edition2019Fixtures.Builder(2020, "乙局").Set(Format.DisclosureCell2019.LicensingChange, 5).Build();
        AnnualReport sum = ReportConsolidation.Consolidate([a, b], 2020, new Agency { Name = "某县人民政府" }).Report;
        string consolidated = WriteMarkdown("county.md", sum with
        {
            ProactiveDisclosure2019 = sum.ProactiveDisclosure2019! with
            {
                Licensing = sum.ProactiveDisclosure2019.Licensing with { Change = 0 },
            },
        });

        (int exit, string output, _, _) = CliFolder.Run("validate", consolidated, "--part", _folder.Write("a.json", a), "--part", _folder.Write("b.json", b));

        Assert.Equal(1, exit);
        Assert.Matches(
            $@"(?m)^{System.Text.RegularExpressions.Regex.Escape(consolidated)}:\d+:\d+ \(table \d+, row \d+, column \d+\): error GID401 /proactiveDisclosure/licensing/change ",
            output);
    }

    [Fact]
    public void A_part_of_the_other_edition_in_the_same_year_is_refused_naming_both_editions()
    {
        string county = _folder.Write("county.json", Edition2019Fixtures.Valid(2020, "某县人民政府"));
        string part = _folder.Write("part.json", new AnnualReportBuilder(2020, "乙局").Build());

        (int exit, _, string errors, _) = CliFolder.Run("validate", county, "--part", part);

        Assert.Equal(2, exit);
        Assert.Contains($"'{part}' follows the 2021 edition, '{county}' the 2019 edition: a consolidation sums reports of one year and one edition.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_on_a_2019_report_names_its_cell_by_the_2019_labels_in_text_and_sarif()
    {
        const string Pointer = "/proactiveDisclosure/licensing/decisions";
        AnnualReport valid = Edition2019Fixtures.Valid(2020, "某县市场监督管理局");
        string file = _folder.Write("2020.json", valid with
        {
            ProactiveDisclosure2019 = valid.ProactiveDisclosure2019! with { Licensing = valid.ProactiveDisclosure2019.Licensing with { Decisions = null } },
        });
        string label2019 = ReportFormat.Of(ReportEdition.Edition2019).FindByPointer(Pointer)!.QualifiedLabelZh;
        string label2021 = ReportFormat.Of(ReportEdition.Edition2021).FindByPointer(Pointer)!.QualifiedLabelZh;
        Assert.NotEqual(label2021, label2019); // 本年处理决定数量 in 2021, 处理决定数量 in 2019

        (_, string text, _, _) = CliFolder.Run("validate", file);
        (_, string sarif, _, _) = CliFolder.Run("validate", "--format", "sarif", file);

        Assert.Contains($"{Pointer} [{label2019}]", text, StringComparison.Ordinal);
        Assert.DoesNotContain(label2021, text, StringComparison.Ordinal);
        using var sarifDocument = System.Text.Json.JsonDocument.Parse(sarif);
        string?[] names = [.. sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .SelectMany(r => r.GetProperty("locations")[0].GetProperty("logicalLocations").EnumerateArray())
            .Where(l => l.GetProperty("fullyQualifiedName").GetString() == Pointer)
            .Select(l => l.GetProperty("name").GetString())];
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Equal(label2019, name));
    }

    [Fact]
    public void Consolidate_refuses_parts_of_two_editions_naming_both_and_exits_2()
    {
        string a = _folder.Write("a.json", Edition2019Fixtures.Valid(2020, "甲局"));
        string b = _folder.Write("b.json", new AnnualReportBuilder(2020, "乙局").Build());

        (int exit, _, string errors, _) = CliFolder.Run("consolidate", a, b);

        Assert.Equal(2, exit);
        Assert.Contains("2019", errors, StringComparison.Ordinal);
        Assert.Contains("2021", errors, StringComparison.Ordinal);
    }
}
