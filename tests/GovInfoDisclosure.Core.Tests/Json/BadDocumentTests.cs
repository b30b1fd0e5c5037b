using System.Text;
using System.Text.Json;
using GovInfoDisclosure.Core.Json;
using GovInfoDisclosure.Core.Tests.Support;

namespace GovInfoDisclosure.Core.Tests.Json;

/// <summary>Every kind of bad document the reader must refuse, with the path, line and column of the fault.</summary>
public class BadDocumentTests
{
    private static readonly string Valid = AnnualReportJson.ToJson(TestReports.Valid());

    public static TheoryData<string, string, string, string> Faults => new()
    {
        // name, text to replace, replacement, expected JSON path
        { "negative count", "\"naturalPerson\": 4,", "\"naturalPerson\": -4,", "$.applications.received.naturalPerson" },
        { "fractional count", "\"naturalPerson\": 4,", "\"naturalPerson\": 4.5,", "$.applications.received.naturalPerson" },
        { "count too large", "\"naturalPerson\": 4,", "\"naturalPerson\": 3000000000,", "$.applications.received.naturalPerson" },
        { "count as a string", "\"naturalPerson\": 4,", "\"naturalPerson\": \"4\",", "$.applications.received.naturalPerson" },
        { "unknown cell key", "\"naturalPerson\": 4,", "\"naturalPersons\": 4,", "$.applications.received.naturalPersons" },
        { "unknown document key", "\"year\": 2022,", "\"year\": 2022, \"yaer\": 2023,", "$.yaer" },
        { "duplicate key", "\"naturalPerson\": 4,", "\"naturalPerson\": 4, \"naturalPerson\": 5,", "$.applications.received.naturalPerson" },
        { "missing required member", "\"year\": 2022,", string.Empty, "$" },
        { "misspelt row", "\"carriedOver\": {", "\"carriedOverX\": {", "$.applications.carriedOverX" },
        { "misspelt row of a group", "\"stateSecret\": {", "\"stateSecrets\": {", "$.applications.outcomes.notDisclosed.stateSecrets" },
        { "year as a string", "\"year\": 2022,", "\"year\": \"2022\",", "$.year" },
        { "unknown edition", "\"edition\": \"2021\"", "\"edition\": \"2020\"", "$.edition" },
        { "edition as a number", "\"edition\": \"2021\"", "\"edition\": 2021", "$.edition" },
        { "2021 document read as 2019 refuses its 2021 regulations cells", "\"edition\": \"2021\"", "\"edition\": \"2019\"", "$.proactiveDisclosure.regulations.issued" },
        { "a 2019 row in a 2021 document", "\"fees\": {", "\"procurement\": {}, \"fees\": {", "$.proactiveDisclosure.procurement" },
        { "a 2019 cell under a 2021 regulations", "\"issued\": 0,", "\"made\": 0,", "$.proactiveDisclosure.regulations.made" },
        { "bad date", "\"publishedOn\": \"2023-01-20\"", "\"publishedOn\": \"2023-02-30\"", "$.publishedOn" },
        { "negative amount", "\"amount\": 18.25", "\"amount\": -18.25", "$.proactiveDisclosure.fees.amount" },
        { "amount as a string", "\"amount\": 18.25", "\"amount\": \"18.25\"", "$.proactiveDisclosure.fees.amount" },
        { "amount beyond a decimal's precision", "\"amount\": 18.25", "\"amount\": 18.2500000000000000000000000000001", "$.proactiveDisclosure.fees.amount" },
        { "null structural member", "\"reviewAndLitigation\": {", "\"reviewAndLitigation\": null, \"x\": {", "$.reviewAndLitigation" },
        { "paragraph without text", ",\n      \"text\": \"2022年我镇未收取信息处理费。\"", string.Empty, "$.otherMatters[0]" },
        { "narrative not an array", "\"problemsAndImprovements\": [", "\"problemsAndImprovements\": \"x\", \"y\": [", "$.problemsAndImprovements" },
        { "unknown kind", "\"year\": 2022,", "\"year\": 2022, \"kind\": \"county\",", "$.kind" },
        { "kind as a number", "\"year\": 2022,", "\"year\": 2022, \"kind\": 1,", "$.kind" },
        { "empty agency name", "\"name\": \"某某镇人民政府\"", "\"name\": \"\"", "$.agency.name" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_bad_document_is_refused_with_its_path_line_and_column(string name, string find, string replace, string path)
    {
        Assert.Contains(find, Valid);
        string json = ReplaceFirst(Valid, find, replace);

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json, "bad.json"));

        Assert.True(path == ex.JsonPath, $"{name}: expected path {path}, got {ex.JsonPath}: {ex.Message}");
        Assert.Equal("bad.json", ex.DocumentSource);
        Assert.NotNull(ex.LineNumber);
        Assert.Contains("bad.json", ex.Message);
        Assert.Contains(path, ex.Message);
        Assert.DoesNotContain("GovInfoDisclosure.Core.", ex.Message);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_bad_document_read_through_small_segments_is_refused_as_from_its_bytes(string name, string find, string replace, string path)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(ReplaceFirst(Valid, find, replace));
        var fromBytes = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Read(utf8));
        Assert.True(path == fromBytes.JsonPath, $"{name}: expected path {path}, got {fromBytes.JsonPath}");

