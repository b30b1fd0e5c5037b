using System.Text.Json;
using GovInfoDisclosure.Core.Format;
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
