using System.Text.Json;
using GovInfoDisclosure.Core.Comparison;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Series;

namespace GovInfoDisclosure.Core.Tests.Comparison;

public class ReportComparisonTests
{
    private static readonly AnnualReport Previous = SeriesFixtures.Valid(2021).ToBuilder()
        .WithProblemsAndImprovements(ProblemTexts.Township2022)
        .WithOverview("2021年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。")
        .Build();

    private static readonly AnnualReport Current = SeriesFixtures.Next(Previous).ToBuilder()
        .Licensing(9570 * 6)     // a jump above 5×
        .Penalties(500)          // 2546 → 500: a fall below 0.2×
        .CompulsoryMeasures(198) // unchanged
        .Fees(1835.25m * 2)
        .WithProblemsAndImprovements(ProblemTexts.Township2023LightlyEdited)
        .Build();

    private static CellComparison Cell(ReportComparison c, string path) => c.Cells.Single(x => x.Path == path);

    [Fact]
    public void Every_cell_is_compared_with_both_values_and_the_change()
    {
        ReportComparison c = ReportComparison.Compare(Previous, Current);
        Assert.Equal(201, c.Cells.Length);
        CellComparison fees = Cell(c, "/proactiveDisclosure/fees/amount");
        Assert.Equal(1835.25m, fees.Previous);
        Assert.Equal(3670.50m, fees.Current);
        Assert.Equal(1835.25m, fees.Change);
        Assert.Equal(1m, fees.RelativeChange);
        Assert.Equal("行政事业性收费 · 本年收费金额（万元）", fees.Cell.QualifiedLabelZh);

        CellComparison received = Cell(c, "/applications/received/total");
        Assert.Equal(15, received.Previous);
        Assert.Equal(5, received.Current);
        Assert.Equal(-10, received.Change);
        Assert.Equal(-0.6667m, received.RelativeChange);
        Assert.False(received.IsOutlier);
    }

    [Fact]
    public void Cells_that_jump_above_five_times_or_fall_below_a_fifth_from_at_least_ten_are_outliers()
    {
        ReportComparison c = ReportComparison.Compare(Previous, Current);
        Assert.True(Cell(c, "/proactiveDisclosure/licensing/decisions").IsOutlier);
        Assert.True(Cell(c, "/proactiveDisclosure/penalties/decisions").IsOutlier);
        Assert.False(Cell(c, "/proactiveDisclosure/compulsoryMeasures/decisions").IsOutlier);
        Assert.False(Cell(c, "/proactiveDisclosure/fees/amount").IsOutlier);
        Assert.Equal(
            ["/proactiveDisclosure/licensing/decisions", "/proactiveDisclosure/penalties/decisions"],
            c.Outliers.Select(x => x.Path));
    }

    [Theory]
    [InlineData(10, 51, true)]
    [InlineData(10, 50, false)]
    [InlineData(10, 1, true)]
    [InlineData(10, 2, false)]
    [InlineData(9, 100, false)]
    [InlineData(9, 0, false)]
    public void The_outlier_bounds_are_strict_and_need_ten_last_year(int before, int after, bool outlier)
    {
        ReportComparison c = ReportComparison.Compare(
            Previous.ToBuilder().CompulsoryMeasures(before).Build(), Current.ToBuilder().CompulsoryMeasures(after).Build());
        Assert.Equal(outlier, Cell(c, "/proactiveDisclosure/compulsoryMeasures/decisions").IsOutlier);
    }

    [Fact]
    public void A_blank_or_a_zero_last_year_has_no_relative_change()
    {
        AnnualReport blank = Previous with
        {
            ProactiveDisclosure = Previous.ProactiveDisclosure with { Licensing = new DecisionCount { Decisions = null } },
        };
        ReportComparison c = ReportComparison.Compare(blank, Current);
        CellComparison licensing = Cell(c, "/proactiveDisclosure/licensing/decisions");
        Assert.Null(licensing.Previous);
        Assert.Null(licensing.Change);
        Assert.Null(licensing.RelativeChange);
        Assert.True(licensing.IsChanged);
        Assert.False(licensing.IsOutlier);
        Assert.Null(Cell(ReportComparison.Compare(Previous.ToBuilder().Licensing(0).Build(), Current), "/proactiveDisclosure/licensing/decisions").RelativeChange);
    }