        // Through JsonSerializer, whose caller's reader may run over a sequence (AnnualReportJsonConverter).
        foreach (int segment in new[] { 1, 5 })
        {
            var fromSegments = Assert.Throws<JsonException>(() =>
            {
                var reader = new Utf8JsonReader(Segments.Of(utf8, segment));
                return JsonSerializer.Deserialize(ref reader, AnnualReportJson.TypeInfo);
            });
            Assert.Equal($"Cannot read the report at {fromBytes.JsonPath}: {fromBytes.Reason}", fromSegments.Message);
        }
    }

    [Fact]
    public void An_unknown_kind_is_refused_naming_the_kinds_there_are()
    {
        string json = ReplaceFirst(Valid, "\"year\": 2022,", "\"year\": 2022,\n  \"kind\": \"county\",");

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json, "bad.json"));

        Assert.Equal("$.kind", ex.JsonPath);
        Assert.NotNull(ex.LineNumber);
        Assert.Contains("\"county\"", ex.Message);
        Assert.Contains("\"agency\"", ex.Message);
        Assert.Contains("\"government\"", ex.Message);
    }

    [Theory]
    [InlineData("\"2023-02-30\"", "2023-02-30")]
    [InlineData("\"2023-1-20\"", "2023-1-20")]
    [InlineData("\"二〇二三年一月二十日\"", "二〇二三年一月二十日")]
    [InlineData("\"2023-01-20 is the day the report was published\"", "2023-01-20 is the day the report was published")]
    [InlineData("\"\\u0032023-01-2\"", "2023-01-2")]
    public void A_date_that_is_not_one_is_quoted_whole_in_the_message(string value, string quoted)
    {
        string json = ReplaceFirst(Valid, "\"2023-01-20\"", value);

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Equal("$.publishedOn", ex.JsonPath);
        Assert.Contains($"the date \"{quoted}\" is not a calendar date", ex.Message);
    }

    [Theory]
    [InlineData("notDisclosed", "stateSecret")]
    [InlineData("notDisclosed", "administrativeQuery")]
    [InlineData("otherHandling", "other")]
    public void A_row_missing_from_an_outcome_group_is_named(string group, string row)
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(Valid)!;
        document["applications"]!["outcomes"]![group]!.AsObject().Remove(row);

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(document.ToJsonString()));

        Assert.Equal($"$.applications.outcomes.{group}", ex.JsonPath);
        Assert.Contains($"\"{row}\"", ex.Message);
    }

    [Fact]
    public void The_line_and_column_point_at_the_faulty_value()
    {
        string json = ReplaceFirst(Valid, "\"naturalPerson\": 4,", "\"naturalPerson\": -4,");
        int offset = json.IndexOf("-4", StringComparison.Ordinal);
        string before = json[..offset];
        int line = before.Count(c => c == '\n') + 1;
        int column = offset - before.LastIndexOf('\n');

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Equal(line, ex.LineNumber);
        Assert.Equal(column, ex.Column);
    }

    [Fact]
    public void Columns_count_characters_not_bytes_in_Chinese_text()
    {
        string json = "{\n  \"edition\": \"2021\", \"title\": \"年度报告\", \"year\": -1 }";

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Equal("$.year", ex.JsonPath);
        Assert.Equal(2, ex.LineNumber);
        Assert.Equal(47, ex.Column);
    }

    [Fact]
    public void Malformed_JSON_is_located_at_its_line_and_in_characters_of_that_line()
    {
        // The fourth line, after an empty one: Chinese text (three bytes a character) before the second comma, which is the fault.
        string json = "{\n  \"edition\": \"2021\",\n\n  \"title\": \"年度报告\", \"year\": 2022,,\n  \"kind\": \"agency\"\n}";
        string fourth = json.Split('\n')[3];

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Equal(4, ex.LineNumber);
        Assert.Equal(fourth.IndexOf(",,", StringComparison.Ordinal) + 2, ex.Column);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"edition\": \"2021\",}")]
    [InlineData("[1, 2]")]
    [InlineData("not json")]
    [InlineData("{\"edition\": \"2021\" // comment\n}")]
    public void Malformed_JSON_is_refused_with_a_location(string json)
    {
        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json, "m.json"));

        Assert.NotNull(ex.LineNumber);
        Assert.StartsWith("Cannot read the report 'm.json' at $", ex.Message);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{}\n\n")]
    [InlineData("  x")]
    [InlineData("\t[1]")]
    public void Content_after_the_report_is_refused_where_it_starts(string after)
    {
        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(Valid + after));

        Assert.Equal("there is more content after the end of the report.", ex.Reason);
        Assert.Equal("$", ex.JsonPath);
        Assert.Equal(Valid.Count(c => c == '\n') + 1, ex.LineNumber);
        Assert.Equal(after.TrimStart().Length == after.Length ? 1 : after.Length - after.TrimStart().Length + 1, ex.Column);
    }

    [Theory]
    [InlineData("{\"edition\": \"2021\",}", "trailing comma")]
    [InlineData("{\"year\": tru}", "'tru}' is an invalid JSON literal")]
    [InlineData("not json\n", "'not json\\n' is an invalid JSON literal")] // the text it quotes on the message's one line
    public void Malformed_JSON_is_described_without_the_tokenizer_s_byte_positions(string json, string said)
    {
        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        // System.Text.Json's own words, without the " LineNumber: 0 | BytePositionInLine: 12." it appends: the
        // exception gives the line and the column in characters instead.
        Assert.StartsWith("the text is not valid JSON: ", ex.Reason, StringComparison.Ordinal);
        Assert.Contains(said, ex.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", ex.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePosition", ex.Reason, StringComparison.Ordinal);
        Assert.Matches("[^.]\\.$", ex.Reason);
        Assert.DoesNotContain('\n', ex.Reason);
        Assert.Equal($"Cannot read the report at {ex.JsonPath}, line 1, column {ex.Column}: {ex.Reason}", ex.Message);
        Assert.Equal(1, ex.LineNumber);
    }

    [Theory]
    [InlineData("{\"edition\": 20x}")]
    [InlineData("{\"year\": 2022, \"edition\": \"20")]
    public void Malformed_JSON_in_the_edition_is_located_at_the_edition(string json)
    {
        // The edition is looked for before the document is read (it may come anywhere); a fault inside it is still
        // reported where the main pass finds it.
        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Equal("$.edition", ex.JsonPath);
        Assert.StartsWith("the text is not valid JSON: ", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_an_edition_whose_year_is_given_twice_lacks_only_the_edition()
    {
        string json = ReplaceFirst(ReplaceFirst(Valid, "\"edition\": \"2021\",", string.Empty), "\"year\": 2022,", "\"year\": 2022, \"year\": 2022,");

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Equal("$", ex.JsonPath);
        Assert.EndsWith("lacks the required key \"edition\".", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_key_is_named()
    {
        string json = ReplaceFirst(Valid, "\"year\": 2022,", string.Empty);

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Parse(json));

        Assert.Contains("\"year\"", ex.Reason);
    }

    [Fact]
    public void A_file_that_does_not_exist_is_an_IO_error()
    {
        Assert.Throws<FileNotFoundException>(() => AnnualReportJson.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-report.json")));
    }

    [Fact]
    public void Invalid_UTF8_is_refused()
    {
        byte[] broken = Encoding.UTF8.GetBytes(Valid);
        int title = Valid.IndexOf("某某镇2022", StringComparison.Ordinal);
        broken[Encoding.UTF8.GetByteCount(Valid[..title])] = 0xFF;

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Read(broken));
        Assert.Equal("$.title", ex.JsonPath);
    }

    [Fact]
    public void Invalid_UTF8_in_a_date_is_refused_at_the_date()
    {
        byte[] broken = Encoding.UTF8.GetBytes(Valid);
        int date = Encoding.UTF8.GetByteCount(Valid[..Valid.IndexOf("2023-01-20", StringComparison.Ordinal)]);
        broken[date + 9] = 0xFF;

        var ex = Assert.Throws<ReportFormatException>(() => AnnualReportJson.Read(broken, "broken.json"));

        Assert.Equal("$.publishedOn", ex.JsonPath);
        Assert.Equal("the text is not valid UTF-8.", ex.Reason);
        Assert.StartsWith("Cannot read the report 'broken.json' at $.publishedOn, line ", ex.Message, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
