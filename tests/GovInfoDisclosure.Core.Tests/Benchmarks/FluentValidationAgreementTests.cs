using GovInfoDisclosure.Core.Benchmarks;

namespace GovInfoDisclosure.Core.Tests.Benchmarks;

/// <summary>
/// The FluentValidation comparison of the benchmarks compares the same work: on generated reports of every shape, the
/// FluentValidation rules find a fault on exactly the reports where the library reports a GID101–GID105 error.
/// </summary>
public class FluentValidationAgreementTests
{
    [Fact]
    public void FluentValidation_and_the_library_flag_exactly_the_same_reports()
    {
        var output = new StringWriter();

        int problems = FluentValidationAgreement.Check(output, 400);

        Assert.True(problems == 0, output.ToString());
        Assert.Contains("mismatches 0", output.ToString());
    }
}
