using System.Text.Json;
using GovInfoDisclosure.Core.Format;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Schema;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Json;

public class SchemaTests
{
    [Fact]
    public void The_committed_schema_is_the_one_the_code_generates()
    {
        RepoFiles.AssertInSync("docs/schema/annual-report-2021.schema.json", ReportJsonSchema.Generate());
    }

    [Fact]
    public void The_committed_2019_schema_is_the_one_the_code_generates()
    {
        RepoFiles.AssertInSync("docs/schema/" + ReportJsonSchema.FileName(ReportEdition.Edition2019), ReportJsonSchema.Generate(ReportEdition.Edition2019));
    }

    [Theory]
    [InlineData(ReportEdition.Edition2021)]
    [InlineData(ReportEdition.Edition2019)]
    public void Each_schema_admits_its_own_edition_only(ReportEdition edition)
    {
        using JsonDocument schema = JsonDocument.Parse(ReportJsonSchema.Generate(edition));

        JsonElement editions = schema.RootElement.GetProperty("properties").GetProperty("edition").GetProperty("enum");

        Assert.Equal([ReportFormat.EditionKey(edition)], editions.EnumerateArray().Select(e => e.GetString()));
        Assert.EndsWith(ReportJsonSchema.FileName(edition), schema.RootElement.GetProperty("$id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_2019_schema_names_every_key_of_the_2019_catalogue_and_none_of_the_2021_section_two()
    {
        using JsonDocument schema = JsonDocument.Parse(ReportJsonSchema.Generate(ReportEdition.Edition2019));
        JsonElement disclosure = schema.RootElement.GetProperty("properties").GetProperty("proactiveDisclosure").GetProperty("properties");

        Assert.Equal(ReportFormat.DisclosureRows2019.Select(r => r.JsonKey), disclosure.EnumerateObject().Select(p => p.Name));
        foreach (FormatEntry cell in ReportFormat.DisclosureCells2019.Append(ReportFormat.ProcurementAmountUnit))
        {
            Assert.True(disclosure.GetProperty(cell.Parent!.JsonKey).GetProperty("properties").TryGetProperty(cell.JsonKey, out _), cell.JsonPointer);
        }

        Assert.Equal("#/$defs/change", disclosure.GetProperty("licensing").GetProperty("properties").GetProperty("change").GetProperty("$ref").GetString());
        Assert.DoesNotContain("\"issued\"", schema.RootElement.GetRawText());
    }

    [Fact]
    public void The_2019_schema_has_other_handling_as_one_row()
    {
        using JsonDocument schema = JsonDocument.Parse(ReportJsonSchema.Generate(ReportEdition.Edition2019));
        JsonElement outcomes = schema.RootElement.GetProperty("properties").GetProperty("applications").GetProperty("properties").GetProperty("outcomes");

        JsonElement otherHandling = outcomes.GetProperty("properties").GetProperty("otherHandling");

        Assert.Equal("#/$defs/applicantBreakdown", otherHandling.GetProperty("$ref").GetString());
        Assert.DoesNotContain("noCorrection", schema.RootElement.GetRawText());
    }

    public static TheoryData<string> AllSamples => [.. Directory.GetFiles(TestReports.SamplesFolder, "*.json").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(AllSamples))]
    public void Every_sample_follows_the_schema_of_its_edition(string name)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(TestReports.SamplePath(name)));
        ReportEdition edition = AnnualReportJson.ReadFile(TestReports.SamplePath(name)).Edition;
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoFiles.Root, "docs/schema", ReportJsonSchema.FileName(edition))));

        List<string> errors = SchemaChecker.Check(schema.RootElement, document.RootElement);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData(ReportEdition.Edition2019)]
    [InlineData(ReportEdition.Edition2021)]
    public void A_document_of_the_other_edition_breaks_a_schema_where_its_keys_differ(ReportEdition edition)
    {
        AnnualReport other = edition == ReportEdition.Edition2019 ? TestReports.Valid() : Edition2019JsonTests.Report2019();
        using JsonDocument document = JsonDocument.Parse(AnnualReportJson.ToJson(other));
        using JsonDocument schema = JsonDocument.Parse(ReportJsonSchema.Generate(edition));

        List<string> errors = SchemaChecker.Check(schema.RootElement, document.RootElement);

        Assert.Contains("/edition: ", string.Join("\n", errors));
        Assert.Contains(errors, e => e.StartsWith("/proactiveDisclosure/", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("/applications/outcomes/otherHandling", StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_names_every_key_of_the_catalogue()
    {
        using JsonDocument schema = JsonDocument.Parse(ReportJsonSchema.Generate());
        string text = schema.RootElement.GetRawText();

        foreach (FormatEntry entry in ReportFormat.ApplicationRows.Concat(ReportFormat.ApplicantColumns).Concat(ReportFormat.CaseBlocks)
            .Concat(ReportFormat.CaseColumns).Concat(ReportFormat.DisclosureRows).Concat(ReportFormat.DisclosureCells).Concat(ReportFormat.Sections))
        {
            Assert.Contains($"\"{entry.JsonKey}\"", text);
        }
    }

    [Fact]
    public void The_schema_nests_the_outcome_rows_as_the_document_does()
    {
        using JsonDocument schema = JsonDocument.Parse(ReportJsonSchema.Generate());
        JsonElement outcomes = schema.RootElement.GetProperty("properties").GetProperty("applications").GetProperty("properties").GetProperty("outcomes");

        JsonElement notDisclosed = outcomes.GetProperty("properties").GetProperty("notDisclosed");
        Assert.Equal(8, notDisclosed.GetProperty("properties").EnumerateObject().Count());
        Assert.Equal(
            ["disclosed", "partiallyDisclosed", "notDisclosed", "unableToProvide", "notProcessed", "otherHandling", "total"],
            outcomes.GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }
}
