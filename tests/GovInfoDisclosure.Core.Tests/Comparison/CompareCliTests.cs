using System.Text.Json;
using GovInfoDisclosure.Core.Tests.Series;

namespace GovInfoDisclosure.Core.Tests.Comparison;

public sealed class CompareCliTests : IDisposable
{
    private readonly CliFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (string Old, string New) WritePair()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        return (_folder.Write("2021.json", r2021), _folder.Write("2022.json", SeriesFixtures.Next(r2021).ToBuilder().Licensing(1).Build()));
    }

    [Fact]
    public void Compare_prints_readable_text_by_default()
    {
        (string a, string b) = WritePair();
        (int exit, string output, _, _) = CliFolder.Run("compare", a, b);
        Assert.Equal(0, exit);
        Assert.StartsWith("涞源县人民政府: 2021 → 2022", output, StringComparison.Ordinal);
        Assert.Contains("[行政许可 · 本年处理决定数量]: 9570 → 1 (-9569, -99.99%)  OUTLIER", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_prints_json_on_request()
    {
        (string a, string b) = WritePair();
        (int exit, string output, _, _) = CliFolder.Run("compare", a, b, "--format", "json");
        Assert.Equal(0, exit);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.Equal(4, doc.RootElement.GetProperty("outliers").GetInt32()); // licensing, penalties, compulsory measures and fees fall to nearly 0
        Assert.Equal(2022, doc.RootElement.GetProperty("currentYear").GetInt32());
    }

    [Fact]
    public void Compare_with_an_unreadable_file_exits_2()
    {
        (string a, _) = WritePair();
        (int exit, _, string errors, _) = CliFolder.Run("compare", a, Path.Combine(_folder.Root, "none.json"));
        Assert.Equal(2, exit);
        Assert.Contains("none.json", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_an_unknown_format_exits_64()
    {
        (string a, string b) = WritePair();
        Assert.Equal(64, CliFolder.Run("compare", a, b, "--format", "sarif").Exit);
    }

    [Fact]
    public void Compare_of_two_agencies_says_so_and_still_compares()
    {
        AnnualReport r2021 = SeriesFixtures.Valid(2021);
        AnnualReport other = SeriesFixtures.Next(r2021).ToBuilder().ForAgency("灵丘县武灵镇人民政府").Build();
        string a = _folder.Write("a.json", r2021), b = _folder.Write("b.json", other);

        (int exit, string output, string errors, _) = CliFolder.Run("compare", a, b);

        Assert.Equal(0, exit);
        Assert.Contains("warning: '" + a + "' is 涞源县人民政府's report and '" + b + "' is 灵丘县武灵镇人民政府's", errors, StringComparison.Ordinal);
        Assert.Contains("Note: the 2021 report is of 涞源县人民政府, another agency", output, StringComparison.Ordinal);
        (_, string json, _, _) = CliFolder.Run("compare", a, b, "--format", "json");
        using JsonDocument doc = JsonDocument.Parse(json);
        Assert.False(doc.RootElement.GetProperty("sameAgency").GetBoolean());
        Assert.Equal("涞源县人民政府", doc.RootElement.GetProperty("previousAgency").GetString());
    }

    [Fact]
    public void Compare_of_one_agencys_years_says_nothing_about_agencies()
    {
        (string a, string b) = WritePair();
        (_, string output, string errors, _) = CliFolder.Run("compare", a, b, "--format", "json");
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("sameAgency").GetBoolean());
        Assert.False(doc.RootElement.TryGetProperty("previousAgency", out _));
        Assert.Equal(string.Empty, errors);
    }

    [Fact]
    public void Compare_of_the_same_year_twice_is_refused_and_says_why()
    {
        (string a, _) = WritePair();
        (int exit, _, string errors, _) = CliFolder.Run("compare", a, a);
        Assert.Equal(64, exit);
        Assert.Contains("Both reports are on 2021", errors, StringComparison.Ordinal);
    }
}