    [Fact]
    public void Narratives_are_compared_with_the_GID303_measure()
    {
        ReportComparison c = ReportComparison.Compare(Previous, Current);
        Assert.Equal(
            [ReportFormat.Overview, ReportFormat.ProblemsAndImprovements, ReportFormat.OtherMatters],
            c.Narratives.Select(n => n.Section));
        Assert.Null(c.Narratives[0].Similarity); // the current report has no overview
        Assert.True(c.Narratives[1].IsRepeated);
        Assert.True(c.Narratives[1].Similarity > 0.9);
        Assert.False(c.Narratives[2].IsRepeated);

        ReportComparison rewritten = ReportComparison.Compare(Previous, Current.ToBuilder().WithProblemsAndImprovements(ProblemTexts.Township2023Rewritten).Build());
        Assert.False(rewritten.Narratives[1].IsRepeated);
    }

    [Fact]
    public void The_json_has_camel_case_keys_every_cell_and_the_narratives()
    {
        string json = ReportComparison.Compare(Previous, Current).ToJson();
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        Assert.Equal(2021, root.GetProperty("previousYear").GetInt32());
        Assert.Equal(2022, root.GetProperty("currentYear").GetInt32());
        Assert.Equal(2, root.GetProperty("outliers").GetInt32());
        Assert.Equal(201, root.GetProperty("cells").GetArrayLength());
        JsonElement fees = root.GetProperty("cells").EnumerateArray().Single(e => e.GetProperty("path").GetString() == "/proactiveDisclosure/fees/amount");
        Assert.Equal(1835.25m, fees.GetProperty("previous").GetDecimal());
        Assert.Equal(3670.50m, fees.GetProperty("current").GetDecimal());
        Assert.Equal(1m, fees.GetProperty("relativeChange").GetDecimal());
        Assert.False(fees.GetProperty("outlier").GetBoolean());
        JsonElement problems = root.GetProperty("narratives")[1];
        Assert.Equal("/problemsAndImprovements", problems.GetProperty("path").GetString());
        Assert.True(problems.GetProperty("repeated").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("narratives")[0].GetProperty("similarity").ValueKind);
        Assert.Contains("行政事业性收费", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_lists_the_changed_cells_with_their_labels_and_marks_outliers()
    {
        string text = ReportComparison.Compare(Previous, Current).ToText();
        Assert.StartsWith("涞源县人民政府: 2021 → 2022\n", text, StringComparison.Ordinal);
        Assert.Contains("/proactiveDisclosure/licensing/decisions [行政许可 · 本年处理决定数量]: 9570 → 57420 (+47850, +500%)  OUTLIER", text, StringComparison.Ordinal);
        Assert.Contains("/applications/received/total [一、本年新收政府信息公开申请数量 · 总计]: 15 → 5 (-10, -66.67%)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("compulsoryMeasures", text, StringComparison.Ordinal);
        Assert.Matches(@"五、存在的主要问题及改进情况: (9[0-9]|100)% similar \(repeated, 年年雷同\)", text);
    }

    [Fact]
    public void The_json_names_the_agency_the_count_of_changed_cells_each_change_and_each_narratives_label_and_similarity()
    {
        ReportComparison c = ReportComparison.Compare(Previous, Current);
        using JsonDocument doc = JsonDocument.Parse(c.ToJson());
        JsonElement root = doc.RootElement;

        Assert.Equal("涞源县人民政府", root.GetProperty("agency").GetString());
        Assert.Equal(c.Changed.Count(), root.GetProperty("changedCells").GetInt32());
        Assert.True(root.GetProperty("changedCells").GetInt32() > 0);
        JsonElement fees = root.GetProperty("cells").EnumerateArray().Single(e => e.GetProperty("path").GetString() == "/proactiveDisclosure/fees/amount");
        Assert.Equal(1835.25m, fees.GetProperty("change").GetDecimal());
        JsonElement problems = root.GetProperty("narratives")[1];
        Assert.Equal("五、存在的主要问题及改进情况", problems.GetProperty("label").GetString());
        Assert.Equal(Math.Round(c.Narratives[1].Similarity!.Value, 4), problems.GetProperty("similarity").GetDouble());
    }

    [Fact]
    public void A_change_beyond_what_a_decimal_holds_relatively_is_written_as_null_not_left_out()
    {
        AnnualReport before = Previous.ToBuilder().Fees(0.0000000000000000000000000001m).Build();
        AnnualReport after = Current.ToBuilder().Fees(1_000_000m).Build();

        ReportComparison c = ReportComparison.Compare(before, after);
        using JsonDocument doc = JsonDocument.Parse(c.ToJson());

        Assert.Null(Cell(c, "/proactiveDisclosure/fees/amount").RelativeChange);
        JsonElement fees = doc.RootElement.GetProperty("cells").EnumerateArray().Single(e => e.GetProperty("path").GetString() == "/proactiveDisclosure/fees/amount");
        Assert.Equal(JsonValueKind.Null, fees.GetProperty("relativeChange").ValueKind);
        string line = c.ToText().Split('\n').Single(l => l.Contains("/proactiveDisclosure/fees/amount", StringComparison.Ordinal));
        Assert.StartsWith("  /proactiveDisclosure/fees/amount [行政事业性收费 · 本年收费金额（万元）]: 0.0000000000000000000000000001 → 1000000 (+", line, StringComparison.Ordinal);
        Assert.EndsWith(")", line, StringComparison.Ordinal);
        Assert.DoesNotContain("%", line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_ends_with_every_narrative_on_a_line_of_its_own_and_a_similar_but_rewritten_text_is_not_called_repeated()
    {
        AnnualReport rewritten = Current.ToBuilder().WithProblemsAndImprovements(ProblemTexts.Township2023Rewritten).Build();

        string text = ReportComparison.Compare(Previous, rewritten).ToText();

        string narratives = text[text.IndexOf("Narratives:\n", StringComparison.Ordinal)..];
        string[] lines = narratives.Split('\n');
        Assert.Equal(["Narratives:", "  一、总体情况: not compared (missing or too short)"], lines[..2]);
        Assert.Matches(@"^  五、存在的主要问题及改进情况: \d+% similar$", lines[2]);
        Assert.StartsWith("  六、其他需要报告的事项: ", lines[3], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public void Across_the_change_of_edition_the_text_and_json_list_every_cell_not_compared_with_its_label()
    {
        AnnualReport r2020 = Edition2019.Edition2019Fixtures.Valid(2020, "涞源县人民政府");
        ReportComparison c = ReportComparison.Compare(r2020, Previous);

        string text = c.ToText();
        Assert.Contains($"Note: the 2020 report follows the 2019 edition and the 2021 report the 2021 edition: {c.NotCompared.Length} cells that only one of them prints are not compared:\n", text, StringComparison.Ordinal);
        Assert.All(c.NotCompared, e => Assert.Contains($"\n  {e.JsonPointer} [{e.QualifiedLabelZh}]\n", text, StringComparison.Ordinal));
        using JsonDocument doc = JsonDocument.Parse(c.ToJson());
        JsonElement[] listed = [.. doc.RootElement.GetProperty("notCompared").EnumerateArray()];
        Assert.Equal(c.NotCompared.Select(e => (e.JsonPointer, e.QualifiedLabelZh)), listed.Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("label").GetString()!)));
        Assert.DoesNotContain("Note: the 2021 report follows", ReportComparison.Compare(Previous, Current).ToText(), StringComparison.Ordinal);
    }
}
