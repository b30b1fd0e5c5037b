using GovInfoDisclosure.Core.Benchmarks;

namespace GovInfoDisclosure.Core.Tests.Benchmarks;

/// <summary><c>--scaling</c>: runs its passes and prints a line a part; a wrong argument is refused.</summary>
public class ScalingRoundsTests
{
    [Fact]
    public void One_round_prints_every_part_with_its_ratio()
    {
        var output = new StringWriter();

        int code = ScalingRounds.Run(["--scaling", "1"], output);

        Assert.Equal(0, code);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (string part in new[] { "EndToEnd", "Files", "Compute", "Spin" })
        {
            string line = Assert.Single(lines, l => l.StartsWith(part + " ", StringComparison.Ordinal));
            Assert.Matches(@"µs +[0-9.]+ µs +[0-9.]+ +[0-9.]+–[0-9.]+ +[01] of 1 ", line);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("x")]
    [InlineData("-3")]
    public void A_wrong_number_of_rounds_is_refused(string rounds)
    {
        Assert.Equal(2, ScalingRounds.Run(["--scaling", rounds], new StringWriter()));
    }
}
