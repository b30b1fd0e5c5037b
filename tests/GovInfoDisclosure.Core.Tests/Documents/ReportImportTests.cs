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

    [Fact]
    public void Findings_made_elsewhere_are_located_at_what_they_name_or_the_nearest_enclosing_thing_printed()
    {
        var cell = new SourceLocation { Line = 40, Column = 7, Table = 2, Row = 5, Cell = 3 };
        var table = new SourceLocation { Line = 30, Column = 1, Table = 2 };
        var already = new SourceLocation { Line = 1, Column = 1 };
        var import = new ReportImport(TestReports.Valid(), [], new Dictionary<string, SourceLocation>
        {
            ["/applications/carriedOver/naturalPerson"] = cell,
            ["/applications"] = table,
        });
        Diagnostic Finding(string path) => new(Rules.CarryOver, Severity.Error, path, 1, 0, [path], []);
        var series = new ValidationResult(
        [
            Finding("/applications/carriedOver/naturalPerson"),
            Finding("/applications/carriedOver/total"),
            Finding("/reviewAndLitigation/review/upheld"),
            Finding("/applications/received/total").WithLocation(already),
        ]);

        ValidationResult located = import.Locate(series);

        Assert.Equal(series.Diagnostics.Select(d => d.Path), located.Diagnostics.Select(d => d.Path));
        Assert.Equal([cell, table, null, already], located.Diagnostics.Select(d => d.Location));
        Assert.Throws<ArgumentNullException>(() => import.Locate(null!));
    }
}
