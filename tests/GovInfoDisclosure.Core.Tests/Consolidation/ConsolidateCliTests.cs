using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Series;

namespace GovInfoDisclosure.Core.Tests.Consolidation;

public sealed class ConsolidateCliTests : IDisposable
{
    private readonly CliFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (string A, string B) WriteParts()
    {
        AnnualReport a = SeriesFixtures.Valid(2022, "甲镇人民政府");
        AnnualReport b = SeriesFixtures.Valid(2022, "乙镇人民政府").ToBuilder().Licensing(30).Fees(0.75m).Build();
        return (_folder.Write("a.json", a), _folder.Write("b.json", b));
    }

    [Fact]
    public void Consolidate_writes_the_canonical_json_of_the_sum_to_the_output_file()
    {
        (string a, string b) = WriteParts();
        string output = Path.Combine(_folder.Root, "county.json");
        (int exit, _, string errors, _) = CliFolder.Run("consolidate", a, b, "-o", output, "--agency", "涞源县人民政府");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors);
        AnnualReport county = AnnualReportJson.ReadFile(output);
        Assert.Equal("涞源县人民政府", county.Agency.Name);
        Assert.Equal(9600, county.ProactiveDisclosure.Licensing.Decisions);
        Assert.Equal(1836.00m, county.ProactiveDisclosure.Fees.Amount);
        Assert.Equal(AnnualReportJson.ToJson(county), File.ReadAllText(output));
    }

    [Fact]
    public void Consolidate_writes_to_standard_output_and_reports_blanks_on_standard_error()
    {
        (string a, _) = WriteParts();
        AnnualReport blank = SeriesFixtures.Valid(2022, "丙镇人民政府");
        blank = blank with { Applications = blank.Applications with { Received = blank.Applications.Received with { Total = null } } };
        string c = _folder.Write("c.json", blank);
        (int exit, _, string errors, string stream) = CliFolder.Run("consolidate", a, c);
        Assert.Equal(0, exit);
        AnnualReport county = AnnualReportJson.Parse(stream);
        Assert.Null(county.Applications.Received.Total);
        Assert.Equal("2个单位汇总", county.Agency.Name);
        Assert.Contains($"/applications/received/total [一、本年新收政府信息公开申请数量 · 总计] is blank in {c}", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Consolidating_parts_of_different_years_exits_2_with_the_reason()
    {
        (string a, _) = WriteParts();
        string other = _folder.Write("2023.json", SeriesFixtures.Valid(2023));
        (int exit, _, string errors, string stream) = CliFolder.Run("consolidate", a, other);
        Assert.Equal(2, exit);
        Assert.Contains("is a report on 2023, not on 2022", errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stream);
    }

    [Fact]
    public void Consolidating_an_unreadable_part_exits_2()
    {
        (string a, _) = WriteParts();
        (int exit, _, string errors, _) = CliFolder.Run("consolidate", a, Path.Combine(_folder.Root, "missing.json"));
        Assert.Equal(2, exit);
        Assert.Contains("missing.json", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_with_parts_adds_GID401_to_the_consolidated_file()
    {
        (string a, string b) = WriteParts();
        string output = Path.Combine(_folder.Root, "county.json");
        Assert.Equal(0, CliFolder.Run("consolidate", a, b, "-o", output).Exit);
        Assert.Equal(0, CliFolder.Run("validate", output, "--part", a, "--part", b).Exit);

        AnnualReport wrong = AnnualReportJson.ReadFile(output).ToBuilder().Set(CaseBlock.Review, CaseColumn.Upheld, 9).Set(CaseBlock.Review, CaseColumn.Total, 10).Build();
        string wrongFile = _folder.Write("wrong.json", wrong);
        (int exit, string text, _, _) = CliFolder.Run("validate", wrongFile, "--part", a, "--part", b);
        Assert.Equal(1, exit);
        Assert.Contains(wrongFile + ": error GID401 /reviewAndLitigation/review/upheld [行政复议 · 结果维持] expected 2, actual 9", text, StringComparison.Ordinal);
        Assert.Contains(wrongFile + ": error GID401 /reviewAndLitigation/review/total", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_with_an_unreadable_part_exits_2_and_skips_GID401()
    {
        (string a, string b) = WriteParts();
        (int exit, string text, string errors, _) = CliFolder.Run("validate", a, "--part", b, "--part", Path.Combine(_folder.Root, "missing.json"));
        Assert.Equal(2, exit);
        Assert.DoesNotContain("GID401", text, StringComparison.Ordinal);
        Assert.Contains("GID401 not checked", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate", "x.json", "y.json", "--part", "z.json")]
    [InlineData("validate", "--series", "x.json", "--part", "z.json")]
    [InlineData("consolidate")]
    public void A_wrong_command_line_exits_64(params string[] args)
    {
        (int exit, _, string errors, _) = CliFolder.Run(args);
        Assert.Equal(64, exit);
        Assert.Contains("Usage:", errors, StringComparison.Ordinal);
    }
}
