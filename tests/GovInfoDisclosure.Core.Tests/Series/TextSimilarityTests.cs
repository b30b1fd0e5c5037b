using GovInfoDisclosure.Core.Series;
using Xunit.Abstractions;

namespace GovInfoDisclosure.Core.Tests.Series;

public class TextSimilarityTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(ProblemTexts.Repeats), MemberType = typeof(ProblemTexts))]
    public void Identical_or_lightly_edited_text_is_at_or_above_the_threshold(string name, string previous, string current)
    {
        double similarity = TextSimilarity.Compare(previous, current);
        output.WriteLine($"{name}: {similarity:F3}");
        Assert.True(similarity >= TextSimilarity.RepeatedTextThreshold, $"{name}: {similarity:F3}");
    }

    [Theory]
    [MemberData(nameof(ProblemTexts.Rewrites), MemberType = typeof(ProblemTexts))]
    public void Genuinely_rewritten_text_is_below_the_threshold(string name, string previous, string current)
    {
        double similarity = TextSimilarity.Compare(previous, current);
        output.WriteLine($"{name}: {similarity:F3}");
        Assert.True(similarity < TextSimilarity.RepeatedTextThreshold, $"{name}: {similarity:F3}");
    }

    [Fact]
    public void Identical_text_scores_one_and_disjoint_text_zero()
    {
        Assert.Equal(1.0, TextSimilarity.Compare(ProblemTexts.Township2022, ProblemTexts.Township2022));
        Assert.Equal(0.0, TextSimilarity.Compare("政务公开工作机制", "依申请答复质量"));
    }

    [Fact]
    public void The_measure_is_symmetric()
    {
        Assert.Equal(
            TextSimilarity.Compare(ProblemTexts.Township2022, ProblemTexts.Township2023Rewritten),
            TextSimilarity.Compare(ProblemTexts.Township2023Rewritten, ProblemTexts.Township2022));
    }

    [Fact]
    public void Whitespace_punctuation_and_digits_are_normalised_away()
    {
        Assert.Equal("年我镇收到申请件", TextSimilarity.Normalize("2022年，我镇 收到申请\n3件。").Replace("0", string.Empty));
        Assert.Equal(1.0, TextSimilarity.Compare("2022年我镇政务公开工作取得成效。", "２０２３年 我镇政务公开工作取得成效"));
    }

    [Fact]
    public void Narratives_are_compared_on_their_text_without_headings()
    {
        var a = new Narrative([new Paragraph { Heading = "（一）存在的问题", Text = ProblemTexts.Township2022 }]);
        var b = new Narrative([new Paragraph { Heading = "一、存在问题及整改", Text = ProblemTexts.Township2022 }]);
        Assert.Equal(1.0, TextSimilarity.Compare(a, b));
    }

    [Fact]
    public void Missing_or_short_narratives_are_not_judged()
    {
        Assert.Null(TextSimilarity.Compare(null, Narrative.FromText(ProblemTexts.Township2022)));
        Assert.Null(TextSimilarity.Compare(Narrative.FromText("无。"), Narrative.FromText("无。")));
    }
}
