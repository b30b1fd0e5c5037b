using GovInfoDisclosure.Core.Benchmarks;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Benchmarks;

/// <summary>The benchmarks' data of both editions measure what they say: valid reports have no finding, faulty ones an error.</summary>
public class ReportGeneratorTests
{
    [Theory]
    [InlineData(ReportEdition.Edition2021)]
    [InlineData(ReportEdition.Edition2019)]
    public void Generated_reports_are_valid_where_no_fault_was_injected_and_in_error_where_one_was(ReportEdition edition)
    {
        (AnnualReport[] reports, FaultKind[] faults) = ReportGenerator.Generate(500, Shape.TenPercentInvalid, edition: edition);

        for (int i = 0; i < reports.Length; i++)
        {
            Assert.Equal(edition, reports[i].Edition);
            ValidationResult result = ReportValidator.Default.Validate(reports[i]);
            if (faults[i] == FaultKind.None)
            {
                Assert.True(result.Diagnostics.IsEmpty, $"report {i}: {string.Join("; ", result.Diagnostics.Select(d => d.Code + " " + d.Path))}");
            }
            else
            {
                Assert.False(result.IsValid, $"report {i} with fault {faults[i]} has no error");
            }
        }

        Assert.Equal(50, faults.Count(f => f != FaultKind.None));
    }
}
