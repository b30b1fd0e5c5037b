using System.Collections.Immutable;
using GovInfoDisclosure.Core.Documents;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Tests.Support;
using GovInfoDisclosure.Core.Validation;

namespace GovInfoDisclosure.Core.Tests.Documents;

/// <summary><see cref="ReportImport"/>: its arguments and the validation it runs over what was read.</summary>
public class ReportImportTests
{
    private static readonly Dictionary<string, SourceLocation> NoLocations = [];

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new ReportImport(null!, [], NoLocations));
        Assert.Throws<ArgumentNullException>(() => new ReportImport(TestReports.Valid(), [], null!));
        Assert.Throws<ArgumentNullException>(() => new ReportImport(TestReports.Valid(), [], NoLocations).LocationOf(null!));
    }

    [Fact]
    public void The_validator_given_is_the_one_that_runs()
    {
        // One more application received by a natural person than the valid report has: its totals no longer add up.
        var import = new ReportImport(TestReports.ValidWith(ApplicationRow.Received, ApplicantColumn.NaturalPerson, 5), [], NoLocations);
        string[] codes = [.. import.Validate().Diagnostics.Select(d => d.Code).Distinct()];
        Assert.NotEmpty(codes);

        ValidationResult quiet = import.Validate(new ReportValidator(new ValidatorOptions { DisabledRules = [.. codes] }));

        Assert.Empty(quiet.Diagnostics);
    }
}
