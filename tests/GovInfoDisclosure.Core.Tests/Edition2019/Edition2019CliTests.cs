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
