using System.Text.Json.Nodes;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Json;

/// <summary>
/// The shape of the canonical document, member by member, in both editions: every section, row, group and block is
/// required and must be an object; every cell may be left out, which is a blank (report-format.md: "a missing key means
/// the same" as <c>null</c>), never a value borrowed from elsewhere.
/// </summary>
public class DocumentShapeTests
{
    public static TheoryData<string> Samples => new() { TestReports.Laiyuan, TestReports.Shouyang2019 };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_section_row_group_and_block_left_out_is_named_at_the_object_that_lacks_it(string sample)
    {
        JsonObject document = Load(sample);
        var members = Members(document).Where(m => m.Value is JsonObject || IsRequiredScalar(m.Path)).ToList();
        Assert.True(members.Count > 40, $"{members.Count} required members found");

        foreach ((string path, string key, _) in members)
        {
            JsonObject copy = Load(sample);
            ((JsonObject)Node(copy, Parent(path))).Remove(key);

            var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(copy.ToJsonString(), "shape.json"));

            string expected = Parent(path);
            Assert.True(expected == ex.JsonPath, $"{path} left out: expected the fault at {expected}, got {ex.JsonPath}: {ex.Reason}");
            Assert.Contains($"lacks the required key \"{key}\".", ex.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Two_members_left_out_are_both_named()
    {
        JsonObject document = Load(TestReports.Laiyuan);
        document["applications"]!.AsObject().Remove("received");
        document["applications"]!.AsObject().Remove("carriedForward");

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(document.ToJsonString()));

        Assert.Equal("$.applications", ex.JsonPath);
        Assert.Contains("lacks the required keys \"received\", \"carriedForward\".", ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_object_given_as_a_number_is_refused_at_its_own_path(string sample)
    {
        JsonObject document = Load(sample);
        var objects = Members(document).Where(m => m.Value is JsonObject).Select(m => m.Path)
            .Concat(Paragraphs(document))
            .ToList();

        foreach (string path in objects)
        {
            JsonObject copy = Load(sample);
            Replace(copy, path, JsonValue.Create(5));

            var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(copy.ToJsonString()));

            Assert.True(path == ex.JsonPath, $"{path} as a number: fault at {ex.JsonPath}: {ex.Reason}");
            Assert.EndsWith("must be an object, not the number 5.", ex.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_document_that_is_not_an_object_is_refused_at_its_root()
    {
        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse("[1, 2]"));

        Assert.Equal("$", ex.JsonPath);
        Assert.EndsWith("must be an object, not an array.", ex.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_cell_left_out_reads_as_a_blank_and_the_others_as_written(string sample)
    {
        JsonObject document = Load(sample);
        var cells = Members(document).Where(m => m.Value is not JsonObject and not JsonArray && IsTableCell(m.Path)).ToList();
        Assert.True(cells.Count > 60, $"{cells.Count} cells found");

        foreach ((string path, string key, _) in cells)
        {
            JsonObject left = Load(sample), blank = Load(sample);
            ((JsonObject)Node(left, Parent(path))).Remove(key);
            Replace(blank, path, null);

            string read = AnnualReportJson.ToJson(AnnualReportJson.Parse(left.ToJsonString()));

            Assert.True(AnnualReportJson.ToJson(AnnualReportJson.Parse(blank.ToJsonString())) == read, $"{path} left out is not read as null");
        }
    }

    private static JsonObject Load(string sample) => JsonNode.Parse(File.ReadAllText(TestReports.SamplePath(sample)))!.AsObject();

    /// <summary>Every member of every object, depth first, with its JSONPath as the reader writes it.</summary>
    private static IEnumerable<(string Path, string Key, JsonNode? Value)> Members(JsonObject node)
    {
        foreach ((string key, JsonNode? value) in node)
        {
            yield return (node.GetPath() + "." + key, key, value);
            if (value is JsonObject child)
            {
                foreach (var member in Members(child))
                {
                    yield return member;
                }
            }
        }
    }

    private static IEnumerable<string> Paragraphs(JsonObject document) =>
        document.Where(m => m.Value is JsonArray).SelectMany(m => m.Value!.AsArray().Select(p => p!.GetPath()));

    /// <summary>The scalars the contract requires: the edition, the year and the agency's name.</summary>
    private static bool IsRequiredScalar(string path) => path is "$.edition" or "$.year" or "$.agency.name";

    private static bool IsTableCell(string path) =>
        path.StartsWith("$.proactiveDisclosure.", StringComparison.Ordinal)
        || path.StartsWith("$.applications.", StringComparison.Ordinal)
        || path.StartsWith("$.reviewAndLitigation.", StringComparison.Ordinal);

    private static string Parent(string path) => path[..path.LastIndexOf('.')] is var parent && parent.Length > 0 ? parent : "$";

    private static void Replace(JsonObject document, string path, JsonNode? value)
    {
        if (path.EndsWith(']'))
        {
            int open = path.LastIndexOf('[');
            JsonArray array = (JsonArray)Node(document, path[..open]);
            array[int.Parse(path[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            ((JsonObject)Node(document, Parent(path)))[path[(path.LastIndexOf('.') + 1)..]] = value;
        }
    }

    private static JsonNode Node(JsonObject document, string path) =>
        path == "$" ? document : path[2..].Split('.').Aggregate((JsonNode)document, (node, key) => node[key]!);
}
